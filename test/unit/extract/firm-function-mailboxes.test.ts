/**
 * Found on a sealed round's Korean marketplace page, saved from a browser: its footer lists the
 * platform's own mailboxes for partnerships, advertising, press and investor relations ("pr@",
 * "ir@", "ad@" at its own domain), and its log-in control lives only in its scripts. Those
 * mailboxes are a large firm's functions, which a breeder's or a garage's own site has none of:
 * one of them says "platform", as a help desk's does, and the footer's contacts stay the
 * platform's. The cases an adversary would bring: a small business's own mailboxes whose local
 * part holds such a word among others ("ad.berg@", "anna.pr@"), a person's mailbox, and the
 * functions at another firm's domain. Every site, number, address and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const OWN = 'https://www.wendell-hof.example/welpen';
const found = (html: string, kind: string): string[] => foundAt(OWN, 'DE')(html, 'DE', kind);

const site = (footer: string): string =>
  `<!doctype html><html><body><header><nav><a href="/">Start</a> <a href="/welpen">Welpen</a></nav></header>` +
  `<main><h1>Unsere Welpen</h1><p>Drei Rüden und zwei Hündinnen, geimpft und gechipt.</p></main>` +
  `<footer><p>Wendell Hof · Am Anger 3 · 96049 Bamberg</p><p>Tel. 030 555 01 42</p><p>info@wendell-hof.example</p>${footer}</footer></body></html>`;

describe("a firm's functions among the site's own mailboxes", () => {
  it.each([
    ['press relations', '<p>PR: pr@wendell-hof.example</p>'],
    ['investor relations', '<p><a href="mailto:ir@wendell-hof.example">IR</a></p>'],
    ['advertising', '<p><a href="mailto:ad@wendell-hof.example">Werben</a></p>'],
    ['partnerships', '<p>partnerships@wendell-hof.example</p>'],
  ])('%s: a marketplace, whose footer is its own', (_what, footer) => {
    expect(found(site(footer), 'phone')).toEqual([]);
    expect(found(site(footer), 'email')).toEqual([]);
  });

  it.each([
    ['none of them', ''],
    ['a mailbox whose local part holds such a word among others', '<p>ad.berg@wendell-hof.example</p>'],
    ['a person named in a mailbox with such a word', '<p>anna.pr@wendell-hof.example</p>'],
    ["such a function at another firm's domain (its web agency's)", '<p>Website: <a href="mailto:pr@qorvan-media.example">Qorvan Media</a></p>'],
  ])("%s: the advertiser's own site, whose footer is the advertiser's", (_what, footer) => {
    expect(found(site(footer), 'phone')).toEqual(['phone +49305550142']);
    expect(found(site(footer), 'email')).toContain('email info@wendell-hof.example');
  });
});
