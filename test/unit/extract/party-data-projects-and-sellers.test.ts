/**
 * From the same fix round (see contact-lines-and-signatures.test.ts), in the pages' data: new-build
 * projects' developers, Chinese sites' "linkman", an offer's seller typed as a dealer under a
 * person's name, a JSON-LD graph's nodes cut from their "@context", and trade words of Brazil and
 * Turkey. Each with the cases an adversary would write; all values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.reality.example/vysledky', 'SK');
const ldJson = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('the advertiser of a new-build project is its developer', () => {
  it.each([
    [{ devProjects: [{ title: 'Zelené Terasy', advertiser: { id: 'p1', name: 'Zelené Terasy' } }] }, []],
    [{ developments: [{ advertiser: { name: 'Horné Sady Rezidencia' } }] }, []],
    [{ newProjects: [{ advertiser: { name: 'Anna Berg' } }] }, []],
    // An agent named beside the firm: a person, in a project too.
    [{ devProjects: [{ advertiser: { name: 'Ing. Jana Nováková', agencyName: 'Stavby Sever, s.r.o.' } }] }, ['name jana nováková']],
    // A project's own name beside the firm is not taken for an agent (no known given name first).
    [{ devProjects: [{ advertiser: { name: 'Zelené Terasy', agencyName: 'Stavby Sever, s.r.o.' } }] }, []],
    // Elsewhere the same object is an advertiser's, a person's.
    [{ advertisements: [{ advertiser: { name: 'Ing. Jana Nováková, RSc.', type: 'AGENT' } }] }, ['name jana nováková']],
    // A key that only names a project beside the advertiser is no list of projects.
    [{ projectId: '5', advertiser: { name: 'Jana Nováková' } }, ['name jana nováková']],
  ])('%j', (data, want) => {
    expect(found(page(`<h1>Byty</h1>${nextData(data)}`), 'SK', 'name')).toEqual(want);
  });
});

describe('"linkman", the contact person of Chinese sites\' data', () => {
  it.each([
    [{ infoid: 1, isbiz: false, linkman: '王先生' }, ['name 王先生']],
    [{ linkman: '李小红' }, ['name 李小红']],
    [{ linkMan: 'Anna Berg' }, ['name anna berg']],
    // A firm in the slot: refused as any trade name is.
    [{ linkman: '顺达房产中介有限公司' }, []],
  ])('%j', (data, want) => {
    expect(found(page(`<h1>二手房</h1>${nextData(data)}`), 'CN', 'name')).toEqual(want);
  });
});

describe("an offer's seller typed as a dealer under a person's name (a sole trader)", () => {
  const tr = foundAt('https://www.ilan.example/otomobil', 'TR');
  const offer = (seller: unknown): string =>
    page(`<h1>Audi A4</h1>${ldJson({ '@context': 'https://schema.org', '@type': 'Car', name: 'Audi A4', offers: { '@type': 'Offer', price: '500000', seller } })}`);
  it.each([
    [{ '@type': 'AutoDealer', name: 'Mehmet Yıldız', telephone: '+90-532-555-0142' }, ['name mehmet yıldız', 'phone +905325550142']],
    [{ '@type': 'AutoDealer', name: 'Elif Demir' }, ['name elif demir']],
    // Trade words, with the Turkish dotted capital I ("OTOMOTİV") and a closing full stop.
    [{ '@type': 'AutoDealer', name: 'MEHMET OTOMOTİV' }, []],
    [{ '@type': 'AutoDealer', name: 'Yıldız Oto Galeri' }, []],
    [{ '@type': 'AutoDealer', name: 'Mehmet Ticaret.' }, []],
    // One word, or four: no full name.
    [{ '@type': 'AutoDealer', name: 'Mehmet' }, []],
    [{ '@type': 'AutoDealer', name: 'Mehmet Yıldız Kaya Demir' }, []],
    // No known given name first.
    [{ '@type': 'AutoDealer', name: 'Anadolu Yıldızı' }, []],
  ])('%j', (seller, want) => {
    expect(tr(offer(seller)).filter((l) => !l.startsWith('address'))).toEqual(want);
  });

  it("is only an offer's seller: a listed business or an employer that opens with a given name is none", () => {
    const list = ldJson({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: { '@type': 'Restaurant', name: 'Rosa Negra' } },
        { '@type': 'ListItem', position: 2, item: { '@type': 'Restaurant', name: 'Hugo Laurent' } },
      ],
    });
    const employer = ldJson({ '@context': 'https://schema.org', '@type': 'Person', name: 'Ken Roe', worksFor: { '@type': 'Organization', name: 'Grace Marsh Law' } });
    const at = foundAt('https://www.guide.example/paris', 'FR');
    expect(at(page(`<h1>Top 10</h1>${list}`), 'FR', 'name')).toEqual([]);
    expect(at(page(`<h1>Lawyers</h1>${employer}`), 'US', 'name')).toEqual(['name ken roe']);
  });
});

describe("a JSON-LD graph's nodes found without their @context (a script's state holds the graph's list)", () => {
  const site = foundAt('https://www.reality.example/vysledky', 'SK');
  const state = (graph: unknown): string => `<script>window.__GRAPH__ = ${JSON.stringify(graph)};</script>`;
  const org = {
    '@type': 'Organization',
    '@id': 'https://www.reality.example/#/schema/Organization/1',
    url: 'https://www.reality.example/',
    name: 'Reality.example',
    contactPoint: [{ '@type': 'ContactPoint', telephone: '+421 2 5555 0142', email: 'kontakt@reality.example', contactType: 'Customer Support' }],
  };

  it("is the site's own organisation: its support line and mailbox are not a seller's", () => {
    // The graph's list alone, as a streamed payload that cut the block leaves it to be read.
    const html = page(`<h1>Byty</h1>${state([org])}`);
    expect(site(html).filter((l) => l.startsWith('phone') || l.startsWith('email'))).toEqual([]);
  });

  it("still reads a seller's graph node (an agent's @id is no site root)", () => {
    const agent = { '@type': 'RealEstateAgent', '@id': 'https://www.reality.example/makler/77', name: 'Jana Nováková', telephone: '+421 903 555 123' };
    const html = page(`<h1>Byt</h1>${state([agent])}`);
    expect(site(html).filter((l) => l.startsWith('phone'))).toEqual(['phone +421903555123']);
  });

  it('an object with an "@type" but no URL "@id" is not taken for a graph node', () => {
    const html = page(`<h1>Byt</h1>${nextData({ seller: { '@type': 'user', '@id': '77', name: 'Jana Nováková', phone: '+421 903 555 123' } })}`);
    expect(site(html)).toContain('phone +421903555123');
  });
});

describe('trade words of Brazil and Turkey in an advertiser\'s name', () => {
  const br = foundAt('https://www.imoveis.example/venda/bh', 'BR');
  it.each([
    ['Lima Imóveis', []],
    ['Norte Imóveis.', []],
    ['Vieira Corretora', []],
    ['Alfa Empreendimentos', []],
    ['Costa Administradora de Imóveis', []],
    ['Ana Costa', ['name ana costa']],
  ])('%j', (name, want) => {
    expect(br(page(`<h1>Apartamentos</h1>${nextData({ listings: [{ advertiser: { name } }] })}`), 'BR', 'name')).toEqual(want);
  });

  it('"Tüm İlanlar" (all ads), a tab beside the private sellers\' filter, is no name', () => {
    const tr = foundAt('https://www.ilan.example/otomobil', 'TR');
    const html = page(
      `<h1>Audi A4</h1><ul><li class="active"><a href="/otomobil" title="Tüm İlanlar">Tüm İlanlar</a></li><li><a href="/otomobil?sahibinden">Sahibinden</a></li></ul>`,
    );
    expect(tr(html, 'TR', 'name')).toEqual([]);
  });
});

/*
 * From a fix round on the thirteenth sealed round (estate portals of Ukraine and Slovakia, letting
 * agencies' own sites): a listing card's author box, and an offer whose seller is the site itself.
 */
