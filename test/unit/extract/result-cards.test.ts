/**
 * Rules from an unseen-page check on estate agencies' result pages and their own sites (issue 7):
 * result cards' state with abbreviated contact-person keys, role labels before a card's name,
 * project and call-to-action words that are no name, header mega-menus, and an agency's own site
 * that lists its agents' addresses. Each with the cases an adversary would write; all values are
 * synthetic (example.* domains, fiction number ranges).
 */
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

const URL_ = 'https://www.homes.example/flats-for-sale-in-riverside';
const found = (html: string, country = 'IN', kind?: string, url = URL_): string[] =>
  extractFindings(html, { url, country })
    .filter((f) => kind === undefined || f.kind === kind)
    .map((f) => `${f.kind} ${f.value}`)
    .sort();
const names = (html: string, country = 'IN', url = URL_): string[] => found(html, country, 'name', url);
const state = (data: unknown): string => `<script>window.__PRELOADED_STATE__ = ${JSON.stringify(data)};</script>`;
const page = (body: string): string => `<!doctype html><html><body><main>${body}</main></body></html>`;

describe('result cards’ state: abbreviated contact-person keys', () => {
  it('reads "contName" of every card, also beside the card’s company name', () => {
    const html = state({
      results: [
        { id: 1, companyName: 'Riverside Homes', contName: 'Asha Verma', accountType: 'Agent' },
        { id: 2, companyName: 'Blue Door Realty', contName: 'Ravi Menon ' },
        { id: 3, contPerson: 'Nina Rao' },
      ],
    });
    expect(names(html)).toEqual(['name asha verma', 'name nina rao', 'name ravi menon']);
  });

  it('does not store a company or a role word written in that key', () => {
    const html = state({
      results: [
        { companyName: 'Riverside Homes', contName: 'Riverside Properties' },
        { companyName: 'Blue Door', contName: 'Owner' },
        { contName: 'Green Park Estates' },
      ],
    });
    expect(names(html)).toEqual([]);
  });

  it('does not read it in the page’s skipped subtrees (similar ads, the visitor’s session)', () => {
    const html = state({ similarAds: [{ contName: 'Asha Verma' }], currentUser: { contName: 'Visitor Person' } });
    expect(names(html)).toEqual([]);
  });

  it('leaves keys that only start alike alone ("content", "contNumber")', () => {
    const html = state({ results: [{ content: 'Asha Verma', contNumber: 'Nina Rao' }] });
    expect(names(html)).toEqual([]);
  });
});

describe('an agent’s result card names its building, project and developer: those are no person’s name', () => {
  const card = (inner: string): string =>
    page(`<div class="tile featured-agent"><div class="tile__agent--name">Asha Verma</div>${inner}</div>`);

  it.each([
    ['a society', '<a class="tile__society--name" href="/green-park-towers">Green Park Towers</a>'],
    ['a project', '<span class="project-name">Lake View Heights</span>'],
    ['a developer', '<a class="tile__developer--name"><span>Lakeside Meadows</span></a>'],
    ['a building', '<div class="building_name">Silver Oak</div>'],
    ['a locality', '<span class="localityName">Old Town</span>'],
  ])('%s’s name element is not read, the agent’s name still is', (_, inner) => {
    expect(names(card(inner))).toEqual(['name asha verma']);
  });

  it('still reads a person’s name element whose mark only contains such a word elsewhere ("property-card__agent-name")', () => {
    const html = page('<div class="property-card agent-box"><span class="property-card__agent-name">Ravi Menon</span></div>');
    expect(names(html)).toEqual(['name ravi menon']);
  });
});

describe('a header whose class carries the site’s short namespace ("zq-header", "xy_nav") is chrome', () => {
  const megaMenu = (cls: string): string =>
    `<div class="${cls}"><ul class="${cls}__list"><li><span>Services</span><div class="${cls}__panel">` +
    '<p class="col-title">Owners</p><p class="col-phone"><span>+91 98000 00101</span></p>' +
    '<p class="col-title">Partners</p><p class="col-phone"><span>022-5550142</span></p></div></li></ul></div>';
  const card = '<div class="card"><p>Call the owner on 98000 00199</p></div>';

  it.each([['zq-header'], ['xy_nav'], ['abc-menu'], ['hp-megamenu']])('the platform’s numbers in a "%s" drop-down are not read', (cls) => {
    expect(found(`<body>${megaMenu(cls)}${card}</body>`, 'IN', 'phone')).toEqual(['phone +919800000199']);
  });

  it('the ad’s own header ("ad-header") is not chrome', () => {
    const html = '<body><div class="ad-header"><h1>Two-room flat</h1><p>Call 98000 00101</p></div></body>';
    expect(found(html, 'IN', 'phone')).toEqual(['phone +919800000101']);
  });

  it('inside the content (main, article) such a class is not chrome either', () => {
    const html = '<body><main><div class="zq-header"><p>Call 98000 00101</p></div></main></body>';
    expect(found(html, 'IN', 'phone')).toEqual(['phone +919800000101']);
  });

  it('such a header that holds the seller’s box is kept (soft chrome)', () => {
    const html = '<body><div class="vi-header"><div class="seller-box"><p>Call 98000 00101</p></div></div></body>';
    expect(found(html, 'IN', 'phone')).toEqual(['phone +919800000101']);
  });

  it('a short namespace before "footer" is no chrome by itself ("ab-footer" may be a card’s)', () => {
    const html = '<body><div class="ab-footer"><p>Call 98000 00101</p></div></body>';
    expect(found(html, 'IN', 'phone')).toEqual(['phone +919800000101']);
  });

  it('a longer word before "header" is no namespace ("card-header", "seller-header")', () => {
    const html = '<body><div class="seller-header"><p>Call 98000 00101</p></div><div class="card-header"><p>Call 98000 00102</p></div></body>';
    expect(found(html, 'IN', 'phone')).toEqual(['phone +919800000101', 'phone +919800000102']);
  });
});

