/**
 * From the 107th sealed round's pages, after its fix round: tradesmen's own sites whose menus and
 * number lines read as names where a word is also a given name ("Summer Repairs", "Emergency Line");
 * a contact form that a form-to-mail service sends to the site's mailbox, named in the form's
 * address and nowhere else; a German privacy notice's numbered "1. Verantwortlicher" and an
 * imprint's "Vertreten durch die Geschäftsführung:" over the person. With the cases an adversary
 * would bring. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const site = (main: string): string =>
  '<!doctype html><html><body><header><a href="/">Wendell Roofing</a><nav><a href="/roofs">Roofs</a> <a href="/contact">Contact Us</a></nav></header>' +
  `<main><h1>Welcome</h1>${main}</main>` +
  '<footer><ul><li>Chimneys</li><li>Skylights</li><li>Summer Repairs</li><li>Decks</li></ul><h4>Contact Us</h4><p>(203) 555-0176</p>' +
  '<p><a href="mailto:wendellroofing@wendell-mail.example">wendellroofing@wendell-mail.example</a></p><p>© 2025 Wendell Roofing LLC</p></footer></body></html>';

describe("a tradesman's menus and number lines", () => {
  const found = foundAt('https://www.wendell-roofing.example/', 'US');

  it('name no one: "Summer Repairs", "Emergency Line"', () => {
    expect(found(site('<h2>After-hours help</h2><p>A leak at night? We answer day and night.</p><p><a href="tel:2035550177">Text Emergency Line</a></p>'), 'US', 'name')).toEqual([]);
  });

  it('while a person on a contact line still is one', () => {
    expect(found(site('<p>Ask for Line Hansen, our office manager, on (203) 555-0176.</p>'), 'US', 'name')).toEqual(['name line hansen']);
  });
});

describe("a form-to-mail service's address", () => {
  const found = foundAt('https://www.wendell-electrical.example/', 'GB');
  const form = (action: string): string =>
    `<!doctype html><html><body><main><h1>Get a quote</h1><form action="${action}" method="POST"><input name="name"><button>Send</button></form></main></body></html>`;

  it.each([
    ['https://formsubmit.co/Lena.Marten@wendell-mail.example', 'email lena.marten@wendell-mail.example'],
    ['https://formspree.io/kamal@wendell-electrical.example', 'email kamal@wendell-electrical.example'],
  ])('gives the recipient: %s', (action, expected) => {
    expect(found(form(action), 'GB', 'email')).toEqual([expected]);
  });

  it.each([
    ['a service that names a form id', 'https://formsubmit.co/el/a1b2c3d4e5'],
    ['another site whose query names a mailbox', 'https://www.wendell-forms.example/send?to=lena@wendell-mail.example'],
    ['the site\'s own script', '/contact.php'],
  ])('but not %s', (_, action) => {
    expect(found(form(action), 'GB', 'email')).toEqual([]);
  });
});

describe('a privacy notice\'s and an imprint\'s headings over a person', () => {
  const found = foundAt('https://www.wendell-zimmerei.example/impressum', 'DE');
  const page = (heading: string, holder: string): string =>
    '<!doctype html><html><body><header><a href="/">Zimmerei Wendell</a></header><main><h1>Impressum</h1>' +
    `<h2>${heading}</h2><p>${holder}</p><p>Lindenweg 3</p><p>70999 Wendelfingen</p><p>Telefon: 0711/555142</p></main></body></html>`;

  it.each(['1. Verantwortlicher', '2. Verantwortliche', 'Vertreten durch die Geschäftsführung:'])('"%s"', (heading) => {
    expect(found(page(heading, 'Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    ['a firm under the heading', '1. Verantwortlicher', 'Zimmerei Wendell GmbH & Co. KG'],
    ['a numbered heading of another kind', '3. Hosting', 'Lena Marten'],
  ])('but not %s', (_, heading, holder) => {
    expect(found(page(heading, holder), 'DE', 'name')).toEqual([]);
  });
});
