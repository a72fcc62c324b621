/**
 * What every public rights route shares: middy around a plain function, errors to
 * problem+json through the one mapping (lambdas/shared/http/problem.ts), no-store and nosniff
 * on every answer. Thin by design: parse, call the use case, shape the reply.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { problemResult, toProblem } from '../../shared/http/problem.js';
import type { PortalDeps } from '../../rights/use-cases/portal.js';
import { lazy } from '../collect/lambda-context.js';

export type RouteFn = (event: APIGatewayProxyEvent, context: Pick<Context, 'awsRequestId'>) => Promise<APIGatewayProxyResult>;

export const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

export function json(statusCode: number, body: string | object, headers: Record<string, string> = {}): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

export function route(fn: RouteFn): RouteFn {
  return middy(async (event: APIGatewayProxyEvent, context: Pick<Context, 'awsRequestId'>) => {
    try {
      return await fn(event, context);
    } catch (e) {
      return problemResult(toProblem(e, event.requestContext?.requestId ?? context.awsRequestId), { ...SECURITY_HEADERS });
    }
  }) as unknown as RouteFn;
}

/** A case-insensitive header. */
export function header(event: APIGatewayProxyEvent, name: string): string | undefined {
  const key = Object.keys(event.headers ?? {}).find((k) => k.toLowerCase() === name);
  return key ? (event.headers[key] ?? undefined) : undefined;
}

export function awsRoute(create: (deps: PortalDeps) => RouteFn) {
  return lazy(async () => {
    const { awsRightsRuntime } = await import('../../composition/aws-rights.js');
    return create((await awsRightsRuntime()).portal) as (e: APIGatewayProxyEvent, c: Context) => Promise<APIGatewayProxyResult>;
  });
}
