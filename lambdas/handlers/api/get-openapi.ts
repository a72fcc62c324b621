/** GET /v1/openapi.json — the OpenAPI 3.1 document generated from the zod schemas (public, no data). */
import { Logger } from '@aws-lambda-powertools/logger';
import { ROUTES } from '../../../lib/topology.js';
import { openApiDocument } from '../../query/openapi.js';
import { lazy } from '../collect/lambda-context.js';
import { publicRoute, routeOf } from './http.js';

export function create(deps: { readonly logger: Logger }) {
  const doc = openApiDocument();
  return publicRoute(routeOf(ROUTES, 'getOpenapi'), deps.logger, async () => ({ body: doc, headers: { 'cache-control': 'public, max-age=300' } }));
}

export const handler = lazy(async () => create({ logger: new Logger({ serviceName: 'adwarden-api' }) }));
