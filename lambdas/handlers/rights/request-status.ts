/** GET /v1/requests/{id}/status?token= — state and dates only; no identifiers, no data. */
import { type PortalDeps, requestStatus } from '../../rights/use-cases/portal.js';
import { awsRoute, json, route } from './route.js';

export const create = (deps: PortalDeps) =>
  route(async (event) => json(200, await requestStatus(event.pathParameters?.id ?? '', event.queryStringParameters?.token, deps)));

export const handler = awsRoute(create);