describe('words after a contact call-to-action are no name', () => {
  it('"Contact Builder", "Contact Developer": the party’s role, like "Contact Owner"', () => {
    const html = page('<div class="card"><h3>Lake View</h3><button>Contact Builder</button></div><div class="card"><button>Contact Developer</button></div>');
    expect(names(html)).toEqual([]);
  });

  it('still takes a person after the same verb ("Contact Asha Verma on ...")', () => {
    expect(names(page('<p>Contact Asha Verma on 98000 00101</p>'))).toEqual(['name asha verma']);
  });

  it('"Contact" alone above two different lines is a button on each block, not a label', () => {
    const html = page(
      '<div class="plan"><p>2 rooms</p><button>Contact</button><p>Layout coming soon</p></div>' +
        '<div class="plan"><p>1 room</p><button>Contact</button><h2>Sizes &amp; Prices Overview</h2></div>',
    );
    expect(names(html)).toEqual([]);
  });

  it('a label alone on a line with the same name under it twice (a seller box printed for mobile and desktop) is read', () => {
    const box = '<div class="box"><dl><dt>Contact</dt><dd>Asha Verma</dd></dl></div>';
    expect(names(page(box + box))).toEqual(['name asha verma']);
  });

  it('a label alone on one line is read as before', () => {
    expect(names(page('<dl><dt>Contact</dt><dd>Asha Verma</dd></dl>'))).toEqual(['name asha verma']);
  });
});

describe('a currency code before an amount is no name before a number', () => {
  it('"USD 315.500" under a "WhatsApp / Contact" button is a price', () => {
    const html = page('<div class="card"><p>WhatsApp</p><p>Consultar</p><p>USD 315.500</p><p>EUR 1 250 000</p></div>');
    expect(names(html, 'AR')).toEqual([]);
  });

  it('a person’s name before their number in the same place is still read', () => {
    const html = page('<div class="card"><p>WhatsApp</p><p>Consultar</p><p>Lucía 11 5555 0142</p></div>');
    expect(names(html, 'AR')).toEqual(['name lucía']);
  });
});

describe('the page’s footer marked "rootFooter" is chrome', () => {
  const footer = (attr: string): string =>
    `<div ${attr}><ul><li>Consumer protection office<br>E-mail: <a href="mailto:enquiries@consumer-office.example">enquiries@consumer-office.example</a></li></ul></div>`;

  it.each([['id="rootFooter"'], ['class="root-footer"'], ['class="root_header"']])('a third party’s mailbox in <div %s> is not read', (attr) => {
    const html = `<body><div class="results"><p>E-mail the owner: lina.sol@mail.example</p></div>${footer(attr)}</body>`;
    expect(found(html, 'AR', 'email')).toEqual(['email lina.sol@mail.example']);
  });

  it('inside the content such an element is read ("rootFooter" of an article’s own block)', () => {
    const html = `<body><article>${footer('id="rootFooter"')}</article></body>`;
    expect(found(html, 'AR', 'email')).toEqual(['email enquiries@consumer-office.example']);
  });

  it('"root" alone or before another word is no chrome ("root", "rootContent")', () => {
    const html = '<body><div id="root"><div id="rootContent"><p>E-mail: lina.sol@mail.example</p></div></div></body>';
    expect(found(html, 'AR', 'email')).toEqual(['email lina.sol@mail.example']);
  });
});

