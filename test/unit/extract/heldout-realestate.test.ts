/**
 * Rules from a held-out check on real estate pages (agents' ads and result pages, general goods
 * listings): the logged-in visitor's own session in embedded state, estate agents' trade names,
 * role words where a name would be, and trade names with a bracketed branch. Each with the cases
 * an adversary would write; all values are synthetic (example.* domains, fiction ranges).
 */
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { foundAt, nextData, page } from './found.js';
import { plausibleName } from '../../../lambdas/collect/extract/names.js';

const URL_ = 'https://www.homes.example/for-sale/house-main-street/4471';
const found = foundAt(URL_, 'IE');

const seller = { seller: { name: 'Ciara Byrne', phone: '01 555 0142' } };
const visitor = { name: 'Visitor Person', email: 'visitor@example.com', user_details: { name: 'Visitor Person', email: 'visitor@example.com', verifiedPhone: '353851110000' } };

describe('the logged-in visitor’s session in embedded state is not a party of the ad', () => {
  it.each([
    ['an OAuth access token', { access_token: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' }],
    ['an OpenID Connect id token', { idToken: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' }],
    ['a refresh token', { refreshToken: 'r-1f2e3d' }],
    ['an OpenID Connect preferred_username claim', { preferred_username: 'vperson', sub: '0f1e2d3c' }],
    ['a logged-in flag that is true', { isLoggedIn: true }],
    ['an authenticated flag that is "true"', { authenticated: 'true' }],
  ])('a "user" object that carries %s is skipped, with what it holds', (_, session) => {
    const html = nextData({ user: { ...visitor, ...session }, listing: seller });
    expect(found(html)).toEqual(['name ciara byrne', 'phone +35315550142']);
  });

  it('the same session under a list of parties ("contacts": [...]) is skipped, the other parties read', () => {
    const html = nextData({ listing: { contacts: [{ ...visitor, accessToken: 'tok-1' }, { name: 'Ciara Byrne', phone: '01 555 0142' }] } });
    expect(found(html)).toEqual(['name ciara byrne', 'phone +35315550142']);
  });

  it.each([
    ['a logged-in flag that is false', { isLoggedIn: false }],
    ['a logged-in flag that is "false"', { loggedIn: 'false' }],
    ['an empty token', { access_token: '' }],
    ['no session sign at all', {}],
  ])('a seller’s "user" object with %s is still the seller', (_, extra) => {
    const html = nextData({ ad: { user: { name: 'Ciara Byrne', phone: '01 555 0142', ...extra } } });
    expect(found(html)).toEqual(['name ciara byrne', 'phone +35315550142']);
  });

  it('a token beside the ad at the root of the state does not hide the ad’s seller', () => {
    const html = nextData({ accessToken: 'tok-1', isLoggedIn: true, listing: seller });
    expect(found(html)).toEqual(['name ciara byrne', 'phone +35315550142']);
  });
});

describe('estate agents’ trade names and role words are no person’s name', () => {
  it.each(['Jim Kelly Auctioneers', 'Walsh Midlands Office', 'Dunne Lettings', 'Harbour Properties', 'Kovacs Ingatlan', 'Novak Reality'])(
    'refuses "%s" as a seller object’s name, keeps its phone',
    (name) => {
      const html = nextData({ listings: [{ listing: { seller: { name, phone: '090 555 0142' } } }] });
      expect(found(html)).toEqual(['phone +353905550142']);
    },
  );

  it.each(['Agent', 'Owner', 'Landlord', 'Realtor', 'Vermieter', 'Propriétaire'])('refuses the role word "%s" after a contact verb', (role) => {
    expect(found(page(`<p>Call ${role}: 01 555 0142</p>`), 'IE', 'name')).toEqual([]);
    expect(plausibleName(role)).toBe(false);
  });

  it('still takes a person’s name after the same contact verb, and people whose names hold such letters', () => {
    expect(found(page('<p>Please contact Maeve to discuss, 01 555 0142</p>'), 'IE', 'name')).toEqual(['name maeve']);
    // Surnames that contain a trade word or a role word are not the word itself.
    for (const n of ['Agenta Officer', 'Ann Owens', 'Tom Branchflower', 'Rita Properzi']) expect(plausibleName(n, true), n).toBe(true);
  });
});

describe('a trade name the page’s data states with a bracketed branch', () => {
  const data = nextData({ property: { account: { organisation: 'Harbour Kinsella (Northside)', officePhone: { displayNumber: '+353 59 555 0142' } } } });

  it('refuses the name without its branch in the page’s text ("Contact Harbour Kinsella (Northside)")', () => {
    expect(found(data + page('<h3>Contact Harbour Kinsella (Northside)</h3><p>+353 59 555 0142</p>'))).toEqual(['phone +353595550142']);
  });

  it('a business key with its name as a string ("organisation": "...") is noted as a trade name, not stored', () => {
    expect(found(data + page('<p>Contact Harbour Kinsella, 059 555 0142</p>'), 'IE', 'name')).toEqual([]);
  });

  it('does not refuse a different person who shares a word with the trade name', () => {
    expect(found(data + page('<p>Please contact Mary Kinsella, 059 555 0143</p>'), 'IE', 'name')).toEqual(['name mary kinsella']);
  });
});

describe('an agency’s own site: its address beside the seller’s number is the seller’s', () => {
  const url = 'https://www.agency-example.ie/listing/12-main-street/';
  const extract = (html: string): string[] =>
    extractFindings(html, { url, country: 'IE' })
      .filter((f) => f.kind === 'email')
      .map((f) => f.value)
      .sort();
  const agentBox = '<div class="listing-agent"><div class="agent-name">Ciara Byrne</div><span>01 555 0142</span></div>';
  const block = (phone: string, email: string): string => `<div class="icon-box"><h4>Get in touch</h4><span>${phone}</span>
<span>${email}</span></div>`;

  it('keeps the site’s address shown in one contact block with the seller’s phone', () => {
    expect(extract(page(agentBox + block('01 555 0142', 'office@agency-example.ie')))).toEqual(['office@agency-example.ie']);
  });

  it('finds the address when it is written with character references (a WordPress anti-spam spelling)', () => {
    const html = page(agentBox + block('01 555 0142', '&#111;ffice&#64;agency-example&#46;ie'));
    expect(extract(html)).toEqual(['office@agency-example.ie']);
  });

  it('drops it beside a number that is not the seller’s (a marketplace’s hotline)', () => {
    const html = page(agentBox + block('01 555 0199', 'office@agency-example.ie'));
    expect(extract(html)).toEqual([]);
    // The hotline is a valid number the extractor reads (beside a third party's address it is kept): the address is
    // dropped for being beside it, not for want of a number. On the line of the site's address, the hotline is the
    // site's too, and is dropped as well.
    const beside = (email: string): boolean =>
      extractFindings(page(agentBox + block('01 555 0199', email)), { url, country: 'IE' }).some((f) => f.value === '+35315550199');
    expect(beside('ciara.byrne@mail.example')).toBe(true);
    expect(beside('office@agency-example.ie')).toBe(false);
  });

  it('drops it when no seller phone is known, even beside a number', () => {
    expect(extract(page(block('01 555 0142', 'office@agency-example.ie')))).toEqual([]);
  });

  it('drops it when the seller’s number is further away than the block (another part of the page)', () => {
    const far = '<p>Spacious family home.</p><p>Large garden.</p><p>Close to schools.</p><p>Viewing advised.</p>';
    expect(extract(page(agentBox + far + '<p>office@agency-example.ie</p>'))).toEqual([]);
  });

  it('never keeps a role address (privacy, support, no-reply) of the site, even beside the seller’s number', () => {
    expect(extract(page(agentBox + block('01 555 0142', 'privacy@agency-example.ie')))).toEqual([]);
    expect(extract(page(agentBox + block('01 555 0142', 'noreply@agency-example.ie')))).toEqual([]);
  });
});

describe('estate agents’ profiles, broker objects, academic titles and Vue-bound state', () => {
  const url = 'https://reality.agency-example.cz/detail/prodej/dum/x/4471/';
  const cz = (html: string, kind?: string): string[] =>
    extractFindings(html, { url, country: 'CZ' })
      .filter((f) => kind === undefined || f.kind === kind)
      .map((f) => `${f.kind} ${f.value}`)
      .sort();

  it.each([
    ['/makler/detail/jana-horakova/0f0f/', 'Jana Horáková'],
    ['/profil-realitniho-maklere/jana-horakova-7001', 'Jana Horáková'],
    ['/agents/jana-horakova', 'Jana Horáková'],
    ['/broker/3003', 'Jana Horáková'],
  ])('reads the agent’s name from a link to the profile %s', (href, text) => {
    expect(cz(page(`<h3>Kontaktujte prodejce</h3><h2><a href="${href}">${text}</a></h2>`), 'name')).toEqual(['name jana horáková']);
  });

  it.each([
    ['/agents/search', 'Find An Agent'],
    ['/agent/contact', 'Contact Seller'],
    ['/agents/kelly-auctioneers', 'Kelly Auctioneers'],
    ['/makler/', 'Makléři'],
    ['/agents/buy?from=advert', 'Подробнее'],
    ['/makler/detail/7001', 'Detail'],
  ])('takes no name from the agent link %s reading "%s"', (href, text) => {
    expect(cz(page(`<p><a href="${href}">${text}</a></p>`), 'name')).toEqual([]);
  });

  it.each([
    ['Mgr. Jana Horáková', 'jana horáková'],
    ['Dr. Anna Berg', 'anna berg'],
    ['Dipl.-Ing. Anna Berg', 'anna berg'],
  ])('stores "%s" (a profile link) without the academic title', (shown, stored) => {
    expect(cz(page(`<p><a href="/profil/7001">${shown}</a></p>`), 'name')).toEqual([`name ${stored}`]);
  });

  it('strips stacked titles too ("Ing. Mgr." in a seller card’s name element)', () => {
    const html = page('<div class="agent-info"><span class="agent-name">Ing. Mgr. Jana Horáková</span></div>');
    expect(cz(html, 'name')).toEqual(['name jana horáková']);
  });

  it('keeps names that only begin like a title (Ingrid, Drahomír, Bc without a dot is not stripped from a word)', () => {
    expect(cz(page('<div class="agent-info"><a href="/profil/7001">Ingrid Horáková</a></div>'), 'name')).toEqual(['name ingrid horáková']);
    expect(cz(page('<div class="agent-info"><a href="/profil/1862">Drahomír Novák</a></div>'), 'name')).toEqual(['name drahomír novák']);
  });

  const state = {
    id: 1001,
    broker: { id: 3003, name: 'Jana Horáková', email: 'jana.horakova@agency-example.cz', phone: '+420 601 555 014' },
    mortgageAdviser: { id: 2002, name: 'Petr Svoboda', email: 'hypoteky@example.cz' },
  };
  const attr = (json: unknown): string => JSON.stringify(json).replace(/"/g, '&quot;');

  it('reads a Vue component’s bound prop (":property") as embedded state; a broker object is the seller', () => {
    const html = page(`<x-listing-detail :property="${attr(state)}"></x-listing-detail>`);
    expect(cz(html)).toEqual(['email jana.horakova@agency-example.cz', 'name jana horáková', 'phone +420601555014']);
  });

  it('reads "v-bind:" props the same way, and ignores a bound prop that is a JavaScript expression', () => {
    expect(cz(page(`<x-detail v-bind:listing="${attr(state)}"></x-detail>`), 'name')).toEqual(['name jana horáková']);
    expect(cz(page(`<x-detail :class="{ active: isOpen }" :listing="listing"></x-detail>`))).toEqual([]);
  });

  it.each(['mortgageAdviser', 'financingPartner', 'insuranceContact', 'hypotekaSpecialist'])('never reads the %s offered beside the broker', (key) => {
    const adviser = { [key]: { name: 'Petr Svoboda', email: 'petr.svoboda@example.cz', phone: '+420 601 555 099' } };
    expect(cz(page(`<x-detail :property="${attr(adviser)}"></x-detail>`))).toEqual([]);
    expect(cz(`<script>window.__INITIAL_STATE__ = ${JSON.stringify({ listing: adviser })};</script>`)).toEqual([]);
  });

  it('does not read a bound prop in the site’s chrome (a footer component)', () => {
    expect(cz(`<main><p>Dům</p></main><footer><x-office :office="${attr({ broker: { name: 'Jana Horáková' } })}"></x-office></footer>`)).toEqual([]);
  });
});

describe('a seller card without a marked name element: the agent’s photo and the same line', () => {
  const names = (html: string): string[] => found(page(html), 'CZ', 'name');
  const card = (alt: string, line: string): string =>
    `<div class="sidebar__agent-info"><h3>Kontaktujte makléře</h3><a href="/reality/office/x/"><img src="/p/1.jpg" alt="${alt}"></a>` +
    // The number is behind a button, as agents' cards often show it: no "name, then number" line to go by.
    `<p><a href="/reality/office/x/"><strong>${line}</strong></a><br><button>Zobrazit telefon</button></p></div>`;

  it('takes the alt text when the card also shows it as a whole line', () => {
    expect(names(card('Jana Horáková', 'Jana Horáková'))).toEqual(['name jana horáková']);
  });

  it.each([
    ['the card shows another text', 'Jana Horáková', 'Realitní makléřka'],
    ['the alt is a caption, not a name', 'Foto makléře', 'Foto makléře'],
    ['the alt is a trade name', 'Horák Reality', 'Horák Reality'],
  ])('takes nothing when %s', (_, alt, line) => {
    expect(names(card(alt, line))).toEqual([]);
  });

  it('takes nothing from the same photo and line outside a seller card', () => {
    expect(names('<div class="gallery"><img src="/p/1.jpg" alt="Jana Horáková"><p>Jana Horáková</p></div>')).toEqual([]);
  });
});
