/** GET /v1/audit — the tenant's audit trail; tenant-admin only (the route's groups, checked in http.ts and again in the use case). */
import { ROUTES } from '../../../lib/topology.js';
import type { QueryRuntime } from '../../composition/query.js';
import { auditQuery } from '../../query/schemas.js';
import { listAudit } from '../../query/use-cases.js';
import { lazy } from '../collect/lambda-context.js';
import { cognitoRoute, parse, routeOf } from './http.js';

export function create(deps: QueryRuntime) {
  return cognitoRoute(routeOf(ROUTES, 'listAudit'), deps.logger, async (caller, req) => ({
    body: await listAudit(caller, parse(auditQuery, req.event.queryStringParameters, 'query'), deps),
  }));
}

export const handler = lazy(async () => {
  const { awsQueryDeps } = await import('../../composition/aws-query.js');
  return create(await awsQueryDeps());
});
