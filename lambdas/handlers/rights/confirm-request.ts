/**
 * GET /v1/requests/confirm?token= — the single-use link from the e-mail. A browser is sent on
 * to the portal's status view (the status token travels in the URL fragment, which is never
 * sent to a server or logged); a client asking for JSON gets it.
 */
import { PORTAL_PATH } from '../../../lib/topology.js';
import { InvalidTokenError } from '../../rights/errors.js';
import { confirmRequest, type PortalDeps } from '../../rights/use-cases/portal.js';
import { awsRoute, header, json, route, SECURITY_HEADERS } from './route.js';

export const create = (deps: PortalDeps) =>
  route(async (event) => {
    const wantsJson = (header(event, 'accept') ?? '').includes('application/json');
    try {
      const { requestId, statusToken, awaitingPhoneCode } = await confirmRequest(event.queryStringParameters?.token, deps);
      if (wantsJson) return json(200, { requestId, statusToken, state: 'confirmed', awaitingPhoneCode });
      return { statusCode: 303, headers: { location: `${PORTAL_PATH}#status=${requestId}.${statusToken}`, ...SECURITY_HEADERS }, body: '' };
    } catch (e) {
      if (e instanceof InvalidTokenError && !wantsJson) {
        return { statusCode: 303, headers: { location: `${PORTAL_PATH}#invalid`, ...SECURITY_HEADERS }, body: '' };
      }
      throw e;
    }
  });

export const handler = awsRoute(create);
