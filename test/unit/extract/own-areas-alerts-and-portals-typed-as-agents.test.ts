/**
 * From the 52nd sealed round (found after its scoring):
 * - a French agency's own result page whose only "account" control is the button of its alerts by
 *   e-mail ("Inscrivez-vous … pour recevoir nos nouveaux biens … S'inscrire"), and a US landlord's
 *   "Resident Login": read as marketplaces, so their own lines and mailboxes were dropped;
 * - a Vietnamese portal that types itself in JSON-LD as a `RealEstateAgent` beside each ad's own
 *   seller (a `Person` that `makesOffer`): read as an agency's own site, its help desk's line and
 *   mailbox kept as the seller's;
 * - an Azerbaijani marketplace's "Yeni elan" (new ad) button; a property's heading beside its
 *   favourite button read as a name; a web designer's mailbox in `<meta http-equiv="Reply-to">`.
 * Every site, number, address and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = (url: string, html: string, country: string, kind?: string): string[] => foundAt(url, country)(html, country, kind);

const site = (header: string, content: string, footer: string, head = ''): string =>
  `<!doctype html><html><head>${head}</head><body><header><nav><a href="/">Accueil</a> <a href="/acheter">Acheter</a>${header}</nav></header>` +
  `<main><h1>Appartements à vendre</h1><ul><li>T3 avec terrasse, 285 000 €</li><li>T2 lumineux, 189 000 €</li></ul>${content}</main>` +
  `<footer>${footer}</footer></body></html>`;

describe("an agency's own site whose only sign-up is its alerts by e-mail", () => {
  const OWN = 'https://www.terrasses-du-port.example/acheter';
  const FOOTER = '<p>Terrasses du Port · 12 quai des Belges · Marseille</p><p>Tél : 04 84 55 01 42</p><p><a href="mailto:vente@terrasses-du-port.example">vente@terrasses-du-port.example</a></p>';
  const ALERTS = '<div class="alerts"><p>Nos nouvelles annonces en avant-première</p><p>Inscrivez-vous avec votre adresse email pour recevoir nos nouveaux biens</p><input placeholder="Adresse email"><button>S\'inscrire</button></div>';

  it("is still the agency's: its footer's line and mailbox are the advertiser's", () => {
    expect(found(OWN, site('', ALERTS, FOOTER), 'FR')).toEqual(['email vente@terrasses-du-port.example', 'phone +33484550142']);
  });

  it.each([
    ['a sign-up with no subscription before it', '<div><button>S\'inscrire</button></div>', ''],
    ['a log-in link in the header beside the alerts', ALERTS, ' <a href="/connexion">Se connecter</a>'],
    ['a post-an-ad button beside the alerts', ALERTS, ' <a href="/deposer">Déposer une annonce</a>'],
  ])('but with %s it is a marketplace', (_what, content, header) => {
    expect(found(OWN, site(header, content, FOOTER), 'FR', 'email')).toEqual([]);
  });
});

describe("a landlord's own site with its residents' log-in", () => {
  const OWN = 'https://www.harborview-living.example/san-diego/harborview-park';
  const page = (control: string): string =>
    `<!doctype html><html><body><header><nav><a href="/">Home</a> ${control} <a href="/contact">Contact us</a></nav></header>` +
    '<main><h1>Harborview Park Apartments</h1><p>One and two bedroom homes near the bay.</p></main>' +
    '<footer><p>Harborview Living · 400 Bay Street · San Diego</p><p>(619) 555-0188</p><p>leasing@harborview-living.example</p></footer></body></html>';

  it.each([['Resident Login'], ['Tenant login'], ['Staff Login']])('"%s" is its own people\'s area, not a marketplace\'s', (control) => {
    expect(found(OWN, page(`<a href="/portal">${control}</a>`), 'US')).toEqual(['email leasing@harborview-living.example', 'phone +16195550188']);
  });

  it.each([['Log in'], ['Agent login'], ['Dealer Login']])('but "%s" is a marketplace\'s', (control) => {
    expect(found(OWN, page(`<a href="/portal">${control}</a>`), 'US', 'email')).toEqual([]);
  });
});

describe('a portal that types itself as an estate agent in JSON-LD', () => {
  const PORTAL = 'https://nhatro.example/can-tho/cho-thue-can-ho-id1940533';
  const siteNode = {
    '@context': 'https://schema.org',
    '@type': 'RealEstateAgent',
    name: 'Nhatro',
    url: 'https://nhatro.example',
    telephone: '+84-28-3555-0142',
    contactPoint: { '@type': 'ContactPoint', telephone: '+84-28-3555-0142', contactType: 'Customer Service', email: 'hotro@nhatro.example' },
  };
  const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  const page = (blocks: string): string => `<!doctype html><html><head>${blocks}</head><body><main><h1>Cho thuê căn hộ 2 phòng ngủ</h1></main></body></html>`;

  it("beside an ad's own seller who makes the offer, is the platform: only the seller's line is read", () => {
    const seller = { '@context': 'https://schema.org/', '@type': 'Person', name: 'Trần Minh', telephone: '0918 555 142', makesOffer: { '@type': 'Offer', itemOffered: { '@type': 'Apartment', name: 'Căn hộ 2 phòng ngủ' } } };
    expect(found(PORTAL, page(ld(siteNode) + ld(seller)), 'VN', 'phone')).toEqual(['phone +84918555142']);
    expect(found(PORTAL, page(ld(seller) + ld(siteNode)), 'VN', 'email')).toEqual([]);
  });

  it("beside an offer whose seller is another party, is the platform", () => {
    const offer = { '@context': 'https://schema.org', '@type': 'Offer', price: 5500000, seller: { '@type': 'Organization', name: 'Nha Dep Realty', url: 'https://nhadep.example', telephone: '0292 555 0177' } };
    expect(found(PORTAL, page(ld(siteNode) + ld(offer)), 'VN', 'phone')).toEqual(['phone +842925550177']);
  });

  it("but alone, or offering its own listings, is an agency's own site: its contacts are the seller's", () => {
    const own = { '@context': 'https://schema.org', '@type': 'Offer', price: 5500000, seller: { '@type': 'RealEstateAgent', name: 'Nhatro', url: 'https://nhatro.example' } };
    expect(found(PORTAL, page(ld(siteNode)), 'VN', 'email')).toEqual(['email hotro@nhatro.example']);
    expect(found(PORTAL, page(ld(siteNode) + ld(own)), 'VN', 'phone')).toEqual(['phone +842835550142']);
  });
});

describe('other signs', () => {
  it('"Yeni elan" (AZ, new ad) is a marketplace\'s control: its footer\'s mailbox is the platform\'s', () => {
    const html = site(' <a href="/elanlar/new">Yeni elan</a>', '', '<p>Bazar.example</p><p>info@bazar.example</p>');
    expect(found('https://bazar.example/elanlar', html, 'AZ', 'email')).toEqual([]);
  });

  it("a property's heading beside its favourite button in the contact box is no name", () => {
    const box =
      '<div class="community-header-contact-info"><h3><a href="/harborview-park">Harborview Park</a> <span class="anonymous-favorite"><a href="#" title="Favorite">Anonymous Favorite</a></span></h3><ul><li class="phone">(619) 555-0188</li></ul></div>';
    expect(found('https://www.harborview-living.example/san-diego/harborview-park', `<!doctype html><html><body><main><h1>Harborview Park</h1>${box}</main></body></html>`, 'US', 'name')).toEqual([]);
  });

  it("a web designer's mailbox in <meta http-equiv=\"Reply-to\"> is not the dealer's, as in <meta name=\"author\">", () => {
    const head = '<meta http-equiv="Reply-to" content="biuro@webstudio.example"><meta name="Author" content="Web Studio">';
    const html = site('', '<p>Wózki widłowe używane</p>', '<p>Tel. 601 555 014</p><p>biuro@wozki-serwis.example</p>', head);
    expect(found('https://www.wozki-serwis.example/', html, 'PL', 'email')).toEqual(['email biuro@wozki-serwis.example']);
  });
});
