import vm from 'node:vm';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ADS,
  DEFAULT_PER_PAGE,
  DEFAULT_SEED,
  generateDemoSite,
  isValidVin,
  mulberry32,
  normaliseText,
  vinCheckDigit,
  type DemoAd,
  type DemoSite,
} from '../../../local/demo-site/generate.js';

const site = generateDemoSite();
/** Invariants must hold for any seed, not only the default one. */
const sites: DemoSite[] = [site, generateDemoSite({ seed: 1 }), generateDemoSite({ seed: 99, ads: 37, perPage: 5 })];

/** Runs a JavaScript-rendered ad's inline script in node:vm against a one-element DOM; returns the page with #app filled. */
function renderJsAd(html: string): { before: string; after: string } {
  const $ = cheerio.load(html);
  const code = $('script#ad-app').text();
  const app = { innerHTML: '' };
  const timeouts: Array<() => void> = [];
  const context = vm.createContext({
    atob,
    TextDecoder,
    setTimeout: (fn: () => void) => {
      timeouts.push(fn);
      return timeouts.length;
    },
    document: { getElementById: (id: string) => (id === 'app' ? app : null) },
  });
  vm.runInContext(code, context);
  const before = app.innerHTML;
  for (const fn of timeouts) fn();
  $('#app').html(app.innerHTML);
  return { before, after: $.html() };
}

/** The HTML a browser ends up with: served HTML, or for JS ads the DOM after the script ran. */
function renderedHtml(s: DemoSite, ad: DemoAd): string {
  const html = s.pages.get(ad.path);
  if (html === undefined) throw new Error(`no page for ${ad.path}`);
  return ad.jsRendered ? renderJsAd(html).after : html;
}

function nsnOf(e164: string): string {
  // All calling codes on the site (47, 46, 49, 44) have two digits.
  return e164.slice(3);
}

/** The national significant number with any separators a human might put between digits. */
function phonePattern(e164: string): RegExp {
  return new RegExp(nsnOf(e164).split('').join('[\\s./()\\-]*'));
}

