/**
 * HTML for the demo classifieds site. The generator (generate.ts) decides WHAT an ad shows and
 * in which spelling; this file only turns that model into markup. Two renderers produce the ad
 * body: `renderArticle` on the server for ordinary ads, and the inline script in
 * `renderJsAdPage` in the browser for JavaScript-rendered ads. Both emit the same structure:
 *
 *   article.ad[data-ad-body]
 *     h1
 *     div.offer > p.price + section.seller (.seller-name, .seller-nick, .seller-address, ul.contacts)
 *     p.meta                  (decoys: FINN-kode, location)
 *     section.description > p*
 *     dl.facts
 */
import type { AdCategory, AdCountry, AdLang } from './data.js';

/** A value shown on the page: text, a link (tel:/mailto:), or pre-escaped HTML (entity-obfuscated e-mail). */
export type ValueNode =
  | { readonly t: 'text'; readonly text: string; readonly prop?: string }
  | {
      readonly t: 'link';
      readonly href: string;
      readonly text: string;
      /** Microdata property; wraps the link text when `meta` is absent. */
      readonly prop?: string;
      /** When the link text is not the value ("Ring selger"), microdata carries it in a <meta>. */
      readonly meta?: string;
    }
  | { readonly t: 'html'; readonly html: string };

export interface ContactLine {
  readonly kind: 'phone' | 'email';
  readonly label: string;
  readonly node: ValueNode;
}

export interface AddressView {
  /** Street line as displayed, e.g. "Storgata 1". */
  readonly street: string;
  /** Separator between street line and postal line as displayed: ", " or with extra whitespace. */
  readonly sep: string;
  readonly postcode: string;
  /** City as displayed (sometimes upper-case, as on Norwegian letters). */
  readonly city: string;
}

export interface SellerView {
  readonly type: 'Person' | 'Organization';
  readonly name?: string;
  readonly nick?: string;
  readonly address?: AddressView;
  readonly contacts: readonly ContactLine[];
}

export interface Fact {
  readonly label: string;
  readonly value: string;
  readonly prop?: string;
}

/** Everything the ad body shows. Also the JSON blob a JavaScript-rendered ad decodes in the browser. */
export interface AdContent {
  readonly id: string;
  readonly country: AdCountry;
  readonly lang: AdLang;
  readonly category: AdCategory;
  readonly schemaType: string;
  readonly title: string;
  readonly price: { readonly text: string; readonly amount: number; readonly currency: string };
  /** Decoy line: "FINN-kode 284751936 · 0150 Oslo". */
  readonly meta: string;
  readonly paragraphs: readonly string[];
  readonly facts: readonly Fact[];
  readonly seller: SellerView;
}

/** Decoys every page footer shows (dates in two formats, ids, order numbers). */
export interface FooterInfo {
  readonly updatedIso: string;
  readonly updatedDmy: string;
  readonly lines?: readonly string[];
}

export const SITE_NAME = 'Demo Classifieds';

export function escText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

