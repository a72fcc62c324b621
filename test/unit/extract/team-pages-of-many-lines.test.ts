/**
 * From the 102nd sealed round: an estate agency's own team page that gives each of its staff's
 * mobile and mailbox and each branch's line, more numbers than a single business's window was
 * allowed (a directory's page gives as many). Its staff's mailboxes, all at its own domain, say it
 * is one firm's. With the cases an adversary would bring: a directory whose entries write from
 * their own domains, a page of many numbers whose only mailboxes are desks, a page that is not the
 * team page. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const GIVEN = ['lena', 'kamal', 'anna', 'oskar', 'mira', 'jonas', 'ella', 'tomas', 'nora', 'felix', 'ida', 'lars', 'maja'];
const SURNAMES = ['Marten', 'Reilly', 'Berg', 'Lindqvist', 'Holm', 'Brandt', 'Vos', 'Kramer', 'Smit', 'Visser', 'Dekker', 'Bakker', 'Jansen'];
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/** A team page: four branches' lines in their heads, and thirteen cards, each with a mailbox at `domain(i)` and a mobile. */
function teamPage(domain: (i: number) => string, mailbox: (i: number) => string = (i) => GIVEN[i]!): string {
  const branches = [0, 1, 2, 3].map((b) => `<section><h2>Kantoor ${b + 1}</h2><span>Voorbeeldweg ${b + 1}, tel. 020 555 01${40 + b}</span></section>`).join('');
  const cards = GIVEN.map(
    (g, i) =>
      `<article><h3>${cap(g)} ${SURNAMES[i]}</h3><span>Adviseur</span><ul><li><a href="mailto:${mailbox(i)}@${domain(i)}">${mailbox(i)}@${domain(i)}</a></li>` +
      `<li><a href="tel:06555001${String(10 + i)}">06-555001${10 + i}</a></li></ul></article>`,
  ).join('');
  return `<!doctype html><html><body><header><a href="/">Wendell Makelaars</a><a href="/ons-team/">Team</a></header><main><h1>Ons team</h1>${branches}${cards}</main><footer><a href="mailto:info@wendell-makelaars.nl">info@wendell-makelaars.nl</a></footer></body></html>`;
}
const emails = (lines: string[]): string[] => lines.filter((l) => l.startsWith('email'));
const phones = (lines: string[]): string[] => lines.filter((l) => l.startsWith('phone'));

describe("a firm's team page of many lines", () => {
  const team = foundAt('https://www.wendell-makelaars.nl/ons-team/', 'NL');

  it("keeps every staff member's mailbox and mobile, and the branches' lines", () => {
    const found = team(teamPage(() => 'wendell-makelaars.nl'));
    expect(emails(found)).toEqual([...GIVEN.map((g) => `email ${g}@wendell-makelaars.nl`), 'email info@wendell-makelaars.nl'].sort());
    expect(phones(found)).toHaveLength(17);
  });

  it('but not a directory whose entries write from their own domains', () => {
    const found = team(teamPage((i) => `wendell-kantoor${i}.nl`));
    expect(emails(found)).not.toContain('email info@wendell-makelaars.nl');
  });

  it.each([
    ['desks', (i: number) => ['info', 'sales', 'support', 'verkoop', 'verhuur', 'office', 'service', 'contact', 'admin', 'team', 'jobs', 'press', 'help'][i]!],
    ["a marketplace's relay addresses", (i: number) => `reply-${8810 + i}`],
  ])("nor a page of many numbers whose mailboxes at the site's domain are %s", (_, local) => {
    const found = team(teamPage(() => 'wendell-makelaars.nl', local));
    expect(emails(found)).not.toContain('email info@wendell-makelaars.nl');
  });

  it('nor another page of the site than its team, contact or home page', () => {
    const listing = foundAt('https://www.wendell-makelaars.nl/aanbod/woningen/', 'NL');
    expect(emails(listing(teamPage(() => 'wendell-makelaars.nl')))).not.toContain('email info@wendell-makelaars.nl');
  });
});
