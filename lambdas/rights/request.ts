/**
 * A data-subject request and its lifecycle, as an explicit enum of states (STYLE.md, Fides).
 * Every move goes through `transition`, so a request cannot skip a step or run twice; each
 * workflow step is a named Step Functions state and can be redriven after a failure.
 *
 *   awaiting_confirmation --confirm--> confirmed --validate--> running --> closed
 *            |                                         |  ^
 *            +--(24 h)--> expired                      v  | redrive
 *                                                     failed
 */
import { IllegalTransitionError } from './errors.js';
import type { Deadlines } from './deadline.js';
import type { Lang } from './messages.js';

export const REQUEST_TYPES = ['erasure', 'objection', 'access'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATES = ['awaiting_confirmation', 'confirmed', 'running', 'failed', 'closed', 'expired'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

const NEXT: Readonly<Record<RequestState, readonly RequestState[]>> = {
  awaiting_confirmation: ['confirmed', 'expired'],
  confirmed: ['running'],
  running: ['running', 'failed', 'closed'],
  failed: ['running'],
  closed: [],
  expired: [],
};

export function canTransition(from: RequestState, to: RequestState): boolean {
  return NEXT[from].includes(to);
}

export function transition(from: RequestState, to: RequestState): RequestState {
  if (!canTransition(from, to)) throw new IllegalTransitionError(`a request in state "${from}" cannot become "${to}"`);
  return to;
}

/** The workflow's steps, each a named state of the state machine (lib/stacks/rights-stack.ts). */
export const STEPS = ['Validate', 'Suppress', 'ProcessTenant', 'Aggregate', 'NotifyTenants', 'Deliver', 'Close'] as const;
export type Step = (typeof STEPS)[number];

/** The identities a request names. Personal data: kept only encrypted, dropped at close. */
export interface Identity {
  readonly email: string;
  readonly phone?: string;
  /** True once the person typed the SMS code we sent to `phone`. */
  readonly phoneProved: boolean;
}

export interface RequestRecord {
  readonly id: string;
  readonly type: RequestType;
  readonly state: RequestState;
  /** The language the person used, for our messages. */
  readonly lang: Lang;
  readonly deadlines: Deadlines;
  /** Envelope of the Identity under the platform key; removed when the request closes. */
  readonly identity?: string;
  /** Platform blind-index HMACs of the identifiers: what is kept after close. */
  readonly hashes: readonly string[];
  /** Hash of the SMS code sent to the phone, while it is unproved. */
  readonly phoneCodeHash?: string;
  readonly phoneCodeAttempts?: number;
  /** Steps already done, so a redriven execution does not repeat side effects (e-mails). */
  readonly done: readonly Step[];
  /** Where a failed execution stopped: the named step and the error class. */
  readonly failure?: { readonly step: string; readonly error: string; readonly at: string };
  readonly counts?: Readonly<Record<string, number>>;
  readonly closedAt?: string;
  readonly tookMs?: number;
  readonly withinDeadline?: boolean;
  readonly withinTarget?: boolean;
  /** Epoch seconds after which DynamoDB TTL removes the record. */
  readonly expiresAt: number;
}

/** What a request reveals on its status page: no identifiers, no data. */
export function publicStatus(r: RequestRecord): {
  id: string;
  type: RequestType;
  state: RequestState;
  receivedAt: string;
  dueAt: string;
  closedAt?: string;
} {
  return {
    id: r.id,
    type: r.type,
    state: r.state,
    receivedAt: r.deadlines.receivedAt,
    dueAt: r.deadlines.extension?.extendedDueAt ?? r.deadlines.dueAt,
    ...(r.closedAt ? { closedAt: r.closedAt } : {}),
  };
}