export function escAttr(s: string): string {
  return escText(s).replace(/"/g, '&quot;');
}

/** JSON inside <script>: "<" is escaped so no value can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function head(title: string, extra = ''): string {
  return [
    '<!doctype html>',
    '<html lang="nb">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escText(title)} | ${SITE_NAME}</title>`,
    ...(extra ? [extra] : []),
    '</head>',
    '<body>',
    '<header class="site">',
    `<a class="home" href="/listings/1">${SITE_NAME}</a>`,
    '<nav class="account"><a href="/private/account">Min side</a> <a href="/private/saved">Lagrede søk</a></nav>',
    '</header>',
  ].join('\n');
}

function foot(f: FooterInfo): string {
  return [
    '<footer class="site">',
    `<p>${SITE_NAME} – alle annonser og personer på dette nettstedet er fiktive. Kundeservice svarer hverdager 08–16.</p>`,
    ...(f.lines ?? []).map((l) => `<p class="ref">${escText(l)}</p>`),
    `<p class="updated">Sist oppdatert <time datetime="${f.updatedIso}">${f.updatedDmy}</time> (${f.updatedIso})</p>`,
    '</footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderNode(n: ValueNode, microdata: boolean): string {
  switch (n.t) {
    case 'text':
      return microdata && n.prop ? `<span itemprop="${n.prop}">${escText(n.text)}</span>` : escText(n.text);
    case 'link': {
      if (!microdata || !n.prop) return `<a href="${escAttr(n.href)}">${escText(n.text)}</a>`;
      if (n.meta !== undefined) {
        return `<a href="${escAttr(n.href)}">${escText(n.text)}</a><meta itemprop="${n.prop}" content="${escAttr(n.meta)}">`;
      }
      return `<a href="${escAttr(n.href)}"><span itemprop="${n.prop}">${escText(n.text)}</span></a>`;
    }
    case 'html':
      return n.html;
  }
}

function renderSeller(s: SellerView, microdata: boolean): string {
  const md = (attrs: string): string => (microdata ? ` ${attrs}` : '');
  const out: string[] = [`<section class="seller"${md(`itemprop="seller" itemscope itemtype="https://schema.org/${s.type}"`)}>`, '<h2>Selger</h2>'];
  if (s.name !== undefined) out.push(`<p class="seller-name"${md('itemprop="name"')}>${escText(s.name)}</p>`);
  if (s.nick !== undefined) {
    out.push(`<p class="nick-line">Brukernavn: <span class="seller-nick"${md('itemprop="alternateName"')}>${escText(s.nick)}</span></p>`);
  }
  if (s.address !== undefined) {
    const a = s.address;
    out.push(
      microdata
        ? `<p class="seller-address" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">${escText(a.street)}</span>${escText(a.sep)}<span itemprop="postalCode">${escText(a.postcode)}</span> <span itemprop="addressLocality">${escText(a.city)}</span></p>`
        : `<p class="seller-address">${escText(a.street)}${escText(a.sep)}${escText(a.postcode)} ${escText(a.city)}</p>`,
    );
  }
  if (s.contacts.length > 0) {
    out.push('<ul class="contacts">');
    for (const c of s.contacts) {
      out.push(`<li class="contact-${c.kind}">${escText(c.label)}: ${renderNode(c.node, microdata)}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** The server-side ad body (non-JavaScript ads). */
export function renderArticle(c: AdContent, microdata: boolean): string {
  const md = (attrs: string): string => (microdata ? ` ${attrs}` : '');
  const out: string[] = [
    `<article class="ad" data-ad-body data-ad-id="${c.id}" data-country="${c.country}" lang="${c.lang}"${md(`itemscope itemtype="https://schema.org/${c.schemaType}"`)}>`,
    `<h1${md('itemprop="name"')}>${escText(c.title)}</h1>`,
    `<div class="offer"${md('itemprop="offers" itemscope itemtype="https://schema.org/Offer"')}>`,
    `<p class="price">${microdata ? `<meta itemprop="price" content="${c.price.amount}"><meta itemprop="priceCurrency" content="${c.price.currency}">` : ''}${escText(c.price.text)}</p>`,
    renderSeller(c.seller, microdata),
    '</div>',
    `<p class="meta">${escText(c.meta)}</p>`,
    `<section class="description"${md('itemprop="description"')}>`,
    ...c.paragraphs.map((p) => `<p>${escText(p)}</p>`),
    '</section>',
  ];
  if (c.facts.length > 0) {
    out.push('<dl class="facts">');
    for (const f of c.facts) {
      out.push(`<dt>${escText(f.label)}</dt><dd${f.prop ? md(`itemprop="${f.prop}"`) : ''}>${escText(f.value)}</dd>`);
    }
    out.push('</dl>');
  }
  out.push('</article>');
  return out.join('\n');
}

export interface AdPageInput {
  readonly content: AdContent;
  readonly path: string;
  readonly listingPage: number;
  readonly microdata: boolean;
  /** schema.org object for a <script type="application/ld+json">, or undefined. */
  readonly jsonLd?: unknown;
  readonly footer: FooterInfo;
}

function breadcrumbs(listingPage: number): string {
  return `<p class="breadcrumbs"><a href="/listings/${listingPage}">Tilbake til resultatene (side ${listingPage})</a></p>`;
}

export function renderAdPage(p: AdPageInput): string {
  const ld = p.jsonLd === undefined ? '' : `<script type="application/ld+json">${scriptJson(p.jsonLd)}</script>`;
  return [
    head(p.content.title, [`<link rel="canonical" href="${escAttr(p.path)}">`, ld].filter(Boolean).join('\n')),
    '<main>',
    breadcrumbs(p.listingPage),
    renderArticle(p.content, p.microdata),
    '</main>',
    foot(p.footer),
  ].join('\n');
}

/**
 * The browser-side renderer of JavaScript-rendered ads. `__BLOB__` is replaced by the base64 of
 * the UTF-8 JSON of the AdContent, so the identifiers are not in the HTML a plain fetch sees.
 * It renders after a short timeout, like a single-page app waiting for its data.
 * Plain ES5-style JavaScript on purpose: it runs as-is in any browser and in tests (node:vm).
 */
const JS_RENDERER = `(function () {
  'use strict';
  var blob = '__BLOB__';
  function decode(b64) {
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return JSON.parse(new TextDecoder('utf-8').decode(bytes));
  }
  function t(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
  function a(s) { return t(s).replace(/"/g, '&quot;'); }
  function node(n) {
    if (n.t === 'html') return n.html;
    if (n.t === 'link') return '<a href="' + a(n.href) + '">' + t(n.text) + '</a>';
    return t(n.text);
  }
  function render() {
    var d = decode(blob), s = d.seller, h = [], i;
    h.push('<article class="ad" data-ad-body data-ad-id="' + a(d.id) + '" data-country="' + a(d.country) + '" lang="' + a(d.lang) + '">');
    h.push('<h1>' + t(d.title) + '</h1>');
    h.push('<div class="offer">');
    h.push('<p class="price">' + t(d.price.text) + '</p>');
    h.push('<section class="seller">');
    h.push('<h2>Selger</h2>');
    if (s.name !== undefined) h.push('<p class="seller-name">' + t(s.name) + '</p>');
    if (s.nick !== undefined) h.push('<p class="nick-line">Brukernavn: <span class="seller-nick">' + t(s.nick) + '</span></p>');
    if (s.address !== undefined) h.push('<p class="seller-address">' + t(s.address.street) + t(s.address.sep) + t(s.address.postcode) + ' ' + t(s.address.city) + '</p>');
    if (s.contacts.length > 0) {
      h.push('<ul class="contacts">');
      for (i = 0; i < s.contacts.length; i++) h.push('<li class="contact-' + a(s.contacts[i].kind) + '">' + t(s.contacts[i].label) + ': ' + node(s.contacts[i].node) + '</li>');
      h.push('</ul>');
    }
    h.push('</section>');
    h.push('</div>');
    h.push('<p class="meta">' + t(d.meta) + '</p>');
    h.push('<section class="description">');
    for (i = 0; i < d.paragraphs.length; i++) h.push('<p>' + t(d.paragraphs[i]) + '</p>');
    h.push('</section>');
    if (d.facts.length > 0) {
      h.push('<dl class="facts">');
      for (i = 0; i < d.facts.length; i++) h.push('<dt>' + t(d.facts[i].label) + '</dt><dd>' + t(d.facts[i].value) + '</dd>');
      h.push('</dl>');
    }
    h.push('</article>');
    document.getElementById('app').innerHTML = h.join('\\n');
  }
  setTimeout(render, 30);
})();`;

export function encodeBlob(content: AdContent): string {
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64');
}

export interface JsAdPageInput {
  readonly content: AdContent;
  readonly path: string;
  readonly listingPage: number;
  readonly footer: FooterInfo;
}

export function renderJsAdPage(p: JsAdPageInput): string {
  return [
    head(p.content.title, `<link rel="canonical" href="${escAttr(p.path)}">`),
    '<main>',
    breadcrumbs(p.listingPage),
    '<div id="app"></div>',
    '<noscript><p>Denne annonsen krever JavaScript.</p></noscript>',
    `<script id="ad-app">${JS_RENDERER.replace('__BLOB__', encodeBlob(p.content))}</script>`,
    '</main>',
    foot(p.footer),
  ].join('\n');
}

export interface ListingCard {
  readonly href: string;
  readonly title: string;
  readonly price: string;
  readonly location: string;
  readonly dateIso: string;
  readonly dateDmy: string;
  readonly id: string;
  /** e.g. ["2018", "123 456 km"] for cars. */
  readonly extras: readonly string[];
}

export interface ListingPageInput {
  readonly page: number;
  readonly pages: number;
  readonly totalAds: number;
  readonly cards: readonly ListingCard[];
  readonly footer: FooterInfo;
}

export function renderListingPage(p: ListingPageInput): string {
  const out: string[] = [
    head(`Bil, båt og elektronikk – side ${p.page} av ${p.pages}`),
    '<main>',
    '<h1>Bil, båt og elektronikk</h1>',
    `<p class="count">Side ${p.page} av ${p.pages} · ${p.totalAds} annonser</p>`,
    '<ul class="results">',
  ];
  for (const c of p.cards) {
    const bits = [
      `<span class="price">${escText(c.price)}</span>`,
      `<span class="location">${escText(c.location)}</span>`,
      `<time datetime="${c.dateIso}">${c.dateDmy}</time>`,
      `<span class="code">FINN-kode ${c.id}</span>`,
      ...c.extras.map((e) => `<span class="extra">${escText(e)}</span>`),
    ];
    out.push(`<li class="ad-card" data-id="${c.id}"><a class="ad-link" href="${escAttr(c.href)}">${escText(c.title)}</a><p class="card-meta">${bits.join(' · ')}</p></li>`);
  }
  out.push('</ul>', '<nav class="pager">');
  if (p.page > 1) out.push(`<a rel="prev" href="/listings/${p.page - 1}">Forrige side</a>`);
  out.push(`<span class="current">Side ${p.page}</span>`);
  if (p.page < p.pages) out.push(`<a rel="next" href="/listings/${p.page + 1}">Neste side</a>`);
  out.push('</nav>', '</main>', foot(p.footer));
  return out.join('\n');
}

/** The login-walled pages under /private/ (robots.txt disallows them). */
export function renderPrivatePage(title: string, footer: FooterInfo): string {
  return [head(title), '<main>', `<h1>${escText(title)}</h1>`, '<p>Logg inn for å fortsette.</p>', '<form method="post" action="/private/login"><button>Logg inn</button></form>', '</main>', foot(footer)].join('\n');
}
