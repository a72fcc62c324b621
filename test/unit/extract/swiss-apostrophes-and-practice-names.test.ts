/**
 * From the 84th sealed round (found after its scoring): a Swiss firm printed its lines with
 * apostrophes between the subscriber number's pairs of digits ("021/ 555'10'10"), which neither
 * the scan nor libphonenumber read. Swiss amounts put apostrophes before groups of three
 * ("CHF 1'250'000"), and those must stay amounts.
 * Every number and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../lambdas/shared/normalise/phone.js';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-holzbau.example/kontakt/', 'CH');
const contact = (line: string): string =>
  '<!doctype html><html><body><main><h1>Kontakt</h1><p>Wendell Holzbau AG<br>Wendelweg 4<br>3999 Wendelfingen</p>' +
  `<p>${line}</p></main></body></html>`;

describe('apostrophes between the pairs of a Swiss number', () => {
  it.each([
    ['after a slash and a space', "Telefon 021/ 555'10'10", '+41215551010'],
    ['after a slash', "Telefon 021/555'10'10", '+41215551010'],
    ['after a space', "Tel. 021 555'10'10", '+41215551010'],
    ['a mobile, typographic apostrophes', 'Natel 078 555’12’34', '+41785551234'],
    ['with the country code', "Tel. +41 21 555'10'10", '+41215551010'],
  ])('%s', (_what, line, phone) => {
    expect(found(contact(line), 'CH', 'phone')).toEqual([`phone ${phone}`]);
  });

  it('reads each of two such lines', () => {
    expect(found(contact("Telefon 021/ 555'10'10, Fax 021/ 555'10'11"), 'CH', 'phone')).toEqual([
      'phone +41215551010',
      'phone +41215551011',
    ]);
  });

  it.each([
    ['a price', "Verkaufspreis CHF 1'250'000.–"],
    ['a price with typographic apostrophes', 'Preis: CHF 2’450’000'],
    ['a mileage and a price', "Kilometerstand 125'000 km, Preis 18'900"],
  ])('%s stays an amount', (_what, line) => {
    expect(found(contact(line), 'CH', 'phone')).toEqual([]);
  });

  it('the normaliser reads the apostrophes as spaces', () => {
    expect(normalisePhone("021/ 555'10'10", 'CH')).toBe('+41215551010');
    expect(normalisePhone('+41 78 555’12’34', 'CH')).toBe('+41785551234');
  });

  it('the normaliser still refuses an amount', () => {
    expect(normalisePhone("1'250'000", 'CH')).toBeUndefined();
  });
});

/**
 * From the 84th sealed round too: a booking directory's profile of a doctor headed its contact
 * box with the practice's name ("Praxis" and the doctor's name), which was stored as a person's
 * name. A practice or an office named after its doctor or lawyer is a business; the person is
 * named elsewhere on such pages.
 */
describe("a practice's name in the seller box", () => {
  const profile = foundAt('https://www.wendell-booking.example/behandler/4711', 'CH');
  const box = (heading: string): string =>
    '<!doctype html><html><body><main><h1>Termin buchen</h1>' +
    `<div class="seller-box"><h5 class="name">${heading}</h5><p>Wendelweg 4, 3999 Wendelfingen</p></div></main></body></html>`;

  it.each([
    ['Praxis Lena Marten'],
    ['Kanzlei Timo Wendrich'],
    ['Praktijk Anna Berg'],
    ['Gabinet Anna Berg'],
    ['Clínica Anna Berg'],
    ['Ordination Ursula Brünig'],
  ])('"%s" is no person', (heading) => {
    expect(profile(box(heading), 'CH', 'name')).toEqual([]);
  });

  it("the doctor's own name in the box still is", () => {
    expect(profile(box('Lena Marten'), 'CH', 'name')).toEqual(['name lena marten']);
  });
});

/**
 * From the 84th sealed round too: a one-person business's site signs its footer on one line, with
 * no mailbox and no copyright ("<owner's name> - <trade>, <street>, <town>, T <line>, M <mobile>").
 * That line is the site's own sign and names its owner.
 */
describe("a one-person business's signature line in its footer", () => {
  const site = foundAt('https://www.wendell-fusspflege.example/', 'CH');
  const home = (footer: string, header = ''): string =>
    `<!doctype html><html><body><header><nav><a href="/">Start</a><a href="/fusspflege/">Fusspflege</a>${header}</nav></header>` +
    '<main><h1>Neuigkeiten</h1><p>Neue Öffnungszeiten ab März.</p><p><a href="/aktuell/">mehr</a></p></main>' +
    `<footer><div id="Footer"><p>${footer}</p></div></footer></body></html>`;
  const signed = '<strong>Lena Marten - Fusspflege &amp; Massage,</strong> Wendelweg 4, 3999 Wendelfingen, T +41 21 555 10 10, M +41 78 555 12 34';

  it('gives the owner and her lines', () => {
    expect(site(home(signed))).toEqual(['name lena marten', 'phone +41215551010', 'phone +41785551234']);
  });

  it('with a comma after the name', () => {
    expect(site(home('Lena Marten, Fusspflege, Wendelweg 4, 3999 Wendelfingen, Tel. 021 555 10 10'))).toEqual(['name lena marten', 'phone +41215551010']);
  });

  it("a marketplace's controls beside it still say marketplace", () => {
    expect(site(home(signed, '<a href="/inserieren/">Inserat aufgeben</a><a href="/login/">Anmelden</a>'))).toEqual([]);
  });

  it.each([
    ['a firm, not a person', 'Holzbau Wendell - Schreinerei, Wendelweg 4, 3999 Wendelfingen, T +41 21 555 10 10'],
    ['a heading, not a person', 'Kontakt und Anfahrt - Wendelweg 4, 3999 Wendelfingen, T +41 21 555 10 10'],
    ['the number on another line', 'Lena Marten - Fusspflege &amp; Massage<br>T +41 21 555 10 10'],
    ['no number after the name', 'Lena Marten - Fusspflege &amp; Massage, Wendelweg 4, 3999 Wendelfingen'],
  ])('%s is no sign', (_what, footer) => {
    expect(site(home(footer))).toEqual([]);
  });
});
