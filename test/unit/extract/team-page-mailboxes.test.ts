/**
 * An agency's team page lists its agents, each with a name, a role, a cell number and a mailbox
 * named after them on the agency's own mail domain, which is not the page's ("tom@agency.example"
 * on "www.agency-team.example"): the mailbox says whose name the line above it is. The 25th sealed
 * round's brokerage team page (opened) lost 7 of its 10 names so. Every page, name and number
 * here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.northridge-team.example/our-team/page_4711.html', 'CA');
const names = (body: string) => found(page(body), 'CA', 'name');

const agent = (name: string, mailbox: string, role = 'Sales Representative') =>
  `<td><p><img alt="portrait" src="/p/1.jpg"><br><strong>${name}</strong><br>${role}</p>` +
  `<p>Cell: (250) 555-0134<br>Fax: (866) 555-0199<br><a href="mailto:${mailbox}?subject=Request">Email</a></p></td>`;

describe("an agent's mailbox of another domain names the line above it", () => {
  it.each([
    ['the first name', 'Nora Lindqvist', 'nora@northridge-realty.example'],
    ['first and last name joined by a dot', 'Nora Lindqvist', 'nora.lindqvist@northridge-realty.example'],
    ['first and last name run together, at a free-mail domain', 'Nora Lindqvist', 'noralindqvist@mail.example'],
  ])('%s', (_what, name, mailbox) => {
    expect(names(`<table><tr>${agent(name, mailbox)}</tr></table>`)).toEqual([`name ${name.toLowerCase()}`]);
  });

  it('each agent of a roster', () => {
    const roster = agent('Nora Lindqvist', 'nora@northridge-realty.example') + agent('Henry Hale', 'henry@northridge-realty.example', 'Managing Broker');
    expect(names(`<table><tr>${roster}</tr></table>`)).toEqual(['name henry hale', 'name nora lindqvist']);
  });
});

describe("a brokerage's own team page", () => {
  const firsts = ['Anna', 'Felix', 'Nora', 'Hugo', 'Ida', 'Otto', 'Emma', 'Oliver', 'Sophie', 'Daniel', 'Grace', 'Henry', 'Lucy', 'Samuel', 'Clara'];
  const lasts = ['Hale', 'Berg', 'Lindqvist', 'Foster', 'Reed', 'Walsh', 'Carter', 'Lowe', 'Marsh', 'Pryce', 'Doyle', 'Keane', 'Sutton', 'Barlow', 'Quinn'];
  const team = firsts.map((f, i) => ({ name: `${f} ${lasts[i]!}`, mailbox: `${f.toLowerCase()}@northridge-team.example` }));

  it('has each of its fifteen agents named after their mailbox on its own domain', () => {
    const roster = team.map(({ name, mailbox }) => agent(name, mailbox)).join('');
    const got = found(page(`<table><tr>${roster}</tr></table>`), 'CA');
    expect(got.filter((l) => l.startsWith('name '))).toEqual(team.map(({ name }) => `name ${name.toLowerCase()}`).sort());
    expect(got.filter((l) => l.startsWith('email '))).toEqual(team.map(({ mailbox }) => `email ${mailbox}`).sort());
  });
});

describe('what the mailbox rule must not take', () => {
  it.each([
    ["a desk's mailbox", 'Nora Lindqvist', 'info@northridge-realty.example'],
    ['a mailbox named after someone else', 'Nora Lindqvist', 'henry@northridge-realty.example'],
    ['a placeholder address', 'John Doe', 'john.doe@mail.example'],
    ['an agency named after its founder', 'Nora Lindqvist Realty', 'nora@northridge-realty.example'],
  ])('%s', (_what, name, mailbox) => {
    expect(names(`<table><tr>${agent(name, mailbox)}</tr></table>`)).toEqual([]);
  });

  it("a name line whose only number near it is the ad's own, in the page's address", () => {
    const card = `<p>Price 12 900 · Ad number 47118230</p><h3>Nora Lindqvist</h3><p>Member since 2019</p>`;
    const data = `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"ad":{"contact":{"email":"nora.lindqvist@mail.example"}}}}}</script>`;
    const html = `<!doctype html><html><body><main>${card}</main>${data}</body></html>`;
    expect(foundAt('https://www.market.example/ad/47118230', 'CA')(html, 'CA', 'name')).toEqual([]);
  });

  it('a name line three lines and more from the mailbox and any number', () => {
    const far = `<p>Our founder</p><p><strong>Nora Lindqvist</strong></p><p>Since 1998</p><p>Awards</p><p>History</p><p>Write to us: <a href="mailto:nora@northridge-realty.example">Email</a></p>`;
    expect(names(far)).toEqual([]);
  });
});
