/**
 * From the 51st sealed round (found after its scoring):
 * - a Slovak property portal's result page whose cards show teasers while its JSON-LD holds each
 *   ad's whole text, the agent's contact block at its end; the block's strings carry raw line
 *   breaks (which JSON forbids, so the block was skipped whole) and the ad's HTML escaped once more
 *   ("&amp;nbsp;" inside a number); the agents sign with their academic titles ("Ing.", "Mgr.");
 * - a Bulgarian agency's ad whose page data names the broker's mailbox `brokerEmail`;
 * - a German city magazine's small ads, where a number follows the rent or the service charges
 *   ("NK 120 €. 0151 …") and a label before those values ("NK", "NR." for non-smokers) was read as
 *   the number's.
 * Every site, number, address and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = (url: string, html: string, country: string, kind?: string): string[] => foundAt(url, country)(html, country, kind);

const RESULTS = 'https://www.realitky.example/byty/predaj/';
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;
const resultPage = (blocks: string): string =>
  `<!doctype html><html><head>${blocks}</head><body><header><a href="/">Realitky</a> <a href="/prihlasenie">Prihlásenie</a> <a href="/pridat-inzerat">Pridať inzerát</a></header>` +
  '<main><h1>Byty na predaj</h1><ul><li>3-izbový byt, Petržalka, 245 000 €</li><li>2-izbový byt, Ružinov, 189 000 €</li></ul></main>' +
  '<footer>© 2024 Realitky</footer></body></html>';

/** An item list of the ads, their text under each offered thing's description, as the raw JSON text of the block. */
const itemList = (descriptions: string[], type = '["Product", "SingleFamilyResidence"]'): string =>
  `{"@context": "https://schema.org", "@type": ["ItemList"], "itemListElement": [${descriptions
    .map((d, i) => `{"@type": "WebPage", "mainEntity": {"@type": ${type}, "name": "Byt ${i + 1}", "description": "${d}", "offers": {"@type": "Offer", "price": 245000, "priceCurrency": "EUR"}}, "position": "${i + 1}"}`)
    .join(', ')}]}`;

const AD_TEXT = 'Ponúkame na predaj slnečný 3-izbový byt po rekonštrukcii.\n\nKontakt:\nMgr. Lucia Kováčová\n0905 123&amp;nbsp;456\nlucia.kovacova@reality-partner.example';

describe("the JSON-LD descriptions of the things offered, the ads' whole text", () => {
  it('are read as ad text, with their raw line breaks kept as lines and the escaped entities decoded', () => {
    expect(found(RESULTS, resultPage(ld(itemList([AD_TEXT]))), 'SK')).toEqual([
      'email lucia.kovacova@reality-partner.example',
      'name lucia kováčová',
      'phone +421905123456',
    ]);
  });

  it('and so when the block is valid JSON, its line breaks escaped', () => {
    expect(found(RESULTS, resultPage(ld(itemList([AD_TEXT.replace(/\n/g, '\\n')]))), 'SK', 'phone')).toEqual(['phone +421905123456']);
  });

  it('with a raw line break after an escaped quote in the same string', () => {
    const text = 'Byt \\"Slnečný\\" na predaj.\nVolajte 0905 123 456';
    expect(found(RESULTS, resultPage(ld(itemList([text]))), 'SK', 'phone')).toEqual(['phone +421905123456']);
  });

  it.each([
    ['the site\'s organisation', '{"@context": "https://schema.org", "@type": "Organization", "name": "Realitky", "url": "https://www.realitky.example/", "description": "Zákaznícka linka 0800 123 456, info@realitky.example"}'],
    ['the site itself', '{"@context": "https://schema.org", "@type": "WebSite", "name": "Realitky", "description": "Zákaznícka linka 0800 123 456"}'],
    ['an event (a promotion)', '{"@context": "https://schema.org", "@type": "Event", "name": "Deň otvorených dverí", "description": "Rezervácie na 0905 123 456"}'],
  ])('but not the description of %s', (_what, block) => {
    expect(found(RESULTS, resultPage(ld(block)), 'SK')).toEqual([]);
  });

  it('and so inside other page data (JSON-LD carried in a Next.js page\'s props)', () => {
    const data = nextData({ listing: { structuredData: { '@context': 'https://schema.org', '@type': ['Product', 'Apartment'], name: 'Byt 1', description: AD_TEXT } } });
    expect(found(RESULTS, resultPage(data), 'SK', 'email')).toEqual(['email lucia.kovacova@reality-partner.example']);
  });

  it('and a block broken in other ways is skipped, the others still read', () => {
    const broken = '{"@context": "https://schema.org", "@type": "Product", "description": "Volajte 0905 999 888" ,,}';
    expect(found(RESULTS, resultPage(ld(broken) + ld(itemList([AD_TEXT]))), 'SK', 'phone')).toEqual(['phone +421905123456']);
  });
});

