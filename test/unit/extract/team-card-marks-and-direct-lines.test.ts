/**
 * From the 85th sealed round (found after its scoring): two Swiss firms' team pages.
 * - One's cards mark each name as a team member's and give most people no post; the other's sit
 *   in cards marked as a person's, some with a post marked "function" and some with none, and one
 *   name with a family particle is linked to its mailbox, whose local part spells the umlaut out.
 * - The second page lists 25 direct lines of one switchboard, which read as a directory's many
 *   advertisers, so its footer's main line and mailbox were not read as the firm's own.
 * Every name, number, place and mark here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const firm = foundAt('https://www.wendell-druck.example/de/team', 'CH');
const people = ['Lena Marten', 'Anna Berg', 'Timo Wendrich', 'Ursula Brünig', 'Oskar Lindqvist', 'Kamal Reilly'];
const page = (cards: string, footer = ''): string =>
  `<!doctype html><html><body><header><nav><a href="/">Home</a><a href="/de/team">Team</a></nav></header><main><h1>Unser Team</h1>${cards}</main><footer>${footer}</footer></body></html>`;
const names = (list: readonly string[]): string[] => list.map((n) => `name ${n.toLowerCase()}`).sort();

describe("a team member's name by its mark", () => {
  it('needs no post beside it', () => {
    const cards = people.map((n) => `<div class="team-card"><div class="team-card-text"><h2 class="team-member-name">${n}</h2></div></div>`).join('');
    expect(firm(page(cards), 'CH', 'name')).toEqual(names(people));
  });

  it('a name marked as any name still needs its post', () => {
    const cards = people.map((n) => `<div class="card"><h2 class="name">${n}</h2></div>`).join('');
    expect(firm(page(cards), 'CH', 'name')).toEqual([]);
  });

  it("a product's or a customer's name is no team member's", () => {
    const cards = people.map((n) => `<div class="team-card"><h2 class="product-name">${n}</h2></div>`).join('');
    expect(firm(page(cards), 'CH', 'name')).toEqual([]);
  });
});

describe("a person's card in a team's grid", () => {
  it('gives its name with a post marked "function", or with none', () => {
    const cards = people
      .map((n, i) => `<div class="staff-card staff-card-${i}"><img src="/p/${i}.jpg" alt=""><div class="name">${n}</div>${i % 2 ? '<div class="member-function">Drucker</div>' : ''}</div>`)
      .join('');
    expect(firm(page(cards), 'CH', 'name')).toEqual(names(people));
  });

  it('a post marked "function" beside a name outside such cards', () => {
    const cards = people.map((n) => `<div class="card"><div class="name">${n}</div><div class="member-function">Buchbinder</div></div>`).join('');
    expect(firm(page(cards), 'CH', 'name')).toEqual(names(people));
  });

  it('a name with a family particle, linked to its mailbox with the umlaut spelt out', () => {
    const card = '<div class="staff-card"><a href="mailto:lena.vonbruenig@wendell-druck.example" class="mailto"><div class="name">Lena von Brünig</div></a><div class="member-function">Druckerin</div></div>';
    expect(firm(page(card), 'CH')).toEqual(['email lena.vonbruenig@wendell-druck.example', 'name lena von brünig']);
  });

  it('a particle does not open or close a name', () => {
    const cards = ['von Marten Lena', 'Lena Marten von'].map((n) => `<div class="staff-card"><div class="name">${n}</div></div>`).join('');
    expect(firm(page(cards), 'CH', 'name')).toEqual([]);
  });
});

describe("one switchboard's direct lines", () => {
  const footer = '<div class="footer-contact">Wendell Druck AG - Wendelweg 2 - 3999 Wendelfingen - Fon +41 (0)21 555 79 00 - <a href="mailto:info@wendell-druck.example">info@wendell-druck.example</a></div>';
  const card = (n: string, line: string): string =>
    `<div class="staff-card"><div class="name">${n}</div><div class="member-function">Sachbearbeiter</div><div class="phone">${line}</div></div>`;

  it('leave the firm its own footer', () => {
    const cards = Array.from({ length: 18 }, (_, i) => card(people[i % people.length]!, `+41 21 555 79 ${String(10 + i)}`)).join('');
    const found = firm(page(cards, footer), 'CH');
    expect(found).toContain('email info@wendell-druck.example');
    expect(found).toContain('phone +41215557900');
    expect(found.filter((f) => f.startsWith('phone '))).toHaveLength(19);
  });

  it("a directory's many numbers of many firms still are a directory's", () => {
    const areas = [21, 22, 24, 26, 27, 31, 32, 33, 34, 43, 44, 52, 55, 56, 61, 62, 71, 81];
    const cards = areas.map((area, i) => card(people[i % people.length]!, `+41 ${area} 555 ${String(10 + i)} ${String(30 + i)}`)).join('');
    const found = firm(page(cards, footer), 'CH');
    expect(found.filter((f) => f.startsWith('phone '))).toHaveLength(18);
    expect(found).not.toContain('email info@wendell-druck.example');
    expect(found).not.toContain('phone +41215557900');
  });
});

describe("a town's directory", () => {
  it("of one area code's many exchanges is still a directory", () => {
    const footer = '<div class="footer-contact">Wendell Verzeichnis AG - Fon +41 (0)21 555 79 00 - <a href="mailto:info@wendell-druck.example">info@wendell-druck.example</a></div>';
    const cards = Array.from({ length: 18 }, (_, i) => `<div class="staff-card"><div class="name">${people[i % people.length]!}</div><div class="phone">+41 21 ${510 + i} 20 ${30 + i}</div></div>`).join('');
    const found = firm(page(cards, footer), 'CH');
    expect(found.filter((f) => f.startsWith('phone '))).toHaveLength(18);
    expect(found).not.toContain('email info@wendell-druck.example');
  });
});

describe('a mailbox that spells the umlauts of its owner\'s name out', () => {
  const portal = foundAt('https://www.wendell-portal.example/auftrag/4711', 'DE');
  it.each([['ursula.suessmann'], ['usuessmann']])('%s@ names the person written before it', (local) => {
    const html = `<!doctype html><html><body><main><h1>Auftrag</h1><p>Bei Fragen: Ursula Süßmann ${local}@wendell-druck.example</p></main></body></html>`;
    expect(portal(html, 'DE', 'name')).toEqual(['name ursula süßmann']);
  });

  it('not a mailbox of other letters', () => {
    const html = '<!doctype html><html><body><main><h1>Auftrag</h1><p>Bei Fragen: Ursula Süßmann usossmann@wendell-druck.example</p></main></body></html>';
    expect(portal(html, 'DE', 'name')).toEqual([]);
  });
});
