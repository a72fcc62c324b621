/**
 * POST /v1/requests {type, email, phone?} -> always 202 with the same body. Nothing here looks
 * at tenant data, so neither the answer nor its timing depends on whether we hold anything.
 */
import { InvalidIdentifierError } from '../../rights/errors.js';
import { pickLang } from '../../rights/messages.js';
import { submitBody } from '../../rights/schemas.js';
import { ACCEPTED_BODY, type PortalDeps, submitRequest } from '../../rights/use-cases/portal.js';
import { awsRoute, header, json, route } from './route.js';

export { submitBody };

export const create = (deps: PortalDeps) =>
  route(async (event) => {
    let raw: unknown;
    try {
      raw = JSON.parse(event.body ?? '');
    } catch {
      throw new InvalidIdentifierError('email');
    }
    const parsed = submitBody.safeParse(raw);
    if (!parsed.success) throw new InvalidIdentifierError(parsed.error.issues.some((i) => i.path[0] === 'phone') ? 'phone' : 'email');
    const { type, email, phone } = parsed.data;
    const lang = parsed.data.lang ?? pickLang(header(event, 'accept-language'));
    await submitRequest({ type, email, phone: phone || undefined, lang }, event.requestContext.identity.sourceIp, deps);
    return json(202, ACCEPTED_BODY);
  });

export const handler = awsRoute(create);
