import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { compileJsonPath, parseBlob } from '../../../lambdas/collect/extract/embedded.js';

const URL_ = 'https://www.annonser.example/item/4471';
const extract = (html: string, country = 'NO', rules?: Parameters<typeof extractFindings>[1]['rules']) =>
  extractFindings(html, { url: URL_, country, rules }).map((f) => `${f.kind} ${f.value}`);
const state = (name: string, data: unknown): string => `<script>window.${name} = ${JSON.stringify(data)};</script>`;

describe('embedded page data', () => {
  it('reads the seller of a Next.js page (__NEXT_DATA__)', () => {
    const html =
      '<script id="__NEXT_DATA__" type="application/json">' +
      JSON.stringify({
        props: { pageProps: { advert: { title: 'Opel Astra', price: 45900, user: { name: 'Jan Kowalski', phone: '512 345 679' } } } },
        buildId: 'a1b2c3',
      }) +
      '</script>';
    expect(extract(html, 'PL').sort()).toEqual(['name jan kowalski', 'phone +48512345679']);
  });

  it.each([
    ['__INITIAL_STATE__'],
    ['__PRELOADED_STATE__'],
    ['__NUXT__'],
    ['__APOLLO_STATE__'],
  ])('reads window.%s = {...} without evaluating it', (name) => {
    const html = state(name, { listing: { seller: { displayName: 'Eva Lind', email: 'eva.lind@example.se', mobile: '070-174 06 56' } } });
    expect(extract(html, 'SE').sort()).toEqual(['email eva.lind@example.se', 'name eva lind', 'phone +46701740656']);
  });

  it('reads any global assigned a JSON literal (window.FLUX_STATE, window["X"]), and a lower-case name in a name field', () => {
    const html =
      '<script>window.FLUX_STATE = {"adview":{"owner":{"type":"private","name":"leon"}}};</script>' +
      '<script>window["appData"] = {"listing":{"contact":{"phone":"06 12 34 56 78"}}};</script>';
    expect(extract(html, 'FR').sort()).toEqual(['name leon', 'phone +33612345678']);
  });

  it('skips analytics queues (window.dataLayer) and reads JSON in a data-* attribute of a script tag', () => {
    const html =
      '<script>window.dataLayer = [{"seller":{"name":"Tracked Name","phone":"+33 6 98 76 54 32"}}];</script>' +
      '<script id="initial-data" type="text/plain" data-json="{&quot;ad&quot;:{&quot;user&quot;:{&quot;name&quot;:&quot;Fulano Silva&quot;}}}"></script>';
    expect(extract(html, 'BR')).toEqual(['name fulano silva']);
  });

  it('reads every advertiser of a search page; a company or agency gives contacts but no name', () => {
    const ads = ['Ana Lima', 'Bruno Reis'].map((name, i) => ({ id: i, user: { name } }));
    const html = state('__INITIAL_STATE__', {
      search: { ads: [...ads, { id: 9, seller: { companyName: 'Auto Corsten B.V.', contactName: 'Carla Dias', phones: [{ phoneType: 'Office', formattedNumber: '+31 (0)13 537 3802' }] } }, { agency: { name: 'Smart Realty', phone: '+380 67 431 8229' } }] },
    });
    expect(extract(html, 'NL').sort()).toEqual(['name ana lima', 'name bruno reis', 'name carla dias', 'phone +31135373802', 'phone +380674318229']);
  });

  it('reads state assigned with JSON.parse("...") and several assignments in one script', () => {
    const inner = JSON.stringify({ ad: { contact: { name: 'Anna Berg', phone: '0171 8473915' } } });
    const html = `<script>var a=1;window.__INITIAL_STATE__=JSON.parse(${JSON.stringify(inner)});window.__CONFIG__={"x":1};</script>`;
    expect(extract(html, 'DE').sort()).toEqual(['name anna berg', 'phone +491718473915']);
  });

  it('reads e-mails that are only in <script type="application/json">, and JSON in data-* attributes', () => {
    const html =
      '<script type="application/json" data-hydrate>{"item":{"advertiser":{"email":"kontakt@bilhuset.example"}}}</script>' +
      `<div data-props='{"seller":{"name":"Per Hansen","phoneNumber":"+47 412 83 920"}}'></div>`;
    expect(extract(html).sort()).toEqual(['email kontakt@bilhuset.example', 'name per hansen', 'phone +4741283920']);
  });

  it('reads VINs and plates under their keys anywhere, and in label/value attribute lists', () => {
    const html = state('__INITIAL_STATE__', {
      vehicle: { vin: 'WVWZZZ1KZAW123456', licensePlate: 'EL 12345' },
      attributes: [
        { label: 'Kennzeichen', value: 'B-AB 1234' },
        { label: 'Erstzulassung', value: '08/2022' },
        { label: 'Fahrgestellnummer', value: 'WDB2030461A123456' },
      ],
    });
    expect(extract(html, 'DE').sort()).toEqual(['plate DE:BAB1234', 'plate DE:EL12345', 'vin WDB2030461A123456', 'vin WVWZZZ1KZAW123456']);
  });

  it('never reads the logged-in visitor, settings, translations, footer or similar ads', () => {
    const html = state('__INITIAL_STATE__', {
      currentUser: { name: 'Viewer Person', email: 'viewer@example.no' },
      config: { supportPhone: '+47 22 86 40 31', contact: { name: 'Kundeservice', email: 'help@example.no' } },
      i18n: { contact: { name: 'Kontakt oss' } },
      footer: { phone: '+47 22 86 40 32' },
      similarAds: [{ seller: { name: 'Other Seller', phone: '+47 913 84 720' } }],
      ad: { title: 'Sykkel', category: { name: 'Sport' }, location: { name: 'Oslo' } },
    });
    expect(extract(html)).toEqual([]);
  });

  it('never reads an "also viewed" list, however the key is spelt (also_view, alsoViewed)', () => {
    const html = state('__INITIAL_STATE__', {
      ad: { seller: { name: 'Kari Hansen', phone: '+47 412 83 920' } },
      also_view: [{ phones: [{ phone: '+47 913 84 721' }], manager: { name: 'Per Olsen', phone: '+47 913 84 722' } }],
      alsoViewed: [{ seller: { name: 'Ola Berg', phone: '+47 913 84 723' } }],
    });
    expect(extract(html).sort()).toEqual(['name kari hansen', 'phone +4741283920']);
  });

  it('never reads a store locator: a chain’s directory of its stores and branches, however the key is spelt', () => {
    const stores = [{ id: 7101, name: 'Bilhuset Nord', city: 'Tromsø', primaryPhone: '+47 22 86 40 41', phone: '+47 22 86 40 42' }];
    const html = state('__INITIAL_STATE__', {
      ad: { dealer: { name: 'Bilhuset Sentrum', phone: '+47 412 83 920' } },
      allStores: stores,
      nearby_stores: stores,
      storeLocator: { results: stores },
      branchDirectory: stores,
      otherDealerships: stores,
    });
    expect(extract(html)).toEqual(['phone +4741283920']);
  });

  it('still reads the ad’s own store, and a key that only looks like a directory', () => {
    const html = state('__INITIAL_STATE__', {
      listing: { store: { phone: '+47 412 83 920' } },
      storesLeft: 3,
      allStoresUrl: '/stores',
      locations: [{ seller: { phone: '+47 913 84 726' } }],
    });
    expect(extract(html).sort()).toEqual(['phone +4741283920', 'phone +4791384726']);
  });

  it('still reads a key that only starts like an "also viewed" list', () => {
    const html = state('__INITIAL_STATE__', { alsoViewer: { seller: { name: 'Kari Hansen', phone: '+47 412 83 920' } } });
    expect(extract(html).sort()).toEqual(['name kari hansen', 'phone +4741283920']);
  });

  it('does not take a party object’s nested names (city, category) or UI words for a name', () => {
    const html = state('__INITIAL_STATE__', {
      ad: { seller: { name: 'Privat', type: { name: 'Private' }, location: { name: 'Bergen' } } },
    });
    expect(extract(html)).toEqual([]);
  });

  it('joins firstName and lastName', () => {
    const html = state('__PRELOADED_STATE__', { ad: { owner: { firstName: 'Lars', lastName: 'Holm' } } });
    expect(extract(html, 'DK')).toEqual(['name lars holm']);
  });

  it('survives broken JSON, code that builds the state, unbalanced brackets and deep nesting', () => {
    const deep = '{"x":'.repeat(100_000) + '{"seller":{"name":"Deep Person"}}' + '}'.repeat(100_000);
    const html =
      '<script>window.__INITIAL_STATE__ = {"ad": {"seller": {"name": "Broken</script>' +
      '<script>window.__NUXT__=(function(a,b){return {seller:{name:a}}}(Broken(,1));</script>' +
      '<script>window.__X_STATE__ = {{{{[[[</script>' +
      `<script type="application/json">${deep}</script><script>window.__INITIAL_STATE__=${deep};</script>` +
      '<p>Ring 412 83 920</p>';
    expect(extract(html)).toEqual(['phone +4741283920']);
  });

  it('does not scan JSON in data-* attributes as text (ids in it are not phones)', () => {
    const html = `<div data-tracking='{"adId":284751936,"sellerId":91234568,"price":349000}'></div>`;
    expect(extract(html)).toEqual([]);
  });
});

