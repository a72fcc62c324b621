/** GET /v1/search — parse → searchAds (the caller's tenant only, audited) → JSON. */
import { ROUTES } from '../../../lib/topology.js';
import type { QueryRuntime } from '../../composition/query.js';
import { searchQuery } from '../../query/schemas.js';
import { searchAds } from '../../query/use-cases.js';
import { lazy } from '../collect/lambda-context.js';
import { cognitoRoute, parse, routeOf } from './http.js';

export function create(deps: QueryRuntime) {
  return cognitoRoute(routeOf(ROUTES, 'searchAds'), deps.logger, async (caller, req) => ({
    body: await searchAds(caller, parse(searchQuery, req.event.queryStringParameters, 'query'), req, deps),
  }));
}

export const handler = lazy(async () => {
  const { awsQueryDeps } = await import('../../composition/aws-query.js');
  return create(await awsQueryDeps());
});