/** Undoes the e-mail obfuscations a real ad uses, so the address can be searched for. */
function deobfuscate(html: string): string {
  return html
    .replace(/&#64;|&#x40;/gi, '@')
    .replace(/&#46;|&#x2e;/gi, '.')
    .replace(/\s*[[(]at[\])]\s*/gi, '@')
    .replace(/\s*[[(]dot[\])]\s*/gi, '.')
    .toLowerCase();
}

function compactUpper(html: string): string {
  return html.toUpperCase().replace(/[\s-]/g, '');
}

function pageText(html: string): string {
  return normaliseText(cheerio.load(html).root().text());
}

function telToE164(href: string): string {
  const raw = href.replace(/^tel:/, '');
  const digits = raw.replace(/\D/g, '');
  return raw.startsWith('+') ? `+${digits}` : raw.startsWith('00') ? `+${digits.slice(2)}` : `+47${digits}`;
}

function digitsOnly(s: string): string {
  return s.replace(/\D/g, '');
}

/** Does a phone spelling (any format) denote this E.164 number? */
function samePhone(spelling: string, e164: string): boolean {
  const d = digitsOnly(spelling.replace(/\(0\)/, ''));
  return d === e164.slice(1) || d === `00${e164.slice(1)}` || d === nsnOf(e164) || d === `0${nsnOf(e164)}`;
}

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe('generateDemoSite: determinism and options', () => {
  it('produces identical HTML and ground truth for the same seed', () => {
    const again = generateDemoSite({ seed: DEFAULT_SEED, ads: DEFAULT_ADS, perPage: DEFAULT_PER_PAGE });
    expect(again.ads).toEqual(site.ads);
    expect([...again.pages.keys()]).toEqual([...site.pages.keys()]);
    for (const [path, html] of site.pages) expect(again.pages.get(path)).toBe(html);
    expect(again.robotsTxt).toBe(site.robotsTxt);
  });

  it('produces a different site for a different seed', () => {
    const other = generateDemoSite({ seed: DEFAULT_SEED + 1 });
    expect(other.pages.get('/listings/1')).not.toBe(site.pages.get('/listings/1'));
    const ids = new Set(site.ads.map((a) => a.id));
    expect(other.ads.filter((a) => ids.has(a.id))).toEqual([]);
  });

  it('uses seed 20261122, 60 ads and 12 per page by default', () => {
    expect(DEFAULT_SEED).toBe(20261122);
    expect(site.seed).toBe(20261122);
    expect(site.totalAds).toBe(60);
    expect(site.ads).toHaveLength(60);
    expect(site.perPage).toBe(12);
    expect(site.listingPages).toBe(5);
    expect(site.country).toBe('NO');
  });

  it('has the documented mix for the default seed', () => {
    const count = (f: (a: DemoAd) => boolean): number => site.ads.filter(f).length;
    expect(count((a) => a.jsRendered)).toBe(12);
    expect(count((a) => a.jsonLd)).toBe(15);
    expect(count((a) => a.microdata)).toBe(9);
    expect(count((a) => a.rendering === 'plain')).toBe(24);
    expect(count((a) => a.disallowed)).toBe(4);
    expect(site.crawlableAds).toBe(56);
    expect(count((a) => a.country === 'NO')).toBe(42);
    expect(count((a) => a.country === 'SE')).toBe(7);
    expect(count((a) => a.country === 'DE')).toBe(6);
    expect(count((a) => a.country === 'GB')).toBe(5);
    for (const a of site.ads) {
      expect([a.jsRendered, a.jsonLd, a.microdata, a.rendering === 'plain'].filter(Boolean)).toHaveLength(1);
    }
  });

  it('honours ads and perPage', () => {
    const s = generateDemoSite({ seed: 7, ads: 25, perPage: 10 });
    expect(s.ads).toHaveLength(25);
    expect(s.listingPages).toBe(3);
    expect(s.ads.map((a) => a.listingPage)).toEqual([...Array(10).fill(1), ...Array(10).fill(2), ...Array(5).fill(3)]);
    expect(s.crawlableAds).toBe(25 - s.ads.filter((a) => a.disallowed).length);
    const one = generateDemoSite({ seed: 7, ads: 1, perPage: 12 });
    expect(one.ads).toHaveLength(1);
    expect(one.listingPages).toBe(1);
  });

  it('rejects invalid options', () => {
    expect(() => generateDemoSite({ ads: 0 })).toThrow(RangeError);
    expect(() => generateDemoSite({ perPage: 0 })).toThrow(RangeError);
    expect(() => generateDemoSite({ seed: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoSite({ country: 'SE' as 'NO' })).toThrow(RangeError);
  });
});

describe('ground truth', () => {
  it('gives every ad a unique 9-digit id and a path under /ad/ or, when disallowed, /private/ad/', () => {
    expect(new Set(site.ads.map((a) => a.id)).size).toBe(site.ads.length);
    for (const a of site.ads) {
      expect(a.id).toMatch(/^\d{9}$/);
      expect(a.path).toBe(a.disallowed ? `/private/ad/${a.id}` : `/ad/${a.id}`);
      expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.location.postcode).not.toBe('');
      expect(site.pages.has(a.path)).toBe(true);
      expect(site.pages.has(a.disallowed ? `/ad/${a.id}` : `/private/ad/${a.id}`)).toBe(false);
    }
  });

  it.each(sites.map((s) => [s.seed, s] as const))('uses the documented formats (seed %i)', (_, site) => {
    for (const a of site.ads) {
      const e = a.expected;
      for (const list of Object.values(e)) expect([...list].sort()).toEqual(list);
      for (const list of Object.values(e)) expect(new Set(list).size).toBe(list.length);
      for (const p of e.phones) expect(p).toMatch(/^\+(47[49]\d{7}|46(7\d{8}|8\d{8})|49(1\d{9,10}|30\d{8})|447\d{9})$/);
      for (const m of e.emails) expect(m).toMatch(/^[a-z0-9.]+@example\.(com|no|org)$/);
      for (const v of e.vins) expect(isValidVin(v)).toBe(true);
      for (const p of e.plates) expect(p).toMatch(/^(NO:[A-Z]{2}\d{5}|SE:[A-Z]{3}\d{2}[A-Z0-9]|DE:[A-Z]{2,4}[1-9]\d{0,3})$/);
      for (const n of e.names) expect(n).toBe(normaliseText(n));
      for (const n of e.nicknames) expect(n).toBe(n.normalize('NFKC').toLowerCase());
      for (const ad of e.addresses) expect(ad).toMatch(/^[^,]+ \d+[a-z]?, [0-9 ]{4,6} [^,]+$/);
      expect(e.names.length).toBeLessThanOrEqual(1);
      expect(e.nicknames.length).toBeLessThanOrEqual(1);
      expect(e.addresses.length).toBeLessThanOrEqual(1);
      expect(e.phones.length + e.emails.length).toBeGreaterThan(0);
      if (a.category !== 'car') expect([...e.vins, ...e.plates]).toEqual([]);
      if (a.country === 'NO') for (const p of e.phones) expect(p).toMatch(/^\+(47|46)/);
      if (a.country !== 'NO') for (const p of e.phones) expect(p.slice(0, 3)).toBe({ SE: '+46', DE: '+49', GB: '+44' }[a.country]);
    }
  });

  it('covers every identifier kind in quantity for the default seed', () => {
    const total = (k: keyof DemoAd['expected']): number => site.ads.reduce((n, a) => n + a.expected[k].length, 0);
    expect(total('phones')).toBe(67);
    expect(total('emails')).toBe(43);
    expect(total('vins')).toBe(25);
    expect(total('plates')).toBe(22);
    expect(total('names')).toBe(53);
    expect(total('nicknames')).toBe(30);
    expect(total('addresses')).toBe(30);
  });

  it('computes the ISO 3779 check digit', () => {
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(isValidVin('1M8GDM9AXKP042788')).toBe(true);
    expect(isValidVin('11111111111111111')).toBe(true);
    expect(isValidVin('1M8GDM9A1KP042788')).toBe(false);
    expect(isValidVin('1M8GDM9AXKP04278')).toBe(false);
    expect(isValidVin('IM8GDM9AXKP042788')).toBe(false);
  });

  it('repeats some sellers across ads with the same identifiers', () => {
    const bySeller = new Map<string, DemoAd[]>();
    for (const a of site.ads) bySeller.set(a.sellerId, [...(bySeller.get(a.sellerId) ?? []), a]);
    const repeated = [...bySeller.values()].filter((ads) => ads.length > 1);
    expect(repeated.length).toBeGreaterThan(0);
    for (const ads of repeated) {
      const [first, ...rest] = ads;
      for (const other of rest) {
        // The seller's first phone is always shown; names/e-mails, when shown, are the same.
        expect(other.expected.phones.filter((p) => first?.expected.phones.includes(p)).length).toBeGreaterThan(0);
        if (first?.expected.emails.length && other.expected.emails.length) expect(other.expected.emails).toEqual(first.expected.emails);
        if (first?.expected.names.length && other.expected.names.length) expect(other.expected.names).toEqual(first.expected.names);
      }
    }
  });
});

describe('identifiers in the HTML', () => {
  it.each(sites.map((s) => [s.seed, s] as const))('shows every expected identifier in some spelling on the rendered page (seed %i)', (_, site) => {
    for (const ad of site.ads) {
      const html = renderedHtml(site, ad);
      const clear = deobfuscate(html);
      const text = pageText(html);
      for (const p of ad.expected.phones) expect(phonePattern(p).test(html), `${ad.id} ${p}`).toBe(true);
      for (const m of ad.expected.emails) expect(clear.includes(m), `${ad.id} ${m}`).toBe(true);
      for (const v of ad.expected.vins) expect(html.toUpperCase().includes(v), `${ad.id} ${v}`).toBe(true);
      for (const p of ad.expected.plates) expect(compactUpper(html).includes(p.slice(3)), `${ad.id} ${p}`).toBe(true);
      for (const n of ad.expected.names) expect(text.includes(n), `${ad.id} ${n}`).toBe(true);
      for (const n of ad.expected.nicknames) expect(text.includes(n), `${ad.id} ${n}`).toBe(true);
      for (const a of ad.expected.addresses) expect(text.includes(a), `${ad.id} ${a}`).toBe(true);
    }
  });

  it.each(sites.map((s) => [s.seed, s] as const))('puts name, nickname and address exactly in .seller-name, .seller-nick, .seller-address inside [data-ad-body] (seed %i)', (_, site) => {
    for (const ad of site.ads) {
      const $ = cheerio.load(renderedHtml(site, ad));
      expect($('[data-ad-body]')).toHaveLength(1);
      const body = $('[data-ad-body]');
      expect(body.attr('data-country')).toBe(ad.country);
      expect(body.find('.seller-name').toArray().map((el) => normaliseText($(el).text()))).toEqual(ad.expected.names);
      expect(body.find('.seller-nick').toArray().map((el) => normaliseText($(el).text()))).toEqual(ad.expected.nicknames);
      expect(body.find('.seller-address').toArray().map((el) => normaliseText($(el).text()))).toEqual(ad.expected.addresses);
      expect($('.seller-name, .seller-nick, .seller-address').not('[data-ad-body] *')).toHaveLength(0);
    }
  });

  it('only links tel: and mailto: to expected identifiers', () => {
    let tel = 0;
    let mailto = 0;
    for (const ad of sites.flatMap((s) => s.ads.map((a) => ({ ...a, site: s })))) {
      const site = ad.site;
      const $ = cheerio.load(renderedHtml(site, ad));
      $('a[href^="tel:"]').each((_, el) => {
        tel++;
        expect(ad.expected.phones).toContain(telToE164($(el).attr('href') ?? ''));
      });
      $('a[href^="mailto:"]').each((_, el) => {
        mailto++;
        expect(ad.expected.emails).toContain(($(el).attr('href') ?? '').slice(7).split('?')[0]?.toLowerCase());
      });
    }
    expect(tel).toBeGreaterThan(5);
    expect(mailto).toBeGreaterThan(3);
  });

  it.each(sites.map((s) => [s.seed, s] as const))('JSON-LD ads carry a schema.org seller consistent with the ground truth (seed %i)', (_, site) => {
    const ldAds = site.ads.filter((a) => a.jsonLd);
    for (const ad of site.ads) {
      const $ = cheerio.load(site.pages.get(ad.path) ?? '');
      const scripts = $('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(ad.jsonLd ? 1 : 0);
      if (!ad.jsonLd) continue;
      const ld = JSON.parse(scripts.text()) as {
        '@context': string;
        '@type': string;
        vehicleIdentificationNumber?: string;
        offers: { seller: { '@type': string; name?: string; alternateName?: string; telephone?: string; email?: string; address?: { streetAddress: string; postalCode: string; addressLocality: string; addressCountry: string } } };
      };
      expect(ld['@context']).toBe('https://schema.org');
      expect(['Vehicle', 'Car', 'Product']).toContain(ld['@type']);
      const s = ld.offers.seller;
      expect(['Person', 'Organization']).toContain(s['@type']);
      if (s.name !== undefined) expect(ad.expected.names).toEqual([normaliseText(s.name)]);
      if (s.alternateName !== undefined) expect(ad.expected.nicknames).toEqual([s.alternateName.toLowerCase()]);
      expect(s.telephone).toBeDefined();
      expect(ad.expected.phones.some((p) => samePhone(s.telephone ?? '', p))).toBe(true);
      if (s.email !== undefined) expect(ad.expected.emails).toEqual([s.email.replace(/^mailto:/, '')]);
      else expect(ad.expected.emails).toEqual([]);
      if (s.address !== undefined) {
        expect(s.address.addressCountry).toBe(ad.country);
        expect(ad.expected.addresses).toEqual([normaliseText(`${s.address.streetAddress}, ${s.address.postalCode} ${s.address.addressLocality}`)]);
      } else expect(ad.expected.addresses).toEqual([]);
      expect(ld.vehicleIdentificationNumber === undefined ? [] : [ld.vehicleIdentificationNumber]).toEqual(ad.expected.vins);
    }
    // Some JSON-LD ads keep an identifier out of the visible text.
    const hidden = ldAds.filter((ad) => {
      const $ = cheerio.load(site.pages.get(ad.path) ?? '');
      $('script').remove();
      const visible = deobfuscate($.html());
      return ad.expected.emails.some((m) => !visible.includes(m)) || ad.expected.vins.some((v) => !visible.toUpperCase().includes(v));
    });
    expect(hidden.length).toBeGreaterThan(0);
  });

  it('microdata ads mark up the seller with itemprops', () => {
    for (const ad of site.ads.filter((a) => a.microdata)) {
      const $ = cheerio.load(site.pages.get(ad.path) ?? '');
      expect($('[data-ad-body][itemscope]')).toHaveLength(1);
      const seller = $('[itemprop="seller"][itemscope]');
      expect(seller).toHaveLength(1);
      seller.find('[itemprop="telephone"]').each((_, el) => {
        const v = $(el).attr('content') ?? $(el).text();
        expect(ad.expected.phones.some((p) => samePhone(v, p))).toBe(true);
      });
      seller.find('[itemprop="email"]').each((_, el) => {
        expect(ad.expected.emails).toContain(($(el).attr('content') ?? $(el).text()).toLowerCase());
      });
      $('[itemprop="vehicleIdentificationNumber"]').each((_, el) => {
        expect(ad.expected.vins).toContain($(el).text().toUpperCase());
      });
      const addr = seller.find('[itemprop="address"]');
      if (addr.length) {
        const f = (p: string): string => addr.find(`[itemprop="${p}"]`).text();
        expect(ad.expected.addresses).toEqual([normaliseText(`${f('streetAddress')}, ${f('postalCode')} ${f('addressLocality')}`)]);
      }
    }
    expect(site.ads.filter((a) => a.microdata).some((a) => cheerio.load(site.pages.get(a.path) ?? '')('[itemprop="telephone"]').length > 0)).toBe(true);
  });

  it.each(sites.map((s) => [s.seed, s] as const))('JavaScript-rendered ads hide their identifiers from a plain fetch (seed %i)', (_, site) => {
    const jsAds = site.ads.filter((a) => a.jsRendered);
    expect(jsAds.length).toBeGreaterThan(0);
    for (const ad of jsAds) {
      const html = site.pages.get(ad.path) ?? '';
      const $ = cheerio.load(html);
      expect($('[data-ad-body]')).toHaveLength(0);
      expect($('#app').html()).toBe('');
      expect($('script[type="application/ld+json"]')).toHaveLength(0);
      const clear = deobfuscate(html);
      const text = pageText(html);
      for (const p of ad.expected.phones) expect(phonePattern(p).test(html), `${ad.id} ${p}`).toBe(false);
      for (const m of ad.expected.emails) {
        expect(clear.includes(m)).toBe(false);
        expect(clear.includes(m.split('@')[0] ?? m)).toBe(false);
      }
      for (const v of ad.expected.vins) expect(html.toUpperCase().includes(v)).toBe(false);
      for (const p of ad.expected.plates) expect(compactUpper(html).includes(p.slice(3))).toBe(false);
      for (const n of [...ad.expected.names, ...ad.expected.nicknames, ...ad.expected.addresses]) expect(text.includes(n)).toBe(false);
      // The script renders only after its timeout, like an app waiting for data.
      const { before, after } = renderJsAd(html);
      expect(before).toBe('');
      expect(cheerio.load(after)('[data-ad-body]')).toHaveLength(1);
    }
  });

  it('renders JS ads to the same markup a server-rendered ad of the same content has', () => {
    // Structure check: the browser renderer emits the same classes as the server renderer.
    const classes = (html: string): string[] => {
      const $ = cheerio.load(html);
      return [...new Set($('[data-ad-body] [class]').toArray().map((el) => $(el).attr('class') ?? ''))].sort();
    };
    const js = site.ads.filter((a) => a.jsRendered);
    const plain = site.ads.filter((a) => a.rendering === 'plain');
    const jsClasses = new Set(js.flatMap((a) => classes(renderedHtml(site, a))));
    const plainClasses = new Set(plain.flatMap((a) => classes(renderedHtml(site, a))));
    expect([...jsClasses].sort()).toEqual([...plainClasses].sort());
  });
});

describe('spellings and decoys', () => {
  const corpus = site.ads.map((a) => ({ ad: a, html: renderedHtml(site, a) }));
  const all = corpus.map((c) => c.html).join('\n');
  const inCountry = (country: DemoAd['country']): string => corpus.filter((c) => c.ad.country === country).map((c) => c.html).join('\n');

  it('spells Norwegian phones in many ways', () => {
    expect(all).toMatch(/\+47 [49]\d{2} \d{2} \d{3}\b/);
    expect(all).toMatch(/(?<![+\d])[49]\d{2} \d{2} \d{3}\b/);
    expect(all).toMatch(/\b0047 [49]\d{7}\b/);
    expect(all).toMatch(/(?<![+\d] ?)\b[49]\d \d{2} \d{2} \d{2}\b/);
    expect(all).toMatch(/\+47 [49]\d \d{2} \d{2} \d{2}\b/);
    expect(all).toMatch(/\(\+47\) [49]\d{2} \d{2} \d{3}\b/);
    expect(all).toMatch(/\+47[49]\d{7}\b/);
    expect(all).toMatch(/tlf\. /);
    expect(all).toMatch(/href="tel:[49]\d{7}"/);
  });

  it('spells foreign phones in their national format only in ads of that country', () => {
    expect(inCountry('SE')).toMatch(/\b07\d-\d{3} \d{2} \d{2}\b|\b07\d \d{3} \d{2} \d{2}\b|\b07\d{8}\b|\b08-\d{3} \d{3} \d{2}\b/);
    expect(inCountry('DE')).toMatch(/\b0(1\d{2}|30)[ /-]\d/);
    expect(inCountry('GB')).toMatch(/\b07\d{3} ?\d{6}\b/);
    expect(inCountry('NO')).not.toMatch(/\b07\d-\d{3} \d{2} \d{2}\b|\b01[5-7]\d[ /]\d{7,8}\b|\b07\d{3} \d{6}\b/);
    expect(inCountry('NO')).toMatch(/\+46 ?\(?/);
    for (const c of corpus.filter((x) => x.ad.country !== 'NO')) {
      expect(c.html).toContain(`data-country="${c.ad.country}"`);
    }
  });

  it('spells e-mails plain, mixed-case, as mailto and obfuscated', () => {
    expect(all).toMatch(/[a-z0-9.]+@example\.(no|com|org)/);
    expect(all).toMatch(/[A-Z][a-z0-9.]*@Example\./);
    expect(all).toMatch(/href="mailto:[^"?]+@example\.[a-z]+"/);
    expect(all).toMatch(/href="mailto:[^"]+\?subject=/);
    expect(all).toContain('&#64;example.');
    expect(all).toMatch(/&#x40;example&#46;(no|com|org)/);
    expect(all).toMatch(/ \[at\] example \[dot\] (no|com|org)/);
    expect(all).toMatch(/ \(at\) example \(dot\) (no|com|org)/);
    expect(all).toMatch(/[a-z0-9.]\[at\]example\.(no|com|org)/);
  });

  it('spells VINs, plates, names and addresses in several ways', () => {
    const vins = site.ads.flatMap((a) => a.expected.vins);
    expect(vins.some((v) => all.includes(v.toLowerCase()))).toBe(true);
    expect(vins.some((v) => all.includes(v))).toBe(true);
    for (const label of ['Understellsnr.', 'Chassisnummer', 'VIN:']) expect(all).toContain(label);
    expect(all).toMatch(/\b[A-Z]{2} \d{5}\b/);
    expect(all).toMatch(/\b[a-z]{2}\d{5}\b/);
    expect(all).toMatch(/\bE[LKVB] ?\d{5}\b/);
    expect(all).toMatch(/\b[A-Z]{3} \d{2}[0-9A-Z]\b/);
    expect(all).toMatch(/\b[A-Z]{1,2}-[A-Z]{1,2} [1-9]\d{0,3}\b/);
    expect(all).toMatch(/(svenske|tyske) skilter: /);
    expect(all).toContain('&nbsp;');
    expect(all.normalize('NFC')).not.toBe(all); // some names are decomposed (NFD)
    expect(all).toMatch(/<p class="seller-name">[A-ZÆØÅÄÖÜ' ]+<\/p>/);
    expect(all).toMatch(/<p class="seller-address">[^<]*,\n\s+/);
  });

  it('puts decoys on every page', () => {
    const dmy = /\b\d{2}\.\d{2}\.\d{4}\b/;
    const iso = /\b\d{4}-\d{2}-\d{2}\b/;
    for (const { ad } of corpus) {
      const served = site.pages.get(ad.path) ?? '';
      expect(served).toMatch(dmy);
      expect(served).toMatch(iso);
      expect(served).toContain(`Annonse-ID: ${ad.id}`);
      expect(served).toMatch(/Ordrenr\. \d{4}-\d{6}/);
      const rendered = renderedHtml(site, ad);
      expect(rendered).toContain(`FINN-kode ${ad.id}`);
      expect(rendered).toContain(ad.location.postcode);
      if (ad.category === 'car') expect(rendered).toMatch(/\b\d{1,3}([ .,]\d{3})+ (km|mil|miles)\b/);
    }
    for (let n = 1; n <= site.listingPages; n++) {
      const html = site.pages.get(`/listings/${n}`) ?? '';
      expect(html).toMatch(dmy);
      expect(html).toMatch(iso);
      expect(html).toMatch(/FINN-kode \d{9}/);
      expect(html).toMatch(/\b\d{4} [A-ZÆØÅ][a-zæøå]+/);
      expect(html).toMatch(/(\d kr\b|kr \d|,-|SEK|€|£)/);
    }
    expect(all).toMatch(/kr \d{1,3}\.\d{3},-/);
    expect(all).toMatch(/\d{1,3} \d{3} kr/);
    expect(all).toMatch(/\d{3} \d{3} km/);
    expect(all).toMatch(/IMEI: \d{15}/);
  });

  it.each(sites.map((s) => [s.seed, s] as const))('keeps listing pages free of personal identifiers (seed %i)', (_, site) => {
    for (let n = 1; n <= site.listingPages; n++) {
      const html = site.pages.get(`/listings/${n}`) ?? '';
      const clear = deobfuscate(html);
      const text = pageText(html);
      for (const ad of site.ads) {
        for (const p of ad.expected.phones) expect(phonePattern(p).test(html)).toBe(false);
        for (const m of ad.expected.emails) expect(clear.includes(m)).toBe(false);
        for (const v of ad.expected.vins) expect(html.toUpperCase().includes(v)).toBe(false);
        for (const x of [...ad.expected.names, ...ad.expected.addresses]) expect(text.includes(x)).toBe(false);
      }
      expect(html).not.toContain('@');
    }
  });
});

describe('listing pages', () => {
  it('link every ad once, in order, with a.ad-link, and chain with a[rel=next]', () => {
    const hrefs: string[] = [];
    for (let n = 1; n <= site.listingPages; n++) {
      const $ = cheerio.load(site.pages.get(`/listings/${n}`) ?? '');
      hrefs.push(...$('a.ad-link').toArray().map((el) => $(el).attr('href') ?? ''));
      const next = $('a[rel=next]');
      if (n < site.listingPages) expect(next.attr('href')).toBe(`/listings/${n + 1}`);
      else expect(next).toHaveLength(0);
      expect($('a[href^="/private/"]').length).toBeGreaterThan(0);
    }
    expect(hrefs).toEqual(site.ads.map((a) => a.path));
    expect(hrefs.filter((h) => h.startsWith('/private/ad/'))).toHaveLength(4);
  });

  it('serves newest ads first', () => {
    const dates = site.ads.map((a) => a.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
