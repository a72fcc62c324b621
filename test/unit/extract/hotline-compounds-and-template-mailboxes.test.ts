/**
 * From the fix round on the 65th sealed round: a marketplace's booking hotline named in a German
 * compound ("Buchungshotline:" over its number), and the
 * mailboxes a site template's demo blocks keep ("info@company.com"). With the cases an adversary
 * would bring: the seller's own line under a plain heading, a real business's mailbox at a domain
 * that only contains such a word. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("a marketplace's hotline in a German compound", () => {
  const de = foundAt('https://www.wendell-ferien.example/haus-lena-51873.html', 'DE');
  const box = (label: string): string => `<div class="phone-box"><div class="nr">${label}<br/> <a href="tel:+4930555014277">030 - 555 014 277</a></div><div>Mo–Fr 8–20 Uhr</div></div>`;

  it.each([['Buchungshotline:'], ['Reservierungshotline:']])('"%s" over the number: the platform\'s', (label) => {
    expect(de(page(`<h1>Ferienhaus Lena</h1><p>4 Zimmer, 8 Personen.</p>${box(label)}`), 'DE', 'phone')).toEqual([]);
  });

  it("a garage's own service hotline on its own site stays", () => {
    const own = foundAt('https://www.autohaus-wendell.de/werkstatt', 'DE');
    const html =
      '<!doctype html><html><body><header><a href="/">Autohaus Wendell</a></header><main><h1>Werkstatt</h1><p>Inspektion, Reifen, TÜV.</p>' +
      '<p>Servicehotline:<br/>0228 555 0142</p></main><footer><p>Autohaus Wendell GmbH · Hauptstr. 4 · 53111 Bonn</p>' +
      '<p><a href="mailto:info@autohaus-wendell.de">info@autohaus-wendell.de</a></p></footer></body></html>';
    expect(own(html, 'DE', 'phone')).toEqual(['phone +492285550142']);
  });

  it("the landlord's number under a plain heading stays", () => {
    expect(de(page(`<h1>Ferienhaus Lena</h1><p>4 Zimmer, 8 Personen.</p>${box('Vermieter Lena Marten:')}`), 'DE', 'phone')).toEqual(['phone +4930555014277']);
  });
});

describe("a site template's demo mailboxes", () => {
  const nl = foundAt('https://www.wendell-zeilmakerij.example/nieuws/nieuwe-zeilen', 'NL');
  it.each([['info@company.com'], ['mail@yourcompany.com'], ['sales@companyname.com']])('%s is nobody\'s', (address) => {
    const top = `<div class="header-mail-box"><a href="mailto:${address}"><i class="fa fa-envelope"></i> ${address}</a></div>`;
    expect(nl(page(`${top}<h1>Nieuwe zeilen</h1><p>Lena Marten, <a href="mailto:lena.marten.zeilen@gmail.com">lena.marten.zeilen@gmail.com</a></p>`), 'NL', 'email')).toEqual(['email lena.marten.zeilen@gmail.com']);
  });

  it('a business at a domain that only contains such a word keeps its mailbox', () => {
    const body = '<h1>Contact</h1><p>Mail ons: <a href="mailto:info@companyhouse-wendell.nl">info@companyhouse-wendell.nl</a></p>';
    expect(nl(page(body), 'NL', 'email')).toEqual(['email info@companyhouse-wendell.nl']);
  });
});
