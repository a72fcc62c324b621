/**
 * Numbers and addresses on a page that are not an advertiser's: a platform's proxy or
 * call-tracking number beside the seller's own, the marketplace's organisation in JSON-LD on a
 * city's subdomain, the company's privacy officer in a layer of its legal texts, the footer's
 * number in the page data under a longer key, a "mail this ad" link's body, a form's example
 * address, and a card's object id that reads as a national number. Each with what an adversary
 * brings against the rule: the seller's own number beside the proxy, a dealer's own subdomain,
 * an ad's "payment terms", a seller's e-mail in a mailto link with a recipient, a real domain
 * that only contains an example word. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

describe('a platform’s proxy or call-tracking number beside the seller’s own', () => {
  const found = foundAt('https://www.homes.example/property/4242', 'AE');
  it('keeps the mobile and drops "proxyMobile", "trackingNumber", "virtualPhone"', () => {
    const html = page('<p>Flat</p>') + nextData({ hits: [{ title: 'Flat', phoneNumber: { mobile: '+971 50 123 4567', proxyMobile: '+971 52 765 4321', trackingNumber: '+971 4 765 4321', virtualPhone: '+971 4 222 3333' } }] });
    expect(found(html, 'AE', 'phone')).toEqual(['phone +971501234567']);
  });
});

describe('the marketplace’s organisation in JSON-LD, on a subdomain of it', () => {
  const org = (url: string): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'Organization', url, contactPoint: { '@type': 'ContactPoint', contactType: 'customer service', telephone: '+971 4 381 2759' } })}</script>`;
  it('a city’s subdomain page: the registrable domain’s organisation is the site’s own', () => {
    expect(foundAt('https://dubai.market.example/motors/', 'AE')(page('<p>Cars</p>') + org('https://www.market.example/'), 'AE', 'phone')).toEqual([]);
  });
  it('a dealer’s subdomain is not the marketplace: on the marketplace’s page, the dealer’s organisation is kept', () => {
    expect(foundAt('https://www.market.example/cars/1', 'AE')(page('<p>Cars</p>') + org('https://dealer.market.example/'), 'AE', 'phone')).toEqual(['phone +97143812759']);
  });
  it('nor is a sibling subdomain the site of a page on another subdomain', () => {
    expect(foundAt('https://dubai.market.example/cars/1', 'AE')(page('<p>Cars</p>') + org('https://dealer.market.example/'), 'AE', 'phone')).toEqual(['phone +97143812759']);
  });
});

describe('the site’s legal texts in a layer or a tab', () => {
  const found = foundAt('https://www.auction.example/list', 'KR');
  it.each([
    ['a terms layer', '<div class="layer layer-cmm-terms-info"><p>연락처: 02-555-0191</p><p>전자우편: cs@group.example</p></div>'],
    ['a personal-data terms tab', '<div class="personalTerms present_trms"><p>이메일 : privacy_desk@group.example</p><p>연락처 : 02-555-0192</p></div>'],
    ['a privacy policy', '<section class="privacy-policy"><p>Data protection officer: dpo@group.example, 02-555-0193</p></section>'],
  ])('%s', (_, layer) => {
    expect(found(page(`<p>Lot 12</p>${layer}`), 'KR').filter((f) => !f.startsWith('name'))).toEqual([]);
  });
  it('a dealer’s legal notice ("impressum") is not cut: it names the dealer', () => {
    const html = page('<p>Auto</p><div class="impressum"><p>Telefon: 030 1234567</p></div>');
    expect(foundAt('https://www.autohaus.example/fahrzeug/1', 'DE')(html, 'DE', 'phone')).toEqual(['phone +49301234567']);
  });
});

describe('the footer in the page data under a longer key', () => {
  const found = foundAt('https://www.homes.example/expose/4242', 'DE');
  it('"footerData", "spearHeadNavigation": skipped; the ad’s agent kept', () => {
    const html = page('<p>Wohnung</p>') + nextData({ spearHeadNavigation: { footerData: { phone: '+49 40 5502817' } }, listing: { agent: { phone: '+49 172 1234567' } } });
    expect(found(html, 'DE', 'phone')).toEqual(['phone +491721234567']);
  });
});

describe('"mail this ad" links, form examples and object ids', () => {
  const found = foundAt('https://www.homes.example/list', 'DE');
  it('a share link’s body is not read; a recipient before the "?" is', () => {
    const share = '<div data-mail-url="mailto:?subject=Haus&amp;body=Kaufpreis: 268.000 €%0A18059 Papendorf%0ATel 0381 1234567"></div>';
    expect(found(page(`<p>Haus</p>${share}`), 'DE')).toEqual([]);
    expect(found(page('<div data-mail-url="mailto:anna.berg@mail.example?subject=Haus"></div>'), 'DE', 'email')).toEqual(['email anna.berg@mail.example']);
  });
  it.each(["max@muster.de", 'name@domain.com', 'jan@przyklad.pl', 'email@yourdomain.com'])('a form’s example %s', (address) => {
    expect(found(page(`<p title="E-Mail in Form '${address}'">*</p>`), 'DE', 'email')).toEqual([]);
  });
  it('a real domain that only contains an example word is kept', () => {
    expect(found(page('<p>E-Mail: anna@musterhaus-berlin.de</p>'), 'DE', 'email')).toEqual(['email anna@musterhaus-berlin.de']);
  });
  it('a card’s object id ("data-oid", "data-sid") that reads as a national number is no phone anywhere on the page', () => {
    const card = '<article data-oid="047730118"><span data-sid="047730118"></span><img title="Bild zur Immobilie 047730118"></article>';
    expect(found(page(`<p>Haus</p>${card}`), 'DE', 'phone')).toEqual([]);
  });
  it('the same digits as a seller’s stated number elsewhere stay a phone when the seller’s data says so', () => {
    const html = page('<p>Haus</p><article data-oid="047730118"></article>') + nextData({ listing: { seller: { phone: '0477 30118' } } });
    expect(found(html, 'DE', 'phone')).toEqual(['phone +4947730118']);
  });
});

describe('a mailto link scrambled with ROT13 beside the address it hides', () => {
  const found = foundAt('https://www.jobs.example/job/4242', 'FI');
  it('the link’s scrambled address is dropped, the shown one kept', () => {
    expect(found(page('<p>Hakemukset: <a href="mailto:naan.oret@rknzcyr.pbz">anna.berg@example.com</a></p>'), 'FI', 'email')).toEqual(['email anna.berg@example.com']);
  });
  it('a mailto link whose address the page does not show scrambled is kept', () => {
    expect(found(page('<p><a href="mailto:anna.berg@example.com">Sähköposti</a> tai eva@example.com</p>'), 'FI', 'email')).toEqual(['email anna.berg@example.com', 'email eva@example.com']);
  });
});
