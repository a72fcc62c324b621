/**
 * What every workflow task handler shares: parse the state's input with zod (a bad input is
 * poison: InvalidWorkflowInputError, never retried), run the step, return its output. Errors
 * propagate with their class name, which the state machine's Retry and Catch match on.
 */
import type { Context } from 'aws-lambda';
import middy from '@middy/core';
import { z } from 'zod';
import { InvalidWorkflowInputError } from '../../rights/errors.js';
import { lazy } from '../collect/lambda-context.js';
import type { WorkflowDeps } from '../../rights/use-cases/workflow.js';

export const requestRef = z.object({ requestId: z.uuid() }).loose();

export type TaskFn<O> = (event: unknown, context?: Pick<Context, 'awsRequestId'>) => Promise<O>;

export function task<S extends z.ZodType, O>(schema: S, step: (input: z.infer<S>) => Promise<O>): TaskFn<O> {
  return middy(async (event: unknown) => {
    const parsed = schema.safeParse(event);
    if (!parsed.success) throw new InvalidWorkflowInputError(`invalid task input: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return step(parsed.data);
  }) as unknown as TaskFn<O>;
}

/** The AWS entry point of a task: its dependencies are built on the first invocation. */
export function awsTask<O>(create: (deps: WorkflowDeps) => TaskFn<O>) {
  return lazy(async () => {
    const { awsRightsRuntime } = await import('../../composition/aws-rights.js');
    return create((await awsRightsRuntime()).workflow) as (e: unknown, c: Context) => Promise<O>;
  });
}
