/**
 * The rights state machine on one machine: the ASL that CDK synthesizes (./asl.ts), run by
 * aws-local-stepfunctions, with each Task state bound by its NAME to the handler module that
 * lib/topology.ts declares for it (the same module CDK bundles for that function).
 *
 * `start` is what confirming a request calls (StartExecution in AWS): the execution runs in the
 * background; `idle()` waits for every running execution, for tests and the CLI.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import { FUNCTIONS, type FunctionName, STATE_MACHINES } from '../../lib/topology.js';
import type { WorkflowStarter } from '../../lambdas/rights/ports.js';
import type { WorkflowDeps } from '../../lambdas/rights/use-cases/workflow.js';
import { lambdaContext } from '../lambda/context.js';

/** The parts of the library's event log we read (its type is not exported). */
type EventLog = { type: string; state: { name: string }; retry: { attempt: number } };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type TaskHandler = (input: Json) => Promise<Json>;

export interface ExecutionRecord {
  readonly id: string;
  readonly requestId: string;
  status: 'running' | 'succeeded' | 'failed';
  /** State names in the order entered, retries included ("Suppress#retry1"). */
  readonly trail: string[];
  error?: string;
}

/** Binds every Task state of the rights state machine to its declared handler module, by name. */
export async function bindTaskHandlers(deps: WorkflowDeps): Promise<Record<string, TaskHandler>> {
  const out: Record<string, TaskHandler> = {};
  for (const [stateName, fn] of Object.entries(STATE_MACHINES.rights.tasks) as [string, FunctionName][]) {
    const decl = FUNCTIONS[fn];
    const mod = (await import(pathToFileURL(resolve(import.meta.dirname, '../..', decl.entry)).href)) as {
      create: (d: WorkflowDeps) => (e: unknown, c: unknown) => Promise<unknown>;
    };
    const handler = mod.create(deps);
    out[stateName] = async (input) => (await handler(input, lambdaContext(`local-${decl.id}`, decl.timeoutSeconds))) as Json;
  }
  return out;
}

export interface LocalWorkflowOptions {
  readonly definition: Record<string, unknown>;
  readonly handlers: Record<string, TaskHandler>;
  /** Milliseconds between retries per state, instead of the ASL's IntervalSeconds (tests). */
  readonly retryIntervalMs?: number;
  readonly log?: (line: string) => void;
}

export class LocalRightsWorkflow implements WorkflowStarter {
  readonly executions: ExecutionRecord[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly machine: StateMachine;

  constructor(private readonly opts: LocalWorkflowOptions) {
    // The definition is validated as ASL by the library; only ARN syntax checks are relaxed
    // (local function ARNs carry the local account id).
    this.machine = new StateMachine(opts.definition as never, { validationOptions: { checkArn: false } });
  }

  /** Overridable in tests: wraps a state's handler (e.g. to make it fail). */
  handlers: Record<string, TaskHandler> = {};

  async start(requestId: string): Promise<void> {
    const rec: ExecutionRecord = { id: randomUUID(), requestId, status: 'running', trail: [] };
    this.executions.push(rec);
    const handlers = { ...this.opts.handlers, ...this.handlers };
    const retryIntervalOverrides =
      this.opts.retryIntervalMs === undefined
        ? undefined
        : Object.fromEntries(Object.keys(handlers).map((s) => [s, this.opts.retryIntervalMs!]));
    const execution = this.machine.run({ requestId } as Json as never, {
      overrides: { taskResourceLocalHandlers: handlers as never, ...(retryIntervalOverrides ? { retryIntervalOverrides } : {}) },
      context: { Execution: { Id: rec.id, Name: rec.id, StartTime: new Date().toISOString() } },
    });
    const p = (async () => {
      const trail = (async () => {
        for await (const ev of execution.eventLogs as unknown as AsyncGenerator<EventLog>) {
          if (ev.type === 'StateEntered') rec.trail.push(ev.state.name);
          if (ev.type === 'StateRetried') rec.trail.push(`${ev.state.name}#retry${ev.retry.attempt}`);
        }
      })();
      try {
        await execution.result;
        rec.status = 'succeeded';
      } catch (e) {
        rec.status = 'failed';
        rec.error = (e as Error).message;
      }
      await trail.catch(() => undefined);
      this.opts.log?.(`rights workflow: request ${requestId} ${rec.status}${rec.error ? ` (${rec.error})` : ''}`);
    })();
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
  }

  /** Resolves when no execution is running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
