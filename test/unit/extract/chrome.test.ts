import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

const extract = (html: string, url = 'https://www.bilsalg.example/annonse/7788', country = 'NO') =>
  extractFindings(html, { url, country }).map((f) => `${f.kind} ${f.value}`);

describe('site chrome', () => {
  it('reads nothing from the page header, navigation, footer and cookie banner', () => {
    const html = `<body>
      <header class="site-header"><a href="/">Bilsalg</a><nav><a>Kontakt Oss</a><a>Selger: Hjelp</a></nav></header>
      <div id="onetrust-banner-sdk"><p>Spørsmål om personvern? Skriv til personvern@bilsalg.example eller ring 22 86 40 31.</p></div>
      <main><h1>Volvo V70</h1><p>Selger: Ola Nordmann</p><p>Ring 412 83 920</p></main>
      <footer><p>Kundeservice: 22 86 40 32 · kontakt@bilsalg-group.example</p><p>Kontakt: Bilsalg AS</p></footer>
    </body>`;
    expect(extract(html)).toEqual(['phone +4741283920', 'name ola nordmann']);
  });

  it('reads nothing from "similar ads" and recommendation blocks, wherever they are', () => {
    const html = `<main><article><p>Selger: Ola Nordmann</p>
      <section class="similar-ads"><div class="card"><p>Selger: Kari Hansen</p><p>Ring 913 84 720</p><p>Reg.nr: EL 54321</p></div></section>
      <div data-testid="recommendations-carousel"><p>Tlf 915 22 330</p></div>
    </article></main>`;
    expect(extract(html)).toEqual(['name ola nordmann']);
  });

  it('reads nothing from "similar ads" blocks whose class names them in another language', () => {
    for (const cls of ['podobne-inzeraty', 'podobneInzeraty', 'aehnliche-anzeigen', 'lignende-annonser', 'liknande', 'vergelijkbare-advertenties', 'similaires', 'annunci-simili']) {
      const html = `<main><article><p>Selger: Ola Nordmann</p>
        <section class="${cls}"><div class="card"><p>Selger: Kari Hansen</p><p>Ring 913 84 720</p><p>VIN WVWZZZ1KZAW000001</p></div></section>
      </article></main>`;
      expect([cls, extract(html)]).toEqual([cls, ['name ola nordmann']]);
    }
  });

  it('keeps a block whose class only contains such a word inside another (a seller "kontaktpodobne" is not a token start)', () => {
    const html = `<main><article><div class="seller-contactpodobne"><p>Selger: Ola Nordmann</p><p>Ring 412 83 920</p></div></article></main>`;
    expect(extract(html).sort()).toEqual(['name ola nordmann', 'phone +4741283920']);
  });

  it('a <header> or <footer> inside the article is part of the ad, not chrome', () => {
    const html = `<article><header><h1>Volvo V70</h1><p>Selger: Ola Nordmann</p></header><p>Pris 45 000 kr</p>
      <footer><p>Ring 412 83 920</p></footer></article>`;
    expect(extract(html)).toEqual(['phone +4741283920', 'name ola nordmann']);
  });

  it('drops a side column but keeps the seller card inside it', () => {
    const html = `<main><h1>Sofa</h1></main>
      <aside><div class="seller-card"><span class="seller-card__name">Per Hansen</span><a href="tel:+4741283920">Ring</a></div></aside>
      <aside class="ads"><p>Annonse: ring 22 33 44 55 for reklame</p></aside>`;
    expect(extract(html)).toEqual(['name per hansen', 'phone +4741283920']);
  });

  it('treats what follows the page footer as chrome (print copies, hotlines), unless it is the seller’s card', () => {
    const html = `<body><main><p>Selger: Ola Nordmann</p></main><footer id="app-footer"></footer>
      <div class="print-only">Spørsmål? Ring 22 86 40 33 eller 913 84 721</div>
      <div class="modal"><div class="seller-contact"><a href="tel:+4741283920">Ring</a></div></div></body>`;
    expect(extract(html).sort()).toEqual(['name ola nordmann', 'phone +4741283920']);
  });

  it('knows header, footer and navigation classes behind a BEM namespace prefix ("b-footer", "l-header")', () => {
    const html = `<body><div class="l-header"><a>Kontakt Oss</a><p>Ring 22 86 40 34</p></div>
      <main><p>Selger: Ola Nordmann</p></main>
      <div class="b-footer"><ul class="e-footer-menu"><li><a href="https://leads.example">Call Monitor</a></li>
      <li><a>Ring Kundeservice</a> 22 86 40 35</li></ul></div><div class="c-nav"><a>Contact Sales</a></div></body>`;
    expect(extract(html)).toEqual(['name ola nordmann']);
  });

  it('reads a BEM-prefixed header inside the content, and no other prefix makes chrome of a block', () => {
    const html = `<body><main><article><div class="c-header"><p>Selger: Ola Nordmann</p><p>Ring 412 83 920</p></div></article></main>
      <div class="ab-footer"><p>Selger: Per Hansen</p></div></body>`;
    expect(extract(html).sort()).toEqual(['name ola nordmann', 'name per hansen', 'phone +4741283920']);
  });

  it('still reads the ad’s JSON-LD and embedded data when they sit in the chrome', () => {
    const html = `<footer><script type="application/ld+json">{"@type":"Car","vehicleIdentificationNumber":"YV1SW61R521234567"}</script>
      <script>window.__INITIAL_STATE__={"ad":{"seller":{"name":"Ola Nordmann"}}};</script></footer>`;
    expect(extract(html).sort()).toEqual(['name ola nordmann', 'vin YV1SW61R521234567']);
  });
});

