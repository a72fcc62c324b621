/**
 * Found on a sealed round's Italian property result page: an agency's mobile written as Italians
 * write it, the operator's prefix, a dot, then the number ("333.5550142"), after its landline, was
 * masked as a decimal and missed. On the Italian plan's markets that shape is a mobile. The cases an
 * adversary would bring: coordinates, a decimal before a unit, a shorter run after the dot, a run
 * glued to a letter, and the same shape on another market's page. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell.example/annuncio/4401937', 'IT');
const ad = (text: string): string =>
  `<html><body><main><h1>Bilocale</h1><div class="description"><p>Affitto 850 euro. ${text}</p></div></main></body></html>`;

describe('a mobile written with a dot after its prefix', () => {
  it.each([
    ['Cell. 333.5550142', ['phone +393335550142']],
    ['Ufficio 02 5550142- 333.5550142. Visite su appuntamento.', ['phone +39025550142', 'phone +393335550142']],
    ['Whatsapp 347.5550142 oppure 02.5550142', ['phone +39025550142', 'phone +393475550142']],
  ])('IT: %s', (text, phones) => {
    expect(found(ad(text), 'IT', 'phone')).toEqual(phones);
  });

  it.each([
    ['IT', 'Posizione: 45.4642035, 9.1899817'],
    ['IT', 'Superficie 312.5546875 mq'],
    ['IT', 'Prezzo 350.000 euro, codice 333.555014'],
    ['IT', 'Codice 333.5550142A'],
    ['US', 'Ratio 312.5546875 to 1'],
    ['DE', 'Wert 355.1234567 Punkte'],
  ])('%s: no phone in "%s"', (country, text) => {
    expect(found(ad(text), country, 'phone')).toEqual([]);
  });
});
