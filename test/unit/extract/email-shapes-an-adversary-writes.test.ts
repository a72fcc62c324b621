/**
 * Strings with an "@" that are no one's mailbox, and an address a page's double encoding wraps
 * in escapes, written as an adversary would: a URL's user before its host (an error tracker's key
 * in a script's settings, an FTP link), an SSH clone address in a developer job's ad, and a JSON
 * escape left as text around an address ("u003canna@…u003e"). Every address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.ads.example/ad/4812', 'GB');
const emails = (html: string): string[] => found(html, 'GB', 'email');

describe('an "@" that is no mailbox', () => {
  it.each([
    ["an error tracker's key in a URL", '<p>DSN: https://4f2a9c@o481216.ingest.tracker.example/4812</p>'],
    ['an FTP link with its user', '<p>Files: ftp://anna@files.ads.example/photos/</p>'],
    ['an SSH clone address', '<p>Test task: git clone git@code.example:acme/sofa-shop.git</p>'],
  ])('%s', (_what, body) => {
    expect(emails(page(`<h1>Job</h1>${body}`))).toEqual([]);
  });

  it("nor the tracker's key in the page data", () => {
    expect(emails(page('<h1>Sofa</h1>') + nextData({ config: { sentryDsn: 'https://4f2a9c@o481216.ingest.tracker.example/4812' }, ad: { title: 'Sofa' } }))).toEqual([]);
  });
});

describe('an address a JSON escape wraps, as text', () => {
  it.each([
    ['before it', '<p>u003canna.berg@mail.example</p>'],
    ['on both sides', '<p>Kontakt: u003canna.berg@mail.exampleu003e</p>'],
  ])('%s', (_what, body) => {
    expect(emails(page(`<h1>Sofa</h1>${body}`))).toEqual(['email anna.berg@mail.example']);
  });

  it('keeps a mailbox followed by a colon and words, or a smiley', () => {
    expect(emails(page('<h1>Sofa</h1><p>Email: anna.berg@mail.example: call after 5</p><p>or tom.roe@mail.example:)</p>'))).toEqual([
      'email anna.berg@mail.example',
      'email tom.roe@mail.example',
    ]);
  });
});
