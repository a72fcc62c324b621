/**
 * Rules from the real-structure corpus (issue 7), each with the cases an adversary would write:
 * trade names the page's own data states, Next.js flight data and Nuxt's function-built state,
 * shop names, number words, offer-preparer labels, a salesperson's "(Name)", a seller card's
 * name above its membership line, and pager lines that are no phone. All values are synthetic.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';
import { jsLiteralToJson, parseBlob } from '../../../lambdas/collect/extract/embedded.js';
import { nameAboveStatus } from '../../../lambdas/collect/extract/layout.js';
import { plausibleName } from '../../../lambdas/collect/extract/names.js';

const URL_ = 'https://www.annonser.example/item/4471';
const found = foundAt(URL_, 'NO');
const names = (html: string, country = 'NO'): string[] => found(html, country, 'name');
const state = (data: unknown): string => `<script>window.__INITIAL_STATE__ = ${JSON.stringify(data)};</script>`;

describe('trade names stated by the page’s data are no person’s', () => {
  it('an agent object typed as an agency gives its phone but no name, in the data or in its seller card', () => {
    const html =
      state({ offer: { agent: { accountType: 'agency', companyName: 'Vostok MS', name: 'Vostok MS', phone: '+7 916 437 47 53' } } }) +
      page('<div class="agent-card"><span class="agent-name">Vostok MS</span></div>');
    expect(found(html, 'RU')).toEqual(['phone +79164374753']);
  });

  it('a party typed private keeps its name', () => {
    expect(names(state({ ad: { seller: { type: 'private', name: 'Anna Berg' } } }))).toEqual(['name anna berg']);
  });

  it('a shop called "Maria" on a result page (its card flagged professional) is not stored, in the data or its card', () => {
    const html =
      state({
        ads: [
          { professionalAd: true, pay: { transactionalSellerName: 'Maria' } },
          { professionalAd: false, pay: { transactionalSellerName: 'Hanna Lind' } },
        ],
      }) + page('<div class="card"><p class="ad-seller"><span class="sellerName">Maria</span></p></div>');
    expect(names(html, 'BR')).toEqual(['name hanna lind']);
  });

  it('a business flag covers its own object, not a list of other items under it', () => {
    expect(names(state({ isProfessional: true, items: [{ seller: { name: 'Eva Lind' } }] }))).toEqual(['name eva lind']);
  });

  it('a dealer’s contact person is a person; the dealer’s company name is not, also in its card', () => {
    const html =
      state({ listings: [{ seller: { type: 'Dealer', companyName: 'Carwell', contactName: 'Rosa Novak' } }] }) +
      page('<div class="list-seller"><span class="seller_name" data-testid="dealer-company-name">Carwell</span></div>');
    expect(names(html, 'NL')).toEqual(['name rosa novak']);
  });

  it('an agent under an agency flag is a person', () => {
    expect(names(state({ listing: { isAgency: true, agent: { name: 'Per Hansen' } } }))).toEqual(['name per hansen']);
  });

  it('a sole trader whose company bears their name keeps it when the data gives it as the contact person', () => {
    expect(names(state({ seller: { companyName: 'Anna Berg', contactPerson: 'Anna Berg' } }))).toEqual(['name anna berg']);
  });

  it('a vehicle type word on the ad does not make its contact a business', () => {
    expect(names(state({ ad: { type: 'commercial', contact: { name: 'Lars Holm' } } }))).toEqual(['name lars holm']);
    expect(names(state({ ad: { isCommercial: true, seller: { name: 'Anna Berg' } } }))).toEqual(['name anna berg']);
  });

  it('a business flag set to false changes nothing', () => {
    expect(names(state({ ad: { professionalAd: false, isPro: false, seller: { name: 'Anna Berg' } } }))).toEqual(['name anna berg']);
  });

  it('a name key that ends in "sellerName" is a seller’s name', () => {
    expect(names(state({ card: { transactionalSellerName: 'Tilda Kowal' } }))).toEqual(['name tilda kowal']);
  });
});

describe('embedded state that is not a JSON assignment', () => {
  it('reads Next.js flight data (self.__next_f.push)', () => {
    const props = { ad: { description: 'x'.repeat(200), seller: { name: 'Eva Lind', phone: '070-174 06 56' } } };
    const chunk = `5:["$","div",null,${JSON.stringify(props)}]`;
    const html = `<script>self.__next_f.push(${JSON.stringify([1, chunk])})</script>`;
    expect(found(html, 'SE')).toEqual(['name eva lind', 'phone +46701740656']);
  });

  it('reads the object a Nuxt state function returns, its variables bound to the arguments of the call', () => {
    const html =
      '<script>window.__NUXT__=(function(a,b){cc[0]={link:a};' +
      'return {data:[{agence:{libelle:"Signal",tel:"01 99 00 12 34",ville:a,ouvert:!0}}],seller:{name:b}}}("Paris","Code Person"));</script>';
    expect(found(html, 'FR')).toEqual(['name code person', 'phone +33199001234']);
  });

  it('turns a JavaScript object literal into JSON, and refuses code', () => {
    const json = jsLiteralToJson(`{a:.5,b:!0,c:!1,d:void 0,e:'it\\'s "ok"',f:x,"g":[1,-.25,1.5,2e-3],h:"\\u002F\\x41"}`);
    expect(JSON.parse(json!)).toEqual({ a: 0.5, b: true, c: false, d: null, e: `it's "ok"`, f: null, g: [1, -0.25, 1.5, 0.002], h: '/A' });
    expect(jsLiteralToJson('{a:f(1)}')).toBeUndefined();
    expect(jsLiteralToJson('{a:/re/g}')).toBeUndefined();
    expect(jsLiteralToJson('{a:`t`}')).toBeUndefined();
    expect(parseBlob({ source: 's', text: 'window.__NUXT__=(function(){return {a:b.c}}())' })).toEqual([]);
  });
});

describe('plausibleName: shop names, acronyms, handles, number words', () => {
  it.each(['Total Tech', 'JM Vendas', 'Outlet do Notebook', 'LKW', 'BMW', 'lulibrecho', 'nordicmotors', 'Сегедская десять', 'Villa zwei'])(
    'rejects %j',
    (n) => {
      expect(plausibleName(n, true)).toBe(false);
    },
  );
  // People named like trade words, numbers or acronyms stay names.
  it.each(['Otto Berg', 'Anna Sieben', 'Ola Bishop', 'Rhonda Lee', 'Vlk', 'Ng', 'Maria dos Santos', 'Jan ten Hove', 'Lena kessler', 'Павло', 'Ciclana de Souza', 'Tess Mart'])(
    'accepts %j',
    (n) => {
      expect(plausibleName(n, true)).toBe(true);
    },
  );
});

describe('names in dealers’ and agencies’ wording', () => {
  it('takes the person after "Ofertę przygotował:"', () => {
    expect(names(page('<div>OFERTĘ PRZYGOTOWAŁ:</div><div>Lina Rossi<br>tel. 881 469 501</div>'), 'PL')).toEqual(['name lina rossi']);
  });

  it('takes no department after it', () => {
    expect(names(page('<div>Ofertę przygotował:</div><div>Dział Sprzedaży</div>'), 'PL')).toEqual([]);
  });

  it.each([
    ['<p>For prøvetur bedes du kontakte vor Brand Manager (Anton) på mail.</p>', ['name anton']],
    ['<p>Bedes Du Kontakte Vor Nissan Brand Manager (Anton) På Mail: x@example.org</p>', ['name anton']],
    ['<p>Kontakt vores Sales Manager (EMEA) for info</p>', []],
    ['<p>Brand Manager (Anton) har skrevet denne tekst</p>', []],
    ['<p>Kontakt vor Manager (Nissan) i dag</p>', []],
  ])('a salesperson’s (Name) after a contact verb: %s', (html, expected) => {
    expect(names(page(html), 'DK')).toEqual(expected);
  });
});

describe('a seller card’s name above its presence or membership line', () => {
  it('takes the name on a card without a name mark', () => {
    const html = page('<div class="userbox"><h4><a href="/u">Павло</a></h4><span>Онлайн</span> <span>на OLX с июня 2015</span></div>');
    expect(names(html, 'UA')).toEqual(['name павло']);
  });

  it.each([
    ['a heading', '<div class="seller-info"><h3>Om selgeren</h3><p>Medlem siden 2015</p></div>'],
    ['a company', '<div class="seller-box"><b>Autohaus Nord GmbH</b><p>Mitglied seit 2010</p></div>'],
    ['a seller type', '<div class="seller-box"><b>Privat</b><p>Member since 2019</p></div>'],
    ['a year that is no membership', '<div class="seller-box"><h3>Öffnungszeiten</h3><p>Gegründet seit 1998</p></div>'],
    ['a label', '<div class="seller-box"><b>Kontakt:</b><p>Medlem siden 2012</p></div>'],
  ])('takes no name from %s', (_, body) => {
    expect(names(page(body))).toEqual([]);
  });

  it('reads the line above the status, past the presence word', () => {
    expect(nameAboveStatus(['Eva Lind', 'Online', 'Mitglied seit 03/2019'])).toBe('Eva Lind');
    expect(nameAboveStatus(['Eva Lind', 'Meine Anzeigen'])).toBeUndefined();
  });
});

describe('pager lines hold no phone', () => {
  it('a pager’s last page and "page / pages" read together are no number', () => {
    expect(found(page('<div class="pages">← Назад 1 2 3 4 5 ... 5 667 3 / 5 667 Вперед →</div>'), 'UA', 'phone')).toEqual([]);
  });

  it.each([
    ['a page word without page numbers', '<p>Se side 2 for bilder. Ring 412 83 920</p>', 'NO', ['phone +4741283920']],
    ['a version number beside "next"', '<p>Next version 1.2.3, call 06 12 34 56 78</p>', 'FR', ['phone +33612345678']],
  ])('keeps a phone beside %s', (_, body, country, expected) => {
    expect(found(page(body), country, 'phone')).toEqual(expected);
  });
});
