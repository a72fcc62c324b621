/**
 * End to end in a real headless Chromium (puppeteer-core with the project's @sparticuz/chromium,
 * launched as the browser fetcher launches it): the demo site is crawled, a person whose e-mail
 * address is in the demo data asks for erasure on the portal, opens the link from the outbox,
 * and waits for the workflow (the ASL CDK synthesizes) to finish. Then no tenant holds their ads,
 * a re-crawl does not collect them again, and axe-core finds no accessibility violations.
 */
import { AxePuppeteer } from '@axe-core/puppeteer';
import chromium from '@sparticuz/chromium';
import { DeleteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../lib/topology.js';
import { readOutbox } from '../../lambdas/adapters/local/file-outbox.js';
import { startApiServer, type ApiServer } from '../../local/api/server.js';
import { freePort } from '../../local/services/dynamodb-local.js';
import { startLocalRights, type LocalRights } from '../../local/rights/runtime.js';
import { type Harness, startHarness } from '../integration/collect/harness.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let h: Harness;
let rights: LocalRights;
let api: ApiServer;
let browser: Browser;
let outboxDir: string;

async function crawl(): Promise<void> {
  for (const s of h.config.sources) await h.rt.runSchedule(s.id);
  await h.rt.drained({ timeoutMs: 480_000 });
}

async function held(tenantId: string, email: string): Promise<number> {
  const ctx = await rights.runtime.workflow.tenantContext(tenantId);
  return (await ctx.store.locate([`IX#email#${ctx.index.hash('email', email)}`])).length;
}

beforeAll(async () => {
  h = await startHarness();
  h.rt.startPollers();
  await crawl();
  const dataDir = mkdtempSync(join(tmpdir(), 'adw-e2e-rights-'));
  outboxDir = join(dataDir, 'outbox');
  const port = await freePort();
  rights = await startLocalRights(h.rt, { baseUrl: `http://127.0.0.1:${port}`, dataDir, outboxDir });
  api = await startApiServer({
    routes: ROUTES.filter((r) => r.auth === 'public'),
    handlers: rights.routeHandlers,
    verifier: { verify: () => Promise.reject(new Error('no customer routes in this test')) },
    port,
  });
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), // The project's Chromium and its own flags; not the fetcher's (those route through its SSRF proxy).
    args: chromium.args, headless: 'shell', pipe: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await h?.stop();
});

describe('the data-subject portal in a real browser', () => {
  it('erasure: request, confirm by the e-mailed link, done; no tenant holds the person, a re-crawl does not collect them, no a11y violations', async () => {
    // A person of the demo data whom both tenants hold.
    let email: string | undefined;
    for (const ad of h.site.ads) {
      for (const e of ad.expected.emails) {
        if (!email && (await held('nordic-insurance', e)) > 0 && (await held('customs-brand', e)) > 0) email = e;
      }
    }
    expect(email, 'a demo e-mail address both tenants hold').toBeDefined();

    const page = await browser.newPage();
    await page.setExtraHTTPHeaders({ 'accept-language': 'en' });
    const res = await page.goto(`${api.url}/rights`, { waitUntil: 'load' });
    expect(res?.headers()['content-security-policy']).toMatch(/default-src 'none'/);
    expect((await new AxePuppeteer(page).analyze()).violations).toEqual([]);

    await page.click('input[value=erasure]');
    await page.type('#email', email!);
    await page.click('#request button[type=submit]');
    await page.waitForFunction(() => !document.getElementById('message')!.hidden, { timeout: 30_000 });
    expect(await page.$eval('#message', (el) => el.textContent)).toMatch(/we have sent it a link/);

    const mail = (await readOutbox(outboxDir)).filter((m) => m.to === email && m.kind === 'confirm');
    expect(mail).toHaveLength(1);
    await page.goto(mail[0]!.links[0]!, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/rights');
    await page.waitForSelector('#state[data-state=closed]', { timeout: 300_000 });
    expect((await new AxePuppeteer(page).analyze()).violations).toEqual([]);
    await page.close();

    for (const t of h.config.tenants) expect(await held(t.id, email!), t.id).toBe(0);

    // Re-crawl: forget what was seen, so every ad is fetched and extracted again.
    const seen = await h.rt.doc.send(new ScanCommand({ TableName: h.rt.platformTable('crawlState') }));
    for (const i of seen.Items ?? []) await h.rt.doc.send(new DeleteCommand({ TableName: h.rt.platformTable('crawlState'), Key: { pk: i.pk } }));
    const suppressedBefore = h.summary.suppressed;
    await crawl();
    expect(h.summary.suppressed).toBeGreaterThan(suppressedBefore);
    for (const t of h.config.tenants) expect(await held(t.id, email!), t.id).toBe(0);
  }, 900_000);

  it('serves the portal in the browser\'s language', async () => {
    const page = await browser.newPage();
    for (const [lang, word] of [['nb', 'Slett'], ['sv', 'Radera'], ['de', 'löschen'], ['fr', 'Effacer'], ['pl', 'Usuń']] as const) {
      await page.setExtraHTTPHeaders({ 'accept-language': `${lang},en;q=0.5` });
      await page.goto(`${api.url}/rights`, { waitUntil: 'load' });
      expect(await page.$eval('html', (el) => el.lang)).toBe(lang);
      expect(await page.$eval('main', (el) => el.textContent)).toContain(word);
    }
    await page.close();
  }, 120_000);
});
