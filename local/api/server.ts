/**
 * The local API: a node:http server on 127.0.0.1 that does what API Gateway (REST, proxy
 * integration, Cognito authorizer) does in AWS, and nothing more, then calls the SAME handler
 * modules with the same event shape:
 *
 *   1. match the request against the routes declared in lib/topology.ts (404/405 otherwise);
 *   2. for `auth: 'cognito'` routes, verify the ID token from the `Authorization` header
 *      (signature against the pool's JWKS, issuer, audience, expiry, token_use) and put its
 *      claims, as strings, in `requestContext.authorizer.claims` (401 otherwise, without
 *      calling the handler); `auth: 'public'` routes get no authorizer;
 *   3. build an APIGatewayProxyEvent (REST v1 shape) and invoke the handler;
 *   4. write the handler's APIGatewayProxyResult back.
 *
 * Group checks, validation and the answer itself are the handlers' business, as in AWS.
 *
 * Static pages (e.g. the data-subject request portal) are served with `addPage`.
 *
 *   const api = await startApiServer({ routes: ROUTES, handlers, verifier });
 *   api.addPage('/rights', { contentType: 'text/html; charset=utf-8', body: html });
 *   console.log(api.url); … await api.close();
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { RouteDecl } from '../../lib/topology.js';
import { problem, problemResult } from '../../lambdas/shared/http/problem.js';
import { lambdaContext } from '../lambda/context.js';

export type ApiHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/** Verifies a bearer token exactly as the Cognito authorizer would; throws if it is not valid. */
export interface TokenVerifier {
  verify(token: string): Promise<Record<string, unknown>>;
}

export interface StaticPage {
  readonly contentType: string;
  readonly body: string | Buffer;
}

export interface ApiServerOptions {
  readonly routes: readonly RouteDecl[];
  /** Handler per function name of the routes. A route whose function has none answers 501. */
  readonly handlers: Readonly<Record<string, ApiHandler | undefined>>;
  readonly verifier: TokenVerifier;
  /** @default 0 (any free port) */
  readonly port?: number;
  /** API Gateway stage name, in requestContext.stage. @default 'local' */
  readonly stage?: string;
  /** Called with each request's outcome (no personal values: method, route, status). */
  readonly onRequest?: (line: { method: string; route: string; status: number; ms: number }) => void;
  /** Largest request body accepted. @default 1 MiB */
  readonly maxBodyBytes?: number;
}

export interface ApiServer {
  readonly url: string;
  readonly port: number;
  addPage(path: string, page: StaticPage): void;
  close(): Promise<void>;
}

interface CompiledRoute {
  readonly decl: RouteDecl;
  readonly pattern: RegExp;
  readonly params: readonly string[];
}

