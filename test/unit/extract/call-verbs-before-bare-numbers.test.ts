/**
 * Found on a sealed round's pages of an Estonian property portal: a private owner's mobile written
 * as one run of digits after "Helista" (call), in the ad's text and beside the contact box's
 * "Helista" label, was missed; a bare run of digits is a phone only after a phone's label or a
 * call verb, and the Baltic, Central European, Balkan and Greek verbs were not among them. The cases
 * an adversary would bring: the verb followed by hours, a count, a price or an ad's id, not a
 * number. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell.example/ad/4401937', 'EE');
const ad = (text: string): string =>
  `<html><body><main><h1>Kuulutus</h1><div class="description"><p>${text}</p></div></main></body></html>`;

describe('a bare number after a call verb', () => {
  it.each([
    ['EE', 'Vaba kohe, üür 320 eurot. Helista 5123456 pärast kella 17.', 'phone +3725123456'],
    ['EE', 'Helistage 5123456 õhtuti.', 'phone +3725123456'],
    ['CZ', 'Byt je volný ihned. Volejte 602123456, nejlépe večer.', 'phone +420602123456'],
    ['HU', 'A lakás azonnal költözhető. Hívjon: 301234567', 'phone +36301234567'],
    ['LT', 'Skambinkite 861234567 vakarais.', 'phone +37061234567'],
    ['LV', 'Zvaniet 21234567 jebkurā laikā.', 'phone +37121234567'],
    ['GR', 'Καλέστε 6912345678 για ραντεβού.', 'phone +306912345678'],
  ])('%s: %s', (country, text, phone) => {
    expect(found(ad(text), country, 'phone')).toEqual([phone]);
  });

  it("a contact box's call label before the number", () => {
    const html =
      `<html><body><main><h1>Kuulutus</h1><div class="contact"><span>Helista</span> <span class="nr">5123456</span></div>` +
      `<p>Üür 320 eurot.</p></main></body></html>`;
    expect(found(html, 'EE', 'phone')).toEqual(['phone +3725123456']);
  });

  it.each([
    ['EE', 'Helista 9-17, kuulutus 4401937, üür 320 eurot, korrus 3/5.'],
    ['EE', 'Helista 2 korda, kood 1234567.'],
    ['CZ', 'Volejte kdykoli, cena 12500000 Kč, ID 602123456.'],
    ['HU', 'Hívjon bármikor! Ár: 45000000 Ft, hirdetés 4401937.'],
  ])('%s: no phone in "%s"', (country, text) => {
    expect(found(ad(text), country, 'phone')).toEqual([]);
  });
});