describe('embedded page data: JSON kept as a string inside the data (a GraphQL client\'s SSR cache)', () => {
  const nextData = (data: unknown): string => `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;
  const cached = (result: unknown): unknown => ({ props: { pageProps: { urqlState: { '4412': { data: JSON.stringify(result), hasNext: false } } } } });

  it('reads the seller of a cached query result, and of a result cached inside a cached result', () => {
    const result = { advert: { title: 'BMW 320d', seller: { name: 'Rui Costa', phone: '912 345 678' } } };
    expect(extract(nextData(cached(result)), 'PT').sort()).toEqual(['name rui costa', 'phone +351912345678']);
    expect(extract(nextData(cached({ inner: JSON.stringify(result) })), 'PT').sort()).toEqual(['name rui costa', 'phone +351912345678']);
    // a list of objects, as a string
    expect(extract(state('__APOLLO_STATE__', { ads: JSON.stringify([result]) }), 'PT').sort()).toEqual(['name rui costa', 'phone +351912345678']);
  });

  it('keeps the walk\'s rules inside it: other ads, the visitor\'s session and a dealer\'s trade name', () => {
    const other = { seller: { name: 'Ana Lima', phone: '913 456 789' } };
    expect(extract(nextData({ props: { similarAds: JSON.stringify(other) } }), 'PT')).toEqual([]);
    expect(extract(nextData(cached({ currentUser: { name: 'Ana Lima', email: 'ana@example.com' } })), 'PT')).toEqual([]);
    const dealer = { advert: { seller: { isDealer: true, name: 'Auto Lima', phone: '913 456 789' } } };
    expect(extract(nextData(cached(dealer)), 'PT')).toEqual(['phone +351913456789']);
  });

  it('reads nothing from strings that only look like JSON, and does not fail on them', () => {
    for (const data of [
      '{"seller": {"name": "Rui Costa", "phone": "912 345 678"}', // no closing brace
      '{"seller": {"name": "Rui Costa", "phone": "912 345 678"}} trailing',
      '{"seller": {"name": "Rui Costa", "phone": 912 345 678}}', // not JSON
      "{'seller': {'name': 'Rui Costa'}}",
      '[1, 2, {"seller": {"name": "Rui Costa", "phone": "912 345 678"}}]', // not a list of objects
    ]) {
      expect(extract(nextData({ props: { data } }), 'PT'), data).toEqual([]);
    }
  });

  it('parses at most a bounded amount of such strings per page (a page cannot make the walk parse without end)', () => {
    const filler = JSON.stringify({ pad: 'x'.repeat(300_000) });
    const result = JSON.stringify({ advert: { seller: { name: 'Rui Costa', phone: '912 345 678' } }, pad: 'y'.repeat(250_000) });
    // seven strings of 300 kB come first and use up the budget (2 MB): the eighth, of 250 kB, is not parsed
    const over = nextData({ props: { a: filler, b: filler, c: filler, d: filler, e: filler, f: filler, g: filler, h: result } });
    expect(extract(over, 'PT')).toEqual([]);
    const under = nextData({ props: { a: filler, h: result } });
    expect(extract(under, 'PT').sort()).toEqual(['name rui costa', 'phone +351912345678']);
  });
});

describe('embedded page data: ad bodies', () => {
  const nextData = (data: unknown): string =>
    `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: data } })}</script>`;

  it('reads a number a seller wrote in an ad body that is only in the page data', () => {
    const html = nextData({
      items: [
        { kind: 'AdItem', subject: 'Switch game', body: 'INFO WHATSAPP 348 123 4567\nSpedizione gratuita', advertiser: { name: '', phone: '0' } },
        { kind: 'AdItem', subject: 'PC', description: 'Scrivete a mario.bianchi@example.it per info' },
      ],
    });
    expect(extract(html, 'IT').sort()).toEqual(['email mario.bianchi@example.it', 'phone +393481234567']);
  });

  it('takes no prices, years, mileages, ids or tax numbers from an ad body', () => {
    const html = nextData({
      ad: {
        description:
          'Prezzo 12 345 678 €\nAnno 2019, 123 456 km\nID annuncio 541278062\nP.IVA 05512345678\nConsegna 12.03.2024',
      },
    });
    expect(extract(html, 'IT')).toEqual([]);
  });

  it('does not read ad bodies under similar-ads, footer or translation subtrees', () => {
    const html = nextData({
      ad: { description: 'Bella macchina' },
      similarAds: [{ description: 'Chiamare 348 123 4567' }],
      footer: { body: 'Assistenza 02 1234 5678' },
      translations: { description: 'Numero verde 800 123 456 789' },
    });
    expect(extract(html, 'IT')).toEqual([]);
  });

  it('does not take an ad body for a name', () => {
    const html = nextData({ ad: { seller: { name: 'Anna Berg' }, description: 'Selges av Ola Nordmann, ring 912 34 567' } });
    expect(extract(html, 'NO').sort()).toEqual(['name anna berg', 'phone +4791234567']);
  });
});

describe('parseBlob', () => {
  it('reads a JSON literal after the assignment and ignores what follows it', () => {
    expect(parseBlob({ source: 's', text: 'window.__INITIAL_STATE__ = {"a":"}{\\"","b":[1,2]}; init();' })).toEqual([{ a: '}{"', b: [1, 2] }]);
  });

  it('gives nothing for scripts with no state', () => {
    expect(parseBlob({ source: 's', text: 'console.log("hi")' })).toEqual([]);
  });
});

describe('jsonPaths rules', () => {
  it('compiles dotted and bracketed paths', () => {
    expect(compileJsonPath('$.props.pageProps.ad.contacts[*].phone')).toEqual(['props', 'pageProps', 'ad', 'contacts', '*', 'phone']);
    expect(compileJsonPath("a['b'].c[0]")).toEqual(['a', 'b', 'c', '0']);
  });

  it('reads the value a source’s rule points at, even under a key the walker does not know', () => {
    const html = state('__INITIAL_STATE__', { ad: { kontaktinfo: [{ tlf: '412 83 920', hvem: 'Kari Nordmann' }] } });
    expect(extract(html)).toEqual([]);
    const rules = { fields: {}, jsonPaths: { phone: 'ad.kontaktinfo[*].tlf', name: ['ad.kontaktinfo.*.hvem'] } };
    expect(extractFindings(html, { url: URL_, country: 'NO', rules })).toEqual([
      { kind: 'phone', value: '+4741283920', origin: 'rule-json:ad.kontaktinfo.*.tlf' },
      { kind: 'name', value: 'kari nordmann', origin: 'rule-json:ad.kontaktinfo.*.hvem' },
    ]);
  });
});