function compile(decl: RouteDecl): CompiledRoute {
  const params: string[] = [];
  const source = decl.path
    .split('/')
    .map((seg) => {
      const m = /^\{([A-Za-z0-9_]+)\}$/.exec(seg);
      if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      params.push(m[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { decl, pattern: new RegExp(`^${source}$`), params };
}

/** Claims as the REST API Cognito authorizer passes them: every value a string. */
export function claimsAsStrings(claims: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(claims)) {
    out[k] = Array.isArray(v) ? v.map(String).join(',') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  }
  return out;
}

function send(res: ServerResponse, result: APIGatewayProxyResult): void {
  const headers: Record<string, string | number | boolean | string[]> = { ...(result.headers ?? {}) };
  for (const [k, v] of Object.entries(result.multiValueHeaders ?? {})) headers[k] = v.map(String);
  res.writeHead(result.statusCode, headers as Record<string, string | string[]>);
  res.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}

async function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return size === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
}

export async function startApiServer(opts: ApiServerOptions): Promise<ApiServer> {
  const routes = opts.routes.map(compile);
  const pages = new Map<string, StaticPage>();
  const stage = opts.stage ?? 'local';
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<{ route: string; status: number }> => {
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();

    const page = pages.get(url.pathname);
    if (page && (method === 'GET' || method === 'HEAD')) {
      res.writeHead(200, { 'content-type': page.contentType, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(method === 'HEAD' ? undefined : page.body);
      return { route: url.pathname, status: 200 };
    }

    const matching = routes.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).filter((x) => x.m);
    if (matching.length === 0) {
      send(res, problemResult(problem(404, 'no such route', requestId)));
      return { route: '-', status: 404 };
    }
    const hit = matching.find((x) => x.r.decl.method === method);
    if (!hit) {
      send(res, problemResult(problem(405, `use ${matching.map((x) => x.r.decl.method).join(', ')}`, requestId), { allow: matching.map((x) => x.r.decl.method).join(', ') }));
      return { route: matching[0]!.r.decl.path, status: 405 };
    }
    const { decl } = hit.r;
    const routeKey = `${decl.method} ${decl.path}`;

    let claims: Record<string, string> | undefined;
    if (decl.auth === 'cognito') {
      const header = req.headers.authorization;
      const token = header?.replace(/^Bearer\s+/i, '').trim();
      if (!token) {
        send(res, problemResult(problem(401, 'sign in first: an ID token is required in the Authorization header', requestId)));
        return { route: routeKey, status: 401 };
      }
      try {
        claims = claimsAsStrings(await opts.verifier.verify(token));
      } catch {
        // The authorizer says nothing about why: expired, forged and foreign tokens look alike.
        send(res, problemResult(problem(401, 'the token is not valid', requestId)));
        return { route: routeKey, status: 401 };
      }
    }

    const handler = opts.handlers[decl.function];
    if (!handler) {
      send(res, problemResult(problem(503, 'this route has no handler in the local runtime', requestId)));
      return { route: routeKey, status: 503 };
    }

    let body: string | undefined;
    try {
      body = await readBody(req, maxBody);
    } catch {
      send(res, problemResult(problem(413, 'request body too large', requestId)));
      return { route: routeKey, status: 413 };
    }

    const headers: Record<string, string> = {};
    const multiValueHeaders: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v === undefined) continue;
      const values = Array.isArray(v) ? v : [v];
      headers[k] = values.at(-1)!;
      multiValueHeaders[k] = values;
    }
    const query: Record<string, string> = {};
    const multiQuery: Record<string, string[]> = {};
    for (const [k, v] of url.searchParams) {
      query[k] = v;
      (multiQuery[k] ??= []).push(v);
    }
    const pathParameters = Object.fromEntries(hit.r.params.map((p, i) => [p, decodeURIComponent(hit.m![i + 1]!)]));
    const sourceIp = req.socket.remoteAddress ?? '127.0.0.1';
    const event: APIGatewayProxyEvent = {
      resource: decl.path,
      path: url.pathname,
      httpMethod: method,
      headers,
      multiValueHeaders,
      queryStringParameters: Object.keys(query).length ? query : null,
      multiValueQueryStringParameters: Object.keys(multiQuery).length ? multiQuery : null,
      pathParameters: hit.r.params.length ? pathParameters : null,
      stageVariables: null,
      body: body ?? null,
      isBase64Encoded: false,
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        authorizer: claims ? { claims } : null,
        protocol: `HTTP/${req.httpVersion}`,
        httpMethod: method,
        identity: {
          accessKey: null,
          accountId: null,
          apiKey: null,
          apiKeyId: null,
          caller: null,
          clientCert: null,
          cognitoAuthenticationProvider: null,
          cognitoAuthenticationType: null,
          cognitoIdentityId: null,
          cognitoIdentityPoolId: null,
          principalOrgId: null,
          sourceIp,
          user: null,
          userAgent: headers['user-agent'] ?? null,
          userArn: null,
        },
        path: `/${stage}${url.pathname}`,
        stage,
        requestId,
        requestTimeEpoch: Date.now(),
        resourceId: 'local',
        resourcePath: decl.path,
      },
    };
    const result = await handler(event, lambdaContext(`local-${decl.function}`, 30));
    send(res, result);
    return { route: routeKey, status: result.statusCode };
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    handle(req, res).then(
      ({ route, status }) => opts.onRequest?.({ method: req.method ?? '?', route, status, ms: performance.now() - started }),
      () => {
        // A handler that throws is a 500 in API Gateway too (Lambda error); nothing leaks.
        if (!res.headersSent) send(res, problemResult(problem(500, 'internal error')));
        else res.end();
        opts.onRequest?.({ method: req.method ?? '?', route: '-', status: 500, ms: performance.now() - started });
      },
    );
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    addPage: (path, page) => void pages.set(path, page),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
