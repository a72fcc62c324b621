/**
 * Found on an unlabelled real result page of a property portal: each card sets the contact
 * ("Herr …") and the agency's name side by side, and the honorific's name ran on into the agency's
 * first word ("… Wendell" of "Wendell Immobilien", "Wendell und Reilly GmbH"). The run's last word
 * is the firm's when a trade word, a legal form, or a joiner and a partner's name and one of those
 * follow it; the cases an adversary would bring: the firm on the next line, a name with no firm
 * after it, a joiner between two people, and a firm whose second partner has two words. All values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const de = foundAt('https://www.wendel-immo.example/suche/mieten', 'DE');
const card = (inner: string): string =>
  `<html><body><main><h1>Mietangebote</h1><article class="result"><h2>Wohnung, 80 m²</h2><p>540 €</p><div class="contact">${inner}</div></article></main></body></html>`;

describe("a contact's name and the firm's beside it", () => {
  it.each([
    ['<span>Herr Kamal Reilly</span> <span>Wendell Immobilien</span>', ['name kamal reilly']],
    ['<span>Herr Kamal Reilly</span> <span>Wendell und Marten GmbH</span>', ['name kamal reilly']],
    ['<span>Herr Kamal Reilly</span> <span>Wendell &amp; Marten Immobilien, seit 1990</span>', ['name kamal reilly']],
    ['<span>Frau Lena Marten</span> <span>Wendell und Berg Grund Immobilien</span>', ['name lena marten']],
  ])('%s', (inner, want) => {
    expect(de(card(inner), 'DE', 'name')).toEqual(want);
  });
});

describe('the whole name stays', () => {
  it.each([
    // The firm on a line of its own.
    ['<p>Frau Lena Marten</p><p>Wendell Immobilien</p>', ['name lena marten']],
    // No firm after the name.
    ['<span>Frau Lena Anna Marten</span> <span>ruft gern zurück</span>', ['name lena anna marten']],
    // A joiner between two people, no firm's word after them.
    ['<span>Frau Lena Marten</span> <span>und Kamal Reilly</span>', ['name lena marten']],
  ])('%s', (inner, want) => {
    expect(de(card(inner), 'DE', 'name')).toEqual(want);
  });
});
