import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

function emails(body: string, country = 'NO'): string[] {
  const html = `<!doctype html><html><body>${body}</body></html>`;
  return extractFindings(html, { url: 'https://ads.example/1', country })
    .filter((f) => f.kind === 'email')
    .map((f) => f.value);
}

/** What Cloudflare's e-mail protection puts in data-cfemail for `address` (XOR with `key`). */
function cloudflare(address: string, key = 0x5a): string {
  const hex = (n: number): string => n.toString(16).padStart(2, '0');
  return hex(key) + [...new TextEncoder().encode(address)].map((b) => hex(b ^ key)).join('');
}

describe('e-mail detector', () => {
  it.each([
    ['<p>E-post: ola@example.no.</p>', ['ola@example.no']],
    ['<p>Skriv til Ola.Nordmann@Example.NO</p>', ['ola.nordmann@example.no']],
    ['<p>ola&#64;example.no</p>', ['ola@example.no']],
    ['<p>jean.dupont&commat;example.fr</p>', ['jean.dupont@example.fr']],
    ['<p>kari [at] example [dot] com</p>', ['kari@example.com']],
    ['<p>ola (at) example (dot) no</p>', ['ola@example.no']],
    ['<p>ola.nordmann [at] example [dot] no</p>', ['ola.nordmann@example.no']],
    ['<p>ola [dot] nordmann [at] example [dot] no</p>', ['ola.nordmann@example.no']],
    ['<p>{at} form: kari{at}example{dot}com</p>', ['kari@example.com']],
    ['<p>mail me: ola @ example.no</p>', ['ola@example.no']],
    ['<p>ola(krøll)example.no</p>', ['ola@example.no']],
    ['<p>m.mustermann(ät)example.de</p>', ['m.mustermann@example.de']],
    ['<p>jan.kowalski(małpa)example.pl</p>', ['jan.kowalski@example.pl']],
    ['<p>E-post: ola at example dot no</p>', ['ola@example.no']],
    ['<p>Email: sales at example dot co dot uk</p>', ['sales@example.co.uk']],
    ['<p>ｏｌａ＠ｅｘａｍｐｌｅ．ｎｏ</p>', ['ola@example.no']],
    ['<p>a@example.no, b@example.no</p>', ['a@example.no', 'b@example.no']],
  ])('%s', (body, expected) => {
    expect(emails(body)).toEqual(expected);
  });

  it.each([
    ['<p>ola at example dot no</p>'], // spoken form without an e-mail label
    ['<p>Contact us at example dot com</p>'],
    ['<p><img src="logo@2x.png" alt="">logo@2x.png</p>'],
    ['<p>Follow @bilola88</p>'],
    ['<p>Pris @ 10.5 per km</p>'],
    ['<p>ola@localhost</p>'],
    ['<p>Option (a) and option (b).</p>'],
  ])('ignores %s', (body) => {
    expect(emails(body)).toEqual([]);
  });

  it('reads mailto: links, with their query and encoding', () => {
    const found = extractFindings(
      '<a href="mailto:Kari.Nordmann%40example.no?subject=Bil%20til%20salgs">Send e-post</a>',
      { url: 'https://ads.example/1', country: 'NO' },
    );
    expect(found).toEqual([{ kind: 'email', value: 'kari.nordmann@example.no', origin: 'attr:href' }]);
  });

  it("decodes Cloudflare's e-mail protection, in the attribute and in the link", () => {
    const body =
      `<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${cloudflare('ola@example.no')}">[email&#160;protected]</a>` +
      `<a href="/cdn-cgi/l/email-protection#${cloudflare('jørn@example.no', 0x21)}">e-post</a>`;
    expect(emails(body)).toEqual(['ola@example.no', 'jørn@example.no']);
  });
});
