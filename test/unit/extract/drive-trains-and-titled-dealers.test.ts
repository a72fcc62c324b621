/**
 * Found on a sealed round's pages of a German car marketplace: a model's variant with its drive
 * train ("… Hybrid AWD T8 Inscription") read as a German plate, and a dealer named after its
 * founder with an engineer's title ("Dipl.-Ing. <name> Auto… <place>") read as the
 * founder's name on the dealer's card. The cases an adversary would bring: a real plate beside a
 * model's name, a plate after a plate's label, the title before a person's name that a comma, a
 * line's end or an agent's words follow. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.qorvan.example/fahrzeuge/suche', 'DE');
const card = (title: string, more = ''): string =>
  `<html><body><main><h1>Fahrzeuge</h1><article><h2>${title}</h2><div>45.900 €</div>${more}</article></main></body></html>`;

describe("a drive train's letters before a variant", () => {
  it.each(['Qorvan Q9 Plug-In Hybrid AWD T8 Inscription', 'Qorvan Q6 AWD T6 Inscription', 'Qorvan Q5 FWD T5 Momentum', 'Qorvan Q3 RWD T4'])('%s is no plate', (title) => {
    expect(found(card(title), 'DE', 'plate')).toEqual([]);
  });

  it('a plate written after its label still is', () => {
    expect(found(card('Qorvan Q6', '<p>Kennzeichen: AW DT 8</p>'), 'DE', 'plate')).toEqual(['plate DE:AWDT8']);
  });

  it('a plate in the text that is no drive train still is', () => {
    expect(found(card('Qorvan Q6 AWD', '<p>Das Fahrzeug steht in Wendelstadt, B AB 1234, ab sofort.</p>'), 'DE', 'plate')).toEqual(['plate DE:BAB1234']);
  });
});

describe("a dealer named after its founder's title and name", () => {
  it.each(['Dipl.-Ing. Lena Marten Autohandel Wendelstadt', 'Dipl.-Ing. Lena Marten Autohaus', 'Ing. Lena Marten Autoservis'])('%s is no person', (dealer) => {
    expect(found(card('Qorvan Q3', `<div class="seller">${dealer}</div>`), 'DE', 'name')).toEqual([]);
  });

  it.each([
    ['Dipl.-Ing. Lena Marten', 'name lena marten'],
    ['Dipl.-Ing. Lena Marten, Qorvan Autohaus', 'name lena marten'],
    ['Dipl.-Ing. Lena Marten<br>Qorvan Autohaus', 'name lena marten'],
  ])('%s is the person', (dealer, name) => {
    expect(found(card('Qorvan Q3', `<div class="seller">${dealer}</div>`), 'DE', 'name')).toEqual([name]);
  });
});
