/**
 * Rules from measuring the extractor on pages it had not seen (vehicle auctions, classified car
 * ads): a country code written in brackets before the national number, and members' usernames
 * (handles) shown as the text of their profile links. Each with the cases an adversary would
 * write; all values are synthetic (example.* domains, invented names, handles and numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.cars.example/listing/2019-coupe-7/', 'US');

describe('a country code in brackets before the number', () => {
  it.each([
    ['with a space', '<p>Tālrunis: (+371) 21234567</p>', 'LV', 'phone +37121234567'],
    ['glued to the number', '<p>Tālrunis: (+371)21234567</p>', 'LV', 'phone +37121234567'],
    ['with the number in a nested element', '<table><tr><td>Tālrunis:</td><td>(+371)<span class="n">21234567</span></td></tr></table>', 'LV', 'phone +37121234567'],
    ['with grouped national digits and no label', '<p>(+49) 176 12345678</p>', 'DE', 'phone +4917612345678'],
    ['in English, after no phone word', '<p>Ask for the keys: (+44) 7911 123456</p>', 'GB', 'phone +447911123456'],
    ['of another country than the site’s', '<p>Telefon: (+371) 21234567</p>', 'EE', 'phone +37121234567'],
  ])('is read %s', (_, body, country, phone) => {
    expect(found(page(body), country, 'phone')).toEqual([phone]);
  });

  it('reads two numbers written so on one line as two numbers', () => {
    expect(found(page('<p>(+372) 51234567, (+371) 21234567</p>'), 'EE', 'phone')).toEqual(['phone +37121234567', 'phone +37251234567']);
  });

  it.each([
    ['a country code that does not exist', '<p>(+3) 41234567</p>', 'US'],
    ['a two-digit code no country has', '<p>(+12) 3456789</p>', 'US'],
    ['a score change before an id', '<p>Views (+100) 1234567</p>', 'US'],
    ['a change before a date', '<p>Updated (+371) 12.03.2024</p>', 'LV'],
    ['an id after an id label', '<p>Anzeigen-ID (+49) 176 12345678</p>', 'DE'],
    ['a bare code with too few digits after it', '<p>(+371) 2123</p>', 'LV'],
  ])('gives no phone for %s', (_, body, country) => {
    expect(found(page(body), country, 'phone')).toEqual([]);
  });
});

describe('a username shown as a profile link is no name', () => {
  it.each([
    ['a handle in camel case', '<a href="/member/violetfox/">VioletFox</a>'],
    ['a handle capitalised once', '<a href="/member/violetfox/">Violetfox</a>'],
    ['a handle with an underscore in both', '<a href="/user/dr_lumen">Dr_Lumen</a>'],
    ['a handle on an absolute link to the same site', '<a href="https://www.cars.example/member/tidewater/">Tidewater</a>'],
    ['a handle with a query and a fragment', '<a href="/member/tidewater/?tab=comments#c12">Tidewater</a>'],
    ['a handle with letters escaped in the slug', '<a href="/user/j%C3%B6rgsen">Jörgsen</a>'],
    ['a handle repeated by a bidder and a commenter', '<ul><li><a href="/member/tidewater/">Tidewater</a> bid $12,500</li><li><a href="/member/tidewater/">Tidewater</a> said: nice car</li></ul>'],
  ])('%s', (_, body) => {
    expect(found(page(body), 'US', 'name')).toEqual([]);
  });

  it.each([
    ['a display name in words whose slug joins them', '<a href="/member/evalind/">Eva Lind</a>', 'name eva lind'],
    ['a display name in words whose slug hyphenates them', '<a href="/profil/eva-lind">Eva Lind</a>', 'name eva lind'],
    ['a one-word display name on a numeric profile id', '<a href="/user/48213">Eva</a>', 'name eva'],
    ['a one-word display name that is not the slug', '<a href="/member/tidewater/">Marta</a>', 'name marta'],
    ['a slug with a malformed escape', '<a href="/user/%E0%A4">Marta</a>', 'name marta'],
  ])('%s is still a name', (_, body, name) => {
    expect(found(page(body), 'US', 'name')).toEqual([name]);
  });
});

describe('a car dealer’s trade name in a Romance language is no person’s', () => {
  const card = (name: string): string => page(`<div class="seller-card"><span class="seller-name">${name}</span><p>Vendedor</p></div>`);

  it.each([
    ['Silva Automóveis', 'BR'],
    ['SILVA AUTOMOVEIS', 'BR'],
    ['Lima Veículos', 'BR'],
    ['Seminovos Lima', 'BR'],
    ['Vehículos Ruiz', 'ES'],
    ['Automóviles Ortega', 'ES'],
    ['Veicoli Rossi', 'IT'],
    ['Garnier Véhicules', 'FR'],
  ])('%j in a seller card gives no name', (name, country) => {
    expect(found(card(name), country, 'name')).toEqual([]);
  });

  it.each([
    ['Ana Veiga', 'BR', 'name ana veiga'],
    ['Marco Vehi', 'IT', 'name marco vehi'],
  ])('a person %j in the same card is still a name', (name, country, expected) => {
    expect(found(card(name), country, 'name')).toEqual([expected]);
  });
});

describe('the line after a "Contact" heading or link is a name only when it is one', () => {
  const names = (body: string): string[] => found(page(body), 'IE', 'name');

  it.each([
    ['a contact form’s status line', '<h3>Contact</h3><div class="status">Sending Reply</div>'],
    ['the status word alone', '<h3>Contact</h3><div class="status">Sending</div>'],
    ['the footer’s copyright notice', '<a href="/about">Contact</a><br><a href="/">Copyright © Examplegroup All rights reserved</a>'],
    ['a copyright link that names the platform', '<a href="/about">Contact</a> <a href="/">Copyright Examplegroup</a>'],
  ])('%s gives no name', (_, body) => {
    expect(names(body)).toEqual([]);
  });

  it.each([
    ['a name on the line after the heading', '<h3>Contact</h3><p>Rory Moss</p>'],
    ['a name after the verb in a sentence', '<p>Contact Rory Moss after 5pm</p>'],
  ])('%s is still read', (_, body) => {
    expect(names(body)).toEqual(['name rory moss']);
  });
});
