/** GET /v1/sources — the sources the caller's tenant subscribes to. */
import { z } from 'zod';
import { ROUTES } from '../../../lib/topology.js';
import type { QueryRuntime } from '../../composition/query.js';
import { listSources } from '../../query/use-cases.js';
import { lazy } from '../collect/lambda-context.js';
import { cognitoRoute, parse, routeOf } from './http.js';

const noQuery = z.object({}).strict();

export function create(deps: QueryRuntime) {
  return cognitoRoute(routeOf(ROUTES, 'listSources'), deps.logger, async (caller, req) => {
    parse(noQuery, req.event.queryStringParameters, 'query');
    return { body: await listSources(caller, deps) };
  });
}

export const handler = lazy(async () => {
  const { awsQueryDeps } = await import('../../composition/aws-query.js');
  return create(await awsQueryDeps());
});