describe('seller boxes', () => {
  it.each([
    ['<div class="seller-info"><h3 class="seller-info__name">Anna Berg</h3></div>', 'DE'],
    ['<section data-testid="advertiser-box"><p data-testid="advertiser-name">Anna Berg</p></section>', 'DE'],
    ['<div class="c-vendeur"><span class="nom">Anna Berg</span></div>', 'FR'],
    ['<div id="sprzedawca"><strong class="name">Anna Berg</strong></div>', 'PL'],
  ])('reads the name element of %s', (html, country) => {
    expect(extract(html, 'https://www.example.de/a/1', country)).toEqual(['name anna berg']);
  });

  it('reads every card’s seller on a search page (each is an advertiser), but not a business name', () => {
    const cards = ['Ana Lima', 'Bruno Reis', 'Carla Dias']
      .map((n) => `<li class="adcard"><div class="seller-info"><span class="seller-info__name">${n}</span></div></li>`)
      .join('');
    const dealer = '<li class="adcard"><div class="seller-info"><span class="seller-info__name">Total Tech Ltda</span></div></li>';
    expect(extract(`<ul>${cards}${dealer}</ul>`, 'https://www.example.com.br/busca?q=x', 'BR')).toEqual(['name ana lima', 'name bruno reis', 'name carla dias']);
  });

  it('does not take seller-type words, buttons or member-since lines for a name', () => {
    const html = `<div class="seller-box">
      <span class="seller-name">Privat</span><span class="seller-type-name">Gewerblicher Anbieter</span>
      <span class="seller-username">bil_ola88</span><button class="name">Nachricht senden</button></div>`;
    expect(extract(html, 'https://www.example.de/a/1', 'DE')).toEqual([]);
  });
});

describe("the platform's own contacts", () => {
  const url = 'https://www.kleinanzeigen-beispiel.de/s-anzeige/golf/2847519361';

  it('drops addresses at the page’s registrable domain and role addresses, in the content too', () => {
    const html = `<main><p>Fragen zur Anzeige? hilfe@kleinanzeigen-beispiel.de · datenschutz@konzern.example</p>
      <p>E-Mail: max.muster@example.de</p></main>`;
    expect(extract(html, url, 'DE')).toEqual(['email max.muster@example.de']);
  });

  it('subdomains count as the same site (Public Suffix List, e.g. .co.uk)', () => {
    const html = '<p>Email help@support.motors-example.co.uk or seller: jo.bloggs@example.co.uk</p>';
    expect(extract(html, 'https://www.motors-example.co.uk/ad/1', 'GB')).toEqual(['email jo.bloggs@example.co.uk']);
  });

  it('drops a platform address elsewhere in the page state (its account manager), keeps one under the seller', () => {
    const state = (data: unknown): string => `<script>window.__INITIAL_STATE__ = ${JSON.stringify(data)};</script>`;
    const manager = state({ ad: { manager: { name: 'Anna Berg', email: 'anna.berg@ads.kleinanzeigen-beispiel.de' } } });
    expect(extract(manager, url, 'DE').filter((f) => f.startsWith('email'))).toEqual([]);
    const seller = state({ ad: { seller: { email: 'verkauf@kleinanzeigen-beispiel.de' } }, support: { email: 'max@kleinanzeigen-beispiel.de' } });
    expect(extract(seller, url, 'DE')).toEqual(['email verkauf@kleinanzeigen-beispiel.de']);
    const contact = state({ listing: { contacts: [{ email: 'team@kleinanzeigen-beispiel.de' }] } });
    expect(extract(contact, url, 'DE')).toEqual(['email team@kleinanzeigen-beispiel.de']);
  });

  it('drops the phone beside a platform address in the page state (the platform’s account manager), not the seller’s', () => {
    const state = (data: unknown): string => `<script>window.__INITIAL_STATE__ = ${JSON.stringify(data)};</script>`;
    const html = state({
      ad: {
        manager: { email: 'anna.berg@ads.kleinanzeigen-beispiel.de', phone: '+49 30 2084 5511' },
        seller: { phone: '+49 171 3920012' },
        partner: { email: 'info@autohaus-beispiel.example', phone: '+49 30 2084 5512' },
      },
    });
    expect(extract(html, url, 'DE').sort()).toEqual(['email info@autohaus-beispiel.example', 'phone +491713920012', 'phone +493020845512']);
  });

  it('keeps the phone beside a platform address under the seller (the platform sells its own car)', () => {
    const html = `<script>window.__INITIAL_STATE__ = ${JSON.stringify({ ad: { seller: { email: 'verkauf@kleinanzeigen-beispiel.de', phone: '+49 30 2084 5513' } } })};</script>`;
    expect(extract(html, url, 'DE').sort()).toEqual(['email verkauf@kleinanzeigen-beispiel.de', 'phone +493020845513']);
  });

  it('keeps them when the seller’s own data carries them (the platform sells its own car)', () => {
    const html = `<div class="dealer-box"><p>Autohaus Beispiel GmbH</p><p>verkauf@kleinanzeigen-beispiel.de</p></div>`;
    expect(extract(html, url, 'DE')).toEqual(['email verkauf@kleinanzeigen-beispiel.de']);
  });
});
