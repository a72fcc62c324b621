/**
 * The one wrapper every API handler goes through (plain function first, middleware around it):
 * middy + Powertools Logger (request context, request id), the caller from the claims the
 * Cognito authorizer verified, the route's group check from lib/topology.ts, zod parsing of the
 * query and path, JSON replies, and every error as problem+json via lambdas/shared/http/problem.ts.
 *
 * Logs carry the route, status and request id only: never a query value, a claim value other
 * than the user sub, or an answer.
 */
import middy from '@middy/core';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { z } from 'zod';
import type { RouteDecl } from '../../../lib/topology.js';
import { InvalidQueryError, UnauthenticatedError, ForbiddenError } from '../../query/errors.js';
import type { Caller } from '../../query/use-cases.js';
import { problemResult, toProblem } from '../../shared/http/problem.js';
import { DomainError } from '../../shared/errors.js';

export type ApiGatewayHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface ApiRequest {
  readonly event: APIGatewayProxyEvent;
  /** API Gateway's request id (what the access log records). */
  readonly requestId: string;
  /** `GET /v1/search` */
  readonly route: string;
}

export interface ApiReply {
  readonly status?: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

const TENANT_CLAIM = 'custom:tenantId';

/**
 * `cognito:groups` as the REST authorizer passes it: a string, "a,b" (or "[a b]" from some
 * integrations); an array when called in process.
 */
export function parseGroups(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw !== 'string' || raw.trim() === '') return [];
  return raw
    .replace(/^\[|\]$/g, '')
    .split(/[,\s]+/)
    .filter(Boolean);
}

/** The caller, from the verified claims only. No claim, no tenant: 401. */
export function callerOf(event: APIGatewayProxyEvent): Caller {
  const claims = (event.requestContext.authorizer as { claims?: Record<string, unknown> } | null | undefined)?.claims;
  const sub = claims?.sub;
  const tenantId = claims?.[TENANT_CLAIM];
  if (typeof sub !== 'string' || !sub || typeof tenantId !== 'string' || !tenantId) {
    throw new UnauthenticatedError('the token carries no user or tenant');
  }
  if (claims?.token_use !== undefined && claims.token_use !== 'id') throw new UnauthenticatedError('an ID token is required');
  return { sub, tenantId, groups: parseGroups(claims?.['cognito:groups']) };
}

/** Parses with a zod schema; the first issue, naming the parameter, becomes a 400. Values are never echoed. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : what;
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown ${what} parameter(s): ${issue.keys.join(', ')}`
      : issue?.code === 'invalid_value' || issue?.code === 'invalid_type'
        ? `${where}: ${issue.code === 'invalid_value' ? `must be one of ${issue.values.map(String).join(', ')}` : 'is required'}`
        : `${where}: ${issue?.message ?? 'invalid'}`;
  throw new InvalidQueryError(message);
}

function reply(r: ApiReply): APIGatewayProxyResult {
  return {
    statusCode: r.status ?? 200,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...r.headers },
    body: JSON.stringify(r.body),
  };
}

function wrap(route: RouteDecl, logger: Logger, run: (req: ApiRequest) => Promise<ApiReply>): ApiGatewayHandler {
  const routeKey = `${route.method} ${route.path}`;
  const core = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    const requestId = event.requestContext?.requestId ?? 'unknown';
    try {
      const r = reply(await run({ event, requestId, route: routeKey }));
      logger.info('request', { route: routeKey, status: r.statusCode, requestId });
      return r;
    } catch (e) {
      const p = toProblem(e, requestId);
      if (p.status >= 500) logger.error('request failed', { route: routeKey, requestId, error: e as Error });
      else logger.info('request refused', { route: routeKey, status: p.status, requestId, reason: e instanceof DomainError ? e.name : 'unknown' });
      return problemResult(p);
    }
  };
  return middy(core).use(injectLambdaContext(logger, { resetKeys: true })) as unknown as ApiGatewayHandler;
}

/** A route behind the Cognito authorizer: the caller (and its group, if the route names groups) is checked first. */
export function cognitoRoute(route: RouteDecl, logger: Logger, run: (caller: Caller, req: ApiRequest) => Promise<ApiReply>): ApiGatewayHandler {
  if (route.auth !== 'cognito') throw new TypeError(`${route.path} is not a cognito route`);
  return wrap(route, logger, async (req) => {
    const caller = callerOf(req.event);
    if (route.groups.length > 0 && !route.groups.some((g) => caller.groups.includes(g))) {
      throw new ForbiddenError(`this route is for ${route.groups.join(' or ')} users`);
    }
    return run(caller, req);
  });
}

/** A public route (no authorizer). */
export function publicRoute(route: RouteDecl, logger: Logger, run: (req: ApiRequest) => Promise<ApiReply>): ApiGatewayHandler {
  if (route.auth !== 'public') throw new TypeError(`${route.path} is not a public route`);
  return wrap(route, logger, run);
}

/** The declared route of a function (exactly one per API function). */
export function routeOf(routes: readonly RouteDecl[], fn: string): RouteDecl {
  const r = routes.filter((x) => x.function === fn);
  if (r.length !== 1) throw new TypeError(`expected one route for ${fn}, found ${r.length}`);
  return r[0]!;
}