describe('an agency’s own site: a mailbox of its domain named after the agent the page shows', () => {
  const SITE = 'https://www.harbour-agents.example/properties/unit-4-dock-road';
  const onSite = (body: string, kind?: string): string[] => found(page(body), 'GB', kind, SITE);

  it.each([
    ['first and last name run together', 'ninaholt@harbour-agents.example'],
    ['first and last name with a dot', 'nina.holt@harbour-agents.example'],
    ['first and last name with an underscore', 'nina_holt@harbour-agents.example'],
  ])('keeps the address (%s) under the agent’s name line, and the name', (_, email) => {
    const body = `<div><h3>Nina Holt</h3><ul><li><a href="mailto:${email}">${email}</a></li></ul></div>`;
    expect(onSite(body)).toEqual([`email ${email}`, 'name nina holt']);
  });

  it('keeps a first-name mailbox ("Email Nina" button) when the name line sits beside the agent’s phone', () => {
    const body =
      '<p><a href="mailto:nina@harbour-agents.example">Email Nina</a></p><p>Nina Holt</p><p><a href="tel:+442079460142">+44 (0)20 7946 0142</a></p>';
    expect(onSite(body)).toEqual(['email nina@harbour-agents.example', 'name nina holt', 'phone +442079460142']);
  });

  it('drops the same first-name mailbox when the name line is far from any number or the address', () => {
    const body =
      '<p><a href="mailto:nina@harbour-agents.example">Email Nina</a></p><p>Nina Holt</p><p>Our team</p><p>has grown</p><p>this year</p>';
    expect(onSite(body)).toEqual([]);
  });

  it('drops a mailbox that spells no name line of the page (initials, a desk)', () => {
    const body =
      '<p><a href="mailto:nh@harbour-agents.example?subject=Enquiry">Send an enquiry</a></p><p>Nina Holt</p><p>020 7946 0143</p>' +
      '<p>Enquiries Desk</p><p>enquiries@harbour-agents.example</p><p>Sales Team</p><p>sales@harbour-agents.example</p>';
    expect(onSite(body, 'email')).toEqual([]);
    expect(onSite(body, 'name')).toEqual([]);
  });

  it('drops a name line that only starts like the mailbox ("ninaholt@" beside "Nina Holton")', () => {
    const body = '<div><h3>Nina Holton</h3><p>ninaholt@harbour-agents.example</p></div>';
    expect(onSite(body)).toEqual([]);
  });

  it('never keeps a role address of the site, even named like a line ("Privacy Office")', () => {
    const body = '<div><h3>Support Anna</h3><p>support@harbour-agents.example</p><p>020 7946 0143</p></div>';
    expect(onSite(body, 'email')).toEqual([]);
  });

  it('a mailbox of another domain is not the site’s own, but its owner above it is still read (contact-lines.test.ts)', () => {
    const body = '<div><h3>Nina Holt</h3><p>nina.holt@mail.example</p></div>';
    expect(onSite(body)).toEqual(['email nina.holt@mail.example', 'name nina holt']);
    expect(onSite('<div><h3>Nina Holt</h3><p>lettings@mail.example</p></div>')).toEqual(['email lettings@mail.example']);
  });
});

describe('a role label before a card’s name ("Agent:", "Owner:", "Posted by")', () => {
  it.each([
    ['<div class="card__poster">Agent: <span>Asha Verma</span></div>', 'IN', 'name asha verma'],
    ['<div class="card__poster">Owner: <span>Ravi Menon</span></div>', 'IN', 'name ravi menon'],
    ['<p>Posted by Nina Rao</p>', 'IN', 'name nina rao'],
    ['<p>Megler: Kari Nordmann</p>', 'NO', 'name kari nordmann'],
    ['<p>Eigentümer: Anna Berg</p>', 'DE', 'name anna berg'],
    ['<p>Propriétaire : Jean Dupont</p>', 'FR', 'name jean dupont'],
    ['<p>Właściciel: Jan Kowalski</p>', 'PL', 'name jan kowalski'],
    ['<p>Geplaatst door Eva Jansen</p>', 'NL', 'name eva jansen'],
    ['<p>Corredor Responsable: Lucía Ferrán</p>', 'AR', 'name lucía ferrán'],
    ['<p>Martillero público: Tomás Vidal</p>', 'AR', 'name tomás vidal'],
    ['<p>Publicado por Inês Barros</p>', 'PT', 'name inês barros'],
  ])('%s', (body, country, name) => {
    expect(names(page(body), country)).toEqual([name]);
  });

  it('takes no one-word value ("Agent: Foxworth" is an agency’s brand) and no business', () => {
    expect(names(page('<p>Agent: Foxworth</p><p>Owner: Riverside Properties</p><p>Agent: Blue Door Realty</p>'))).toEqual([]);
  });

  it('takes nothing after a role word without a colon ("Owner Ravi Menon", "Agent Asha Verma", "Corredor Responsable Lucía Ferrán")', () => {
    expect(names(page('<p>Owner Ravi Menon</p><p>Agent Asha Verma</p><p>Corredor Responsable Lucía Ferrán</p>'))).toEqual([]);
  });

  it('takes nothing from a role word inside a sentence ("... a cargo del corredor: ...") nor a licence number alone', () => {
    expect(names(page('<p>Las operaciones están a cargo del corredor: Lucía Ferrán</p><p>Corredor Responsable: cucicba 1234</p>'), 'AR')).toEqual([]);
  });

  it('takes nothing from a role word alone on a line (a filter list: "Owner", "Agent", "Builder")', () => {
    expect(names(page('<ul><li>Owner</li><li>Asha Verma</li><li>Agent</li><li>Ravi Menon</li></ul>'))).toEqual([]);
  });

  it('takes nothing when the role word is inside a sentence ("... the agent: call us") or the value is a sentence', () => {
    expect(names(page('<p>Ask the agent: Call Us Today</p><p>Owner: not disclosed</p><p>Posted by the owner</p>'))).toEqual([]);
  });
});
