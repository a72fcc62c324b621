/** GET /v1/requests/{id}/export?token= — the access export, once, within 7 days of delivery. */
import { downloadExport, type PortalDeps } from '../../rights/use-cases/portal.js';
import { awsRoute, json, route } from './route.js';

export const create = (deps: PortalDeps) =>
  route(async (event) => {
    const id = event.pathParameters?.id ?? '';
    const body = await downloadExport(id, event.queryStringParameters?.token, deps);
    return json(200, body, { 'content-disposition': `attachment; filename="adwarden-export-${id}.json"` });
  });

export const handler = awsRoute(create);
