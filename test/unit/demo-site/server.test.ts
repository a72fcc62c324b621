import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoSite } from '../../../local/demo-site/generate.js';
import { BIG_PAGE_BYTES, startDemoSite, type DemoSiteServer } from '../../../local/demo-site/server.js';

const site = generateDemoSite();
let server: DemoSiteServer;

beforeAll(async () => {
  server = await startDemoSite(site, { port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
});

function get(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${server.url}${path}`, init);
}

/** The Disallow prefixes for "User-agent: *" of a robots.txt (enough for this site's file). */
function disallowed(robots: string): string[] {
  return robots
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => /^disallow:/i.test(l))
    .map((l) => l.slice('disallow:'.length).trim())
    .filter(Boolean);
}

describe('startDemoSite', () => {
  it('listens on 127.0.0.1 on a random port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('rejects when the port is taken', async () => {
    await expect(startDemoSite(site, { port: server.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('robots.txt', () => {
  it('disallows /private/ for every user agent and sets no Crawl-delay', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const body = await res.text();
    expect(body).toBe(site.robotsTxt);
    expect(body.split('\n')).toContain('User-agent: *');
    expect(disallowed(body)).toEqual(['/private/']);
    const directives = body.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
    expect(directives).toEqual(['User-agent: *', 'Disallow: /private/']);
  });
});

describe('listing pages and ads over HTTP', () => {
  it('chains /listings/1..N through a[rel=next] and links every ad once with a.ad-link', async () => {
    const visited: string[] = [];
    const links: string[] = [];
    let next: string | undefined = '/listings/1';
    while (next !== undefined) {
      expect(visited).not.toContain(next);
      visited.push(next);
      const res = await get(next);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const $ = cheerio.load(await res.text());
      links.push(...$('a.ad-link').toArray().map((el) => $(el).attr('href') ?? ''));
      expect($('a[rel=next]').length).toBeLessThanOrEqual(1);
      next = $('a[rel=next]').attr('href');
    }
    expect(visited).toEqual(Array.from({ length: site.listingPages }, (_, i) => `/listings/${i + 1}`));
    expect(links).toEqual(site.ads.map((a) => a.path));
    expect(new Set(links).size).toBe(site.totalAds);
  });

  it('answers 404 outside the listing range', async () => {
    for (const p of ['/listings/0', `/listings/${site.listingPages + 1}`, '/listings/x', '/listings/1/']) {
      expect((await get(p)).status, p).toBe(404);
    }
  });

  it('serves every linked ad with its generated HTML', async () => {
    for (const ad of site.ads) {
      const res = await get(ad.path);
      expect(res.status, ad.path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toBe(site.pages.get(ad.path));
    }
  });

  it('serves disallowed ads only under /private/, which robots.txt forbids', async () => {
    const prefixes = disallowed(await (await get('/robots.txt')).text());
    const blocked = site.ads.filter((a) => a.disallowed);
    expect(blocked).toHaveLength(4);
    for (const ad of site.ads) {
      const isBlocked = prefixes.some((p) => ad.path.startsWith(p));
      expect(isBlocked).toBe(ad.disallowed);
    }
    for (const ad of blocked) {
      expect((await get(`/ad/${ad.id}`)).status).toBe(404);
      expect((await get(`/private/ad/${ad.id}`)).status).toBe(200);
    }
    const open = site.ads.find((a) => !a.disallowed);
    expect((await get(`/private/ad/${open?.id}`)).status).toBe(404);
    expect(site.totalAds - blocked.length).toBe(site.crawlableAds);
  });

  it('serves JavaScript-rendered ads without the ad body or identifiers in the HTML', async () => {
    for (const ad of site.ads.filter((a) => a.jsRendered)) {
      const html = await (await get(ad.path)).text();
      const $ = cheerio.load(html);
      expect($('[data-ad-body]')).toHaveLength(0);
      expect($('#app')).toHaveLength(1);
      for (const m of ad.expected.emails) expect(html.toLowerCase()).not.toContain(m);
      for (const p of ad.expected.phones) expect(html.replace(/[\s-]/g, '')).not.toContain(p.slice(3));
    }
  });

  it('serves the /private/ account pages linked from every page', async () => {
    const $ = cheerio.load(await (await get('/listings/1')).text());
    const privateLinks = $('a[href^="/private/"]').not('.ad-link').toArray().map((el) => $(el).attr('href'));
    expect(privateLinks).toEqual(['/private/account', '/private/saved']);
    for (const p of privateLinks) expect((await get(p ?? '')).status).toBe(200);
  });

  it('redirects / to the first listing page', async () => {
    const res = await get('/', { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/listings/1');
  });

  it('answers HEAD without a body, other methods with 405, unknown paths with 404', async () => {
    const head = await get('/listings/1', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('/listings/1', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const missing = await get('/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('test hooks', () => {
  it('/status/<code> answers with that status; 429 and 503 carry Retry-After: 1', async () => {
    const r500 = await get('/status/500');
    expect(r500.status).toBe(500);
    expect(r500.headers.get('retry-after')).toBeNull();
    const r429 = await get('/status/429');
    expect(r429.status).toBe(429);
    expect(r429.headers.get('retry-after')).toBe('1');
    const r503 = await get('/status/503');
    expect(r503.status).toBe(503);
    expect(r503.headers.get('retry-after')).toBe('1');
    expect((await get('/status/403')).status).toBe(403);
    expect((await get('/status/204')).status).toBe(204);
    expect((await get('/status/999')).status).toBe(400);
  });

  it('/redirect?to= redirects anywhere, including link-local metadata addresses', async () => {
    for (const to of ['http://169.254.169.254/latest/meta-data/', 'http://localhost:22/', 'file:///etc/passwd', `${server.url}/listings/2`]) {
      const res = await get(`/redirect?to=${encodeURIComponent(to)}`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(to);
    }
    const followed = await get(`/redirect?to=${encodeURIComponent('/listings/2')}`);
    expect(followed.status).toBe(200);
    expect(followed.url).toBe(`${server.url}/listings/2`);
    expect((await get('/redirect')).status).toBe(400);
  });

  it('/slow?ms= answers after the delay', async () => {
    const t0 = performance.now();
    const res = await get('/slow?ms=300');
    expect(res.status).toBe(200);
    await res.text();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('/slow answers after 5 seconds, so a shorter client timeout fires first', async () => {
    await expect(get('/slow', { signal: AbortSignal.timeout(500) })).rejects.toThrow();
    const t0 = performance.now();
    const res = await get('/slow');
    expect(res.status).toBe(200);
    await res.text();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(4990);
  });

  it('/big serves 3 MiB of HTML, with Content-Length or chunked', async () => {
    const res = await get('/big');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-length')).toBe(String(BIG_PAGE_BYTES));
    const body = Buffer.from(await res.arrayBuffer());
    expect(BIG_PAGE_BYTES).toBe(3_145_728);
    expect(body.length).toBe(BIG_PAGE_BYTES);
    expect(body.subarray(0, 15).toString()).toBe('<!doctype html>');
    expect(body.subarray(-8).toString()).toBe('</html>\n');

    const chunked = await get('/big?chunked=1');
    expect(chunked.headers.get('content-length')).toBeNull();
    expect(chunked.headers.get('transfer-encoding')).toBe('chunked');
    expect(Buffer.from(await chunked.arrayBuffer()).equals(body)).toBe(true);
  });

  it('counts requests by path without the query string', async () => {
    server.resetStats();
    expect(server.stats()).toEqual({ requests: 0, byPath: {} });
    await (await get('/listings/1')).text();
    await (await get('/listings/1?x=1')).text();
    await (await get('/redirect?to=%2F', { redirect: 'manual' })).text();
    await (await get('/robots.txt')).text();
    expect(server.stats()).toEqual({ requests: 4, byPath: { '/listings/1': 2, '/redirect': 1, '/robots.txt': 1 } });
    const snapshot = server.stats();
    snapshot.byPath['/x'] = 1;
    expect(server.stats().byPath['/x']).toBeUndefined();
  });

  it('close() does not wait for pending slow requests or keep-alive sockets', async () => {
    const other = await startDemoSite(site, { port: 0 });
    await (await fetch(`${other.url}/listings/1`)).text(); // leaves a keep-alive socket
    const pending = fetch(`${other.url}/slow?ms=30000`).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    await other.close();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(await pending).toBe('failed');
    await expect(fetch(`${other.url}/listings/1`)).rejects.toThrow();
  });
});
