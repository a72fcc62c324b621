/** GET /rights — the data-subject portal page, in the caller's language, under a strict CSP. */
import { LANGS, pickLang } from '../../rights/messages.js';
import { PORTAL_CSP, portalPage } from '../../rights/portal-page.js';
import type { PortalDeps } from '../../rights/use-cases/portal.js';
import { awsRoute, header, route, SECURITY_HEADERS } from './route.js';

export const create = (_deps?: PortalDeps) =>
  route(async (event) => {
    const accept = header(event, 'accept-language');
    const lang = pickLang(accept);
    // The server fell back to English: let the script try the browser's own languages.
    const fallback = lang === 'en' && !(accept ?? '').toLowerCase().split(',').some((p) => p.trim().startsWith('en'));
    return {
      statusCode: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': PORTAL_CSP,
        'x-frame-options': 'DENY',
        'cross-origin-opener-policy': 'same-origin',
        'permissions-policy': 'camera=(), microphone=(), geolocation=()',
        vary: 'Accept-Language',
        'content-language': LANGS.includes(lang) ? lang : 'en',
        ...SECURITY_HEADERS,
      },
      body: portalPage(lang, fallback),
    };
  });

export const handler = awsRoute(create);
