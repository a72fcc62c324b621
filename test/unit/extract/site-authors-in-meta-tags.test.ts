/**
 * From the 94th sealed round: the person a small firm's site names in its meta tags as the page's
 * author or publisher, vouched for by a mailbox at the site's domain beside it, or by the footer's
 * copyright line naming them too. Every name, number and domain here is invented (wendell-*
 * domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { metaPeople } from '../../../lambdas/collect/extract/own-site.js';
import { foundAt } from './found.js';

describe('metaPeople', () => {
  it("reads the names a page's author, publisher and rights meta tags give, with the mailbox beside one", () => {
    expect(
      metaPeople([
        { name: 'author', content: 'Lena Marten info@wendell-bau.example' },
        { name: 'DC.Publisher', content: 'Lena Marten info@wendell-bau.example' },
        { name: 'rights', content: 'Copyright © WENDELL CONSULTING - Kamal Reilly' },
        { name: 'description', content: 'Anna Berg berät Sie gern' },
        { name: 'author', content: 'Wendell Bau GmbH' },
        { name: 'generator', content: 'Joomla! - Open Source Content Management' },
      ]),
    ).toEqual([{ name: 'Lena Marten', mailbox: 'info@wendell-bau.example' }, { name: 'Lena Marten', mailbox: 'info@wendell-bau.example' }, { name: 'Kamal Reilly' }]);
  });
});

describe("the site's author in its meta tags", () => {
  const service = foundAt('https://www.wendell-bau.example/gartenplanung.htm', 'DE');
  const page = (meta: string): string =>
    `<!doctype html><html><head><title>Gartenplanung</title>${meta}</head><body><table><tr><td><h1>Gartenplanung</h1><p>Wir planen Gärten für Familien.</p></td></tr></table>` +
    '<footer><p>Wendell Landschaftsarchitekten · Gartenweg 5 · 29699 Wendelhaven · Tel. 05191 555745 · <a href="mailto:info@wendell-bau.example">info@wendell-bau.example</a></p></footer></body></html>';

  it("is the owner where the mailbox beside the name is at the site's domain", () => {
    expect(service(page('<meta name="author" content="Lena Marten info@wendell-bau.example">'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it("is not where the mailbox is at another domain: a web designer's", () => {
    expect(service(page('<meta name="author" content="Lena Marten info@wendell-webdesign.example">'), 'DE', 'name')).toEqual([]);
  });

  it('is not without a mailbox or a copyright line naming them', () => {
    expect(service(page('<meta name="author" content="Lena Marten">'), 'DE', 'name')).toEqual([]);
  });
});

describe("a footer's copyright holder whom the meta tags name too", () => {
  const article = foundAt('https://www.wendell-sales.example/vertrieb-im-mittelstand', 'DE');
  const page = (meta: string): string =>
    `<!doctype html><html><head>${meta}</head><body><main><h1>Vertrieb im Mittelstand</h1><p>Wie ein kleiner Betrieb neue Kunden findet.</p>` +
    '<p>Rufen Sie an: 05191 555287 oder schreiben Sie an info@wendell-sales.example.</p></main>' +
    '<footer id="site-footer"><span class="copyright-line">©2021 - Kamal Reilly - WENDELL SALES®</span></footer></body></html>';

  it('is the owner', () => {
    expect(article(page('<meta name="author" content="Kamal Reilly">'), 'DE', 'name')).toEqual(['name kamal reilly']);
  });

  it('is not without the meta tag (a family name the lists do not know)', () => {
    expect(article(page(''), 'DE', 'name')).toEqual([]);
  });
});
