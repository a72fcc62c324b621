/**
 * HTTP errors as RFC 9457 `application/problem+json`, and THE one place where a domain error
 * becomes an HTTP status. Every API handler (and the local API server, for what API Gateway
 * itself answers: unknown route, missing token) replies through here, so no handler invents
 * its own error shape.
 *
 * Rules: no stack trace, no error class name, no internal identifier and no personal value
 * ever reaches the body. Anything that is not a DomainError is a generic 500 whose detail
 * carries only the request id, for the operator to find the log line.
 *
 *   return problemResult(toProblem(error, requestId));
 *   return problemResult(problem(404, 'no such route'));
 */
import { DomainError, type ErrorReason } from '../errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface Problem {
  /** A URI naming the problem type; `about:blank` means "see the status". */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  /** The request id, so a caller can quote it to support. */
  readonly instance?: string;
}

const STATUS: Readonly<Record<ErrorReason, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'too-many': 429,
  unavailable: 503,
};

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The HTTP status of a domain error reason. */
export function statusOf(reason: ErrorReason): number {
  return STATUS[reason];
}

export function problem(status: number, detail?: string, instance?: string): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
  };
}

/** Maps anything thrown to a Problem. Unknown errors become a 500 that leaks nothing. */
export function toProblem(error: unknown, requestId?: string): Problem {
  if (error instanceof DomainError) return problem(statusOf(error.reason), error.publicDetail, requestId);
  return problem(500, requestId ? `internal error; quote request id ${requestId}` : 'internal error', requestId);
}

/** An API Gateway proxy result (REST or HTTP API) carrying the problem. */
export function problemResult(p: Problem, headers: Record<string, string> = {}): {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
} {
  return {
    statusCode: p.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(p),
  };
}
