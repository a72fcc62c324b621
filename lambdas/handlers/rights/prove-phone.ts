/** POST /v1/requests/{id}/phone?token= {code} — proves the phone with the SMS code. */
import { provePhoneBody } from '../../rights/schemas.js';
import { InvalidTokenError } from '../../rights/errors.js';
import { type PortalDeps, provePhone } from '../../rights/use-cases/portal.js';
import { awsRoute, json, route } from './route.js';

const body = provePhoneBody;

export const create = (deps: PortalDeps) =>
  route(async (event) => {
    let raw: unknown;
    try {
      raw = JSON.parse(event.body ?? '');
    } catch {
      raw = undefined;
    }
    const parsed = body.safeParse(raw);
    if (!parsed.success) throw new InvalidTokenError();
    return json(200, await provePhone(event.pathParameters?.id ?? '', event.queryStringParameters?.token, parsed.data.code, deps));
  });

export const handler = awsRoute(create);