describe("a listing card's author box is the advertiser's (an ad's poster, not an article's writer)", () => {
  const ua = foundAt('https://www.orenda.example/ua/flats-rent/', 'UA');
  const card = (cls: string): string =>
    page(
      `<h1>Оренда квартир</h1><div class="catalog-card"><div class="catalog-card-description">Здається квартира, 2 кімнати.</div>` +
        `<div class="${cls}"><img alt="Коваль Мирослава" src="a.jpg"><button class="button-link ${cls}-title">Коваль Мирослава</button><span>Рієлтор</span></div></div>`,
    );
  it.each(['catalog-card-author', 'ad-author', 'listing_author', 'offerAuthor'])('%s', (cls) => {
    expect(ua(card(cls), 'UA', 'name')).toEqual(['name коваль мирослава']);
  });
  it.each(['post-author', 'thread-author', 'head-author', 'article-author', 'comment-author'])('%s: not a seller box', (cls) => {
    expect(ua(card(cls), 'UA', 'name')).toEqual([]);
  });
});

describe("an offer whose seller is the site itself: the site's own lines are the seller's", () => {
  const own = foundAt('https://www.arriendos-norte.example/propiedad/local-12/', 'CO');
  const header = `<header><ul class="contact_details"><li><a href="tel:6045550142">604 555 0142</a></li><li><a href="mailto:arriendosnorte@correo.example">arriendosnorte@correo.example</a></li></ul></header>`;
  const product = (seller: unknown): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org/', '@type': 'Product', name: 'Local 12', offers: [{ '@type': 'Offer', price: '1200000', seller }] })}</script>`;
  const html = (seller: unknown): string => `<!doctype html><html><body>${header}<main><h1>Local comercial</h1>${product(seller)}</main></body></html>`;
  const contacts = (seller: unknown): string[] => own(html(seller)).filter((l) => l.startsWith('phone') || l.startsWith('email'));

  it('is the site (its url is the root): the header\'s line and mailbox are kept', () => {
    expect(contacts({ '@type': 'Organization', name: 'Arriendos Norte', url: 'https://www.arriendos-norte.example' })).toEqual([
      'email arriendosnorte@correo.example',
      'phone +576045550142',
    ]);
  });
  it.each([
    ['another firm (its own domain)', { '@type': 'Organization', name: 'Otra Inmobiliaria', url: 'https://www.otra.example' }],
    ['a page of the site, not its root', { '@type': 'Organization', name: 'Arriendos Norte', url: 'https://www.arriendos-norte.example/agentes/7' }],
    ['an auction house (it sells its consignors\' lots)', { '@type': 'Organization', name: 'Subastas Norte', url: 'https://www.arriendos-norte.example' }],
    ['no seller', undefined],
  ])('%s: the header is the platform\'s, not read', (_what, seller) => {
    expect(contacts(seller)).toEqual([]);
  });
});