describe('a name after Central European academic titles', () => {
  const body = (text: string): string => page(`<h1>3-izbový byt</h1><div class="description"><p>${text}</p></div>`);
  const AD = 'https://www.realitky.example/detail/3-izbovy-byt-petrzalka';

  it.each([
    ['SK', 'V prípade záujmu volajte 0905 123 456. Ing. Eva Nováková, realitná kancelária Dunaj Reality s.r.o.', 'name eva nováková'],
    ['SK', 'Obhliadky: Mgr. et Mgr. Zuzana Horváthová, MBA, realitná právnička, 0905 123 456', 'name zuzana horváthová'],
    ['SK', 'Mgr. Katarína Kováčová Vaša osobná realitná maklérka 0905 123 456', 'name katarína kováčová'],
    ['CZ', 'Kontaktujte naši makléřku, Bc. Petra Dvořáková, tel. 605 123 456.', 'name petra dvořáková'],
    ['AT', 'Ihr Ansprechpartner ist Mag. Thomas Huber, 0664 1234567.', 'name thomas huber'],
  ])('is a person\'s (%s): "%s"', (country, text, want) => {
    expect(found(AD, body(text), country, 'name')).toEqual([want]);
  });

  it.each([
    ['a firm named after its founder', 'Developer: Ing. Novák Stavby s.r.o., tel. 0905 123 456'],
    ['one word after the title', 'Projekt pripravil Ing. Novák, tel. 0905 123 456'],
  ])('but not %s', (_what, text) => {
    expect(found(AD, body(text), 'SK', 'name')).toEqual([]);
  });
});

describe("a broker's own fields in the page data", () => {
  it('give the broker\'s mailbox and line ("brokerEmail", "brokerPhone")', () => {
    const data = nextData({ property: { id: 204817, propertyData: { brokerDisplayName: 'Office Varna', brokerPhone: '+359 88 555 0142', brokerEmail: 'i.petrova@agency.example' } } });
    expect(found('https://www.agency.example/bg/204817', page(`<h1>Двустаен апартамент</h1>${data}`), 'BG')).toEqual([
      'email i.petrova@agency.example',
      'phone +359885550142',
    ]);
  });
});

describe('a label before a value that comes before the number', () => {
  const AD = 'https://www.stadtmagazin.example/kleinanzeigen/biete-wohnen';
  const ad = (text: string): string => page(`<h1>Biete Wohnen</h1><div class="anzeige">${text}</div>`);

  it.each([
    ['the service charges', '2-Zimmer-Wohnung zur Zwischenmiete, 390 € KM. NK 120 €. 0152 34719920', 'phone +4915234719920'],
    ['the rent after "NR." (non-smokers)', 'Zimmer zur Zwischenmiete, möbliert, ab sofort, NR. WLAN, all-in 510€. 0176/4829317', 'phone +491764829317'],
  ])('names that value, not the number (%s)', (_what, text, want) => {
    expect(found(AD, ad(text), 'DE', 'phone')).toEqual([want]);
  });

  it.each([
    ["an ad's number in groups", 'Anzeigen-Nr. 2847 5193 6'],
    ['a number right after an id label', 'Objekt-Nr. 0171 2345678'],
  ])('but still names %s', (_what, text) => {
    expect(found(AD, ad(text), 'DE', 'phone')).toEqual([]);
  });
});
