/**
 * From the 56th sealed round (found after its scoring): a municipal landlord's own result page,
 * whose footer gives its line and mailbox, was read as a marketplace because its FAQ asks "Wie
 * kann ich mich registrieren?" (a control's word inside a question); and its line, written
 * "+49 (0) 30/ 5550 12 34" (a space after the slash), lost its area code.
 * Every number and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const site = (question: string, extra = ''): string =>
  '<!doctype html><html><body><header><nav><a href="/wohnungen/">Wohnungen</a><a href="/service/">Service</a></nav></header>' +
  `<main><h1>Unsere Wohnungsangebote</h1><div class="card">2-Zimmer-Wohnung, 54 m², 612 € warm</div><h2>${question}</h2><p>Schicken Sie uns Ihr Interesse über das Formular im Exposé.</p>${extra}</main>` +
  '<footer><ul class="company-info"><li>Wohnbau Mitte GmbH</li><li>Musterstraße 5</li><li>10115 Berlin</li><li>Telefon: +49 (0) 30/ 5550 12 34</li><li>E-Mail: info@wohnbau-mitte.example</li></ul></footer></body></html>';

describe('a landlord\'s own site with a FAQ', () => {
  const found = foundAt('https://www.wohnbau-mitte.example/wohnungen/', 'DE');

  it.each([['Wie kann ich mich registrieren?'], ['How do I register?'], ['Comment s\'inscrire ?']])('"%s" is a question, not a control', (question) => {
    expect(found(site(question))).toEqual(['email info@wohnbau-mitte.example', 'phone +493055501234']);
  });

  it('a sign-up control beside it still says "marketplace"', () => {
    expect(found(site('Wie kann ich mich registrieren?', '<a class="button">Registrieren</a>'))).toEqual([]);
  });
});

describe('a slash with a space after it', () => {
  const found = foundAt('https://www.kleinanzeigen-board.example/anzeige/4711', 'DE');

  it.each([
    ['after the area code', 'Tel.: 030/ 5550 1234', 'phone +493055501234'],
    ['with the country code and "(0)"', 'Telefon: +49 (0) 30/ 5550 12 34', 'phone +493055501234'],
  ])('%s', (_what, text, phone) => {
    expect(found(`<main><p>Verkaufe mein Fahrrad. ${text}</p></main>`, 'DE', 'phone')).toEqual([phone]);
  });

  it('two years with a slash are no number', () => {
    expect(found('<main><p>Baujahr 2019/ 2020, 45 000 km</p></main>', 'DE', 'phone')).toEqual([]);
  });
});
