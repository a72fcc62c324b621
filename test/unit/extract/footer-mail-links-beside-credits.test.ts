/**
 * Found on the 159th sealed round's Polish lawyer's site, after its scoring: its only mailbox is a
 * mail icon in its footer, beside a "Powered by" credit, its address written with character
 * references and percent escapes ("mailto:sekret&#97;ri%61t%40…"). The footer's mail links beside a
 * credit were all taken for the site maker's, and the footer's mail links were not percent-decoded
 * as the content's are. The cases an adversary would bring: the maker's own mailbox beside its
 * credit, at the maker's domain or a free mail service's, and a malformed escape. Every name,
 * number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-prawo.example.pl/', 'PL');
const site = (footer: string): string =>
  '<!doctype html><html><body><header><a href="/">Lena Marten</a></header>' +
  '<main><h1>Lena Marten, prawo cywilne</h1><p>Prawo cywilne i rodzinne.</p><p>tel. 605 555 142</p></main>' +
  `<footer class="site-foot">${footer}</footer></body></html>`;
const emails = (footer: string): string[] => found(site(footer), 'PL', 'email');
const icon = (href: string): string => `<a href="${href}" title="E-mail" class="icon-mail"><span>✉</span></a>`;

describe("an own site's footer mail link beside a credit", () => {
  it('at the site\'s own domain, beside "Powered by": the site\'s', () => {
    expect(emails(`<div>${icon('mailto:sekretariat@wendell-prawo.example.pl')} Powered by <a href="https://wordpress.example/">WordPress</a></div>`)).toEqual([
      'email sekretariat@wendell-prawo.example.pl',
    ]);
  });

  it('written with character references and percent escapes: decoded', () => {
    expect(emails(`<div>${icon('mailto:sekret&#97;ri%61t%40wendell-prawo.example.pl')} Powered by <a href="https://wordpress.example/">WordPress</a></div>`)).toEqual([
      'email sekretariat@wendell-prawo.example.pl',
    ]);
  });

  it('percent-escaped, with no credit beside it', () => {
    expect(emails(`<div>${icon('mailto:sekret%61ri%61t%40wendell-prawo.example.pl')}</div>`)).toEqual(['email sekretariat@wendell-prawo.example.pl']);
  });

  it.each([
    ["the maker's mailbox at its own domain", '<div>Strona: <a href="mailto:studio@qorvan-web.example">Qorvan Web</a> · Powered by WordPress</div>'],
    ["the maker's free mailbox", '<div>Projekt strony: Qorvan Web <a href="mailto:qorvanweb@gmail.com">napisz</a></div>'],
  ])('%s: not the site\'s', (_what, footer) => {
    expect(emails(footer)).toEqual([]);
  });

  it('a malformed escape does not stop the page', () => {
    expect(() => emails(`<div>${icon('mailto:sekretariat%ZZ%40wendell-prawo.example.pl')}</div>`)).not.toThrow();
  });
});
