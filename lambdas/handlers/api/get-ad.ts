/** GET /v1/ads/{adId} — one ad of the caller's tenant (audited), or 404. */
import { ROUTES } from '../../../lib/topology.js';
import type { QueryRuntime } from '../../composition/query.js';
import { adIdParam } from '../../query/schemas.js';
import { getAd } from '../../query/use-cases.js';
import { lazy } from '../collect/lambda-context.js';
import { cognitoRoute, parse, routeOf } from './http.js';

export function create(deps: QueryRuntime) {
  return cognitoRoute(routeOf(ROUTES, 'getAd'), deps.logger, async (caller, req) => ({
    body: await getAd(caller, parse(adIdParam, req.event.pathParameters, 'path').adId, req, deps),
  }));
}

export const handler = lazy(async () => {
  const { awsQueryDeps } = await import('../../composition/aws-query.js');
  return create(await awsQueryDeps());
});