describe('an estate agent typed RealEstateAgent under a person\'s full name is that broker', () => {
  const gb = foundAt('https://www.homes.example/for-sale/leeds', 'GB');
  const agentPage = (agent: unknown): string =>
    page(`<h1>2 bed flat</h1>${ldJson({ '@context': 'https://schema.org', '@type': 'Residence', name: '2 bed flat', broker: agent })}${ldJson({ '@context': 'https://schema.org', ...(agent as object) })}`);
  it.each([
    [{ '@type': 'RealEstateAgent', name: 'Emma Clarke' }, ['name emma clarke']],
    [{ '@type': ['RealEstateAgent', 'LocalBusiness'], name: 'James Whitfield' }, ['name james whitfield']],
    // The firms: a trade word, one word, or no known given name first.
    [{ '@type': 'RealEstateAgent', name: 'Clarke Estates' }, []],
    [{ '@type': 'RealEstateAgent', name: 'Emma Clarke Lettings' }, []],
    [{ '@type': 'RealEstateAgent', name: 'Emma Clarke Property Group Ltd' }, []],
    [{ '@type': 'RealEstateAgent', name: 'Whitfield' }, []],
    [{ '@type': 'RealEstateAgent', name: 'Northgate Homes' }, []],
    [{ '@type': 'RealEstateAgent', name: 'Clarke & Whitfield' }, []],
    // Other businesses under a name that opens with a given name are not taken for people.
    [{ '@type': 'Organization', name: 'Emma Clarke' }, []],
    [{ '@type': 'AutoDealer', name: 'James Whitfield' }, []],
    [{ '@type': 'Restaurant', name: 'Hugo Laurent' }, []],
  ])('%j', (agent, want) => {
    expect(gb(agentPage(agent), 'GB', 'name')).toEqual(want);
  });
});

describe('"userProfiles": the posters\' profiles of a page, unless under the visitor\'s own account', () => {
  const de = foundAt('https://www.autos.example/angebot/7', 'DE');
  const profiles = [{ name: 'Lena Roth', phone: '0171 5550142' }];
  it.each([
    [{ ad: { title: 'Golf' }, userProfiles: profiles }, ['name lena roth', 'phone +491715550142']],
    [{ ad: { title: 'Golf' }, currentUser: { userProfiles: profiles } }, []],
    [{ ad: { title: 'Golf' }, viewer: { userProfiles: profiles } }, []],
  ])('%j', (data, want) => {
    expect(de(page(`<h1>Golf</h1>${nextData(data)}`))).toEqual(want);
  });
});
