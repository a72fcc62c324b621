/**
 * From the fix round on the 61st sealed round (m63b: estate agencies' own sites and team pages), general
 * rules, each with the cases an adversary would bring: a card's name above its labelled phone line, a
 * mailbox named after a person whose name has a capital inside a word, an agent's card whose
 * contacts are above the name, an Italian agency manager's title, and a team page's cards that give
 * no contact of their own. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const us = foundAt('https://www.wendell-realty.example/team.html', 'US');
const de = foundAt('https://www.markt.example/anzeige/wohnung-5550', 'DE');

describe("a card's name on the line above its labelled phone line", () => {
  it.each([
    ['<div><b>Lena Marten</b><br>Cell: 316-555-0177</div>', ['name lena marten', 'phone +13165550177']],
    ['<div><b>Lena Marten</b><br>Mobile: (316) 555-0178<br>Office: 316-555-0142</div>', ['name lena marten', 'phone +13165550142', 'phone +13165550178']],
    // An office line as a vanity number ("…-HOME"): its digits are still a number's.
    ['<div><b>Kamal Reilly</b><br>OFFICE: 316-555-SOLD (7653)</div>', ['name kamal reilly']],
  ])('%s', (card, want) => {
    expect(us(page(`<h1>Our team</h1>${card}`)).filter((l) => !l.startsWith('address'))).toEqual(want);
  });

  it("whatever mailbox follows: a desk's, under the agent's number", () => {
    const hr = foundAt('https://www.homes.example/ad/4242', 'HR');
    expect(hr(page('<p>Vesna Marković<br>Tel: +385 1 777 3344<br>E-mail: info@agency.example</p>'), 'HR', 'name')).toEqual(['name vesna marković']);
  });

  it('in German, under a phone label of the markets', () => {
    expect(de(page('<h1>3-Zimmer-Wohnung</h1><p>Ansprechpartnerin vor Ort:</p><p>Lena Marten<br>Tel.: 030 5550142</p>'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    // A desk's heading opens with no given name.
    ['<div><b>Customer Service</b><br>Phone: 316-555-0142</div>'],
    // A fax line says nothing of whom to call.
    ['<div><b>Lena Marten</b><br>Fax: 316-555-0142</div>'],
    // A word that only begins with a label, and a label with no number after it.
    ['<div><b>Lena Marten</b><br>Officer since 2019 4 5 6 7 8 9 0</div>'],
    ['<div><b>Lena Marten</b><br>Mobile: ask at the desk, ext 5550142</div>'],
    // A make written as a given and a family name, above a dealer department's line.
    ['<div><b>Mercedes Benz</b><br>Phone: 316-555-0142</div>'],
    // Not with a line between that is no job title's (a licence's year) or two lines.
    ['<div><b>Lena Marten</b><br>Licensed since 2009<br>Phone: 316-555-0142</div>'],
    ['<div><b>Lena Marten</b><br>Sales<br>North office<br>Phone: 316-555-0142</div>'],
  ])('no name from %s', (card) => {
    expect(us(page(`<h1>Our team</h1>${card}`), 'US', 'name')).toEqual([]);
  });
});

describe("a mailbox named after a person whose name has a capital inside a word", () => {
  const own = foundAt('https://www.wendell-realty.example/agents.html', 'US');
  const card = (name: string, mailbox: string): string =>
    `<div class="row"><span>${name}</span><br>MOBILE: 316-555-0179<br>E-MAIL: <a href="mailto:${mailbox}">${mailbox}</a></div>`;
  it.each([
    ['DeShawn Reilly', 'deshawn@wendell-realty.example'],
    ['McKenzie Yap', 'mckenzie@wendell-realty.example'],
  ])('%s, %s: the mailbox at the site\'s domain is the agent\'s', (name, mailbox) => {
    const other = card('Kamal Reilly', 'kamal@wendell-realty.example');
    expect(own(page(`<h1>The team</h1>${card(name, mailbox)}${other}`), 'US', 'email')).toEqual([`email ${mailbox}`, 'email kamal@wendell-realty.example'].sort());
  });

  it("while a desk's mailbox under a heading with a capital inside a word names no person", () => {
    const html = page(`<h1>The team</h1><div><span>SiteAdmin Desk</span><br>Phone: 316-555-0142<br>E-MAIL: <a href="mailto:siteadmin@wendell-realty.example">siteadmin@wendell-realty.example</a></div>`);
    expect(own(html, 'US', 'name')).toEqual([]);
    expect(own(html, 'US', 'email')).toEqual([]);
  });
});

describe("an agent's card: the job title under the name, its contacts below it or above the name", () => {
  const it_ = foundAt('https://www.casa-agenzia.example/immobile/quadrilocale-1', 'IT');
  it.each([
    // The branch's lines, then its manager.
    ['<p>Tel. 02 5550 1420<br><a href="mailto:filiale@casa-agenzia.example">filiale@casa-agenzia.example</a></p><p>Lena Marten</p><p>Responsabile Agenzia Centro</p><p>Prenota una visita.</p>', ['name lena marten']],
    // ...and below, as before.
    ['<p>Lena Marten</p><p>Responsabile di filiale</p><p>Tel. 02 5550 1420</p>', ['name lena marten']],
    // No contact either side: one card alone says nothing.
    ['<p>Lena Marten</p><p>Responsabile Agenzia Centro</p><p>Prenota una visita.</p>', []],
  ])('%s', (body, want) => {
    expect(it_(page(`<h1>Quadrilocale</h1>${body}`), 'IT', 'name')).toEqual(want);
  });

  const ro = foundAt('https://www.agentie-imobiliara.example/despre.html', 'RO');
  const teamCard = (name: string, role: string): string => `<div class="agcard"><h3 class="ag-name">${name}</h3><div class="ag-role">${role}</div></div>`;
  it("a team page's cards without contacts of their own, two or more", () => {
    const html = page(`<h1>Echipa</h1>${teamCard('Lena Marten', 'Broker Owner')}${teamCard('Irfan Nizam', 'Consultant Imobiliar')}`);
    expect(ro(html, 'RO', 'name')).toEqual(['name irfan nizam', 'name lena marten']);
  });

  it.each([
    // One card alone.
    [teamCard('Irfan Nizam', 'Consultant Imobiliar')],
    // Makes above consultants' titles: a dealer's brands.
    [`${teamCard('Mercedes Benz', 'Sales Consultant')}${teamCard('Harley Davidson', 'Sales Consultant')}`],
    // The same card twice is one card.
    [`${teamCard('Irfan Nizam', 'Consultant Imobiliar')}${teamCard('Irfan Nizam', 'Consultant Imobiliar')}`],
  ])('no name from %s', (cards) => {
    expect(ro(page(`<h1>Echipa</h1>${cards}`), 'RO', 'name')).toEqual([]);
  });
});
