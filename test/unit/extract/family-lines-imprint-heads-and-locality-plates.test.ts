/**
 * From the 141st sealed round (found after its scoring: metalworkers and fence makers, guides,
 * shops, language schools, farms): a family business's members named on lines of their own, whose
 * family name the site's name spells; a German imprint's "Geschäftsführung" over the manager; an
 * Italian locality's address after "Reg." is no plate; a farm's name is no one's. With the cases
 * an adversary would bring. Every name, number, address and domain here is invented (wendell-* and
 * qorvan domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("a family business's members on lines of their own", () => {
  const about = (name: string) => page(`<h2>Über uns</h2><h3>${name}</h3><p>Als gelernte Gärtnerin habe ich mich mit ökologischer Landwirtschaft beschäftigt.</p><p>Mail: info@bio-marten.example</p>`);

  it('"Lena Marten" on bio-marten.example: the family\'s member', () => {
    expect(foundAt('https://bio-marten.example/', 'DE')(about('Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it("not a name whose family name the site's name does not spell, nor a given name and a trade's word that make the brand", () => {
    expect(foundAt('https://bio-qorvan.example/', 'DE')(about('Lena Marten'), 'DE', 'name')).toEqual([]);
    expect(foundAt('https://lenapatisserie.example/', 'FR')(page('<h1>Lena Pâtisserie</h1><p>Gâteaux sur commande.</p><p>Tél. 01 55 50 14 20</p>'), 'FR', 'name')).toEqual([]);
  });
});

describe('a German imprint\'s "Geschäftsführung" over the manager', () => {
  const found = foundAt('https://www.wendell-metallbau.example/', 'DE');
  const imprint = (under: string) =>
    page(`<p>Wendell Metallbau</p><p>Musterweg 5</p><p>55555 Wendelstadt</p><p>Telefon: +49 5555 555014</p><p>E-Mail: info@wendell-metallbau.example</p><p>Homepage: https://www.wendell-metallbau.example/</p><p>Geschäftsführung</p><p>${under}</p><p>Registergericht: HWK Wendel unter der Nummer 5550142</p>`);
  it('names the manager over the register\'s line', () => {
    expect(found(imprint('Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
  });
  it('not a firm under it', () => {
    expect(found(imprint('Qorvan Bau GmbH'), 'DE', 'name')).toEqual([]);
  });
});

describe('an Italian locality\'s address after "Reg."', () => {
  const found = foundAt('https://www.agriturismo-wendell.example/', 'IT');
  it('"Reg. Wendella 12" is an address, no plate', () => {
    expect(found(page('<p>Reg. Wendella 12 · 12055 Torre (CN)</p>'), 'IT', 'plate')).toEqual([]);
  });
  it('a plate after its label still is, in capitals or in small letters', () => {
    expect(found(page('<p>Targa: AB 123 CD</p>'), 'IT', 'plate')).toEqual(['plate IT:AB123CD']);
    expect(foundAt('https://www.wendell-bil.example/', 'NO')(page('<p>Reg.nr: bn39641</p>'), 'NO', 'plate')).toEqual(['plate NO:BN39641']);
  });
});

describe("a farm's name over its address", () => {
  it('"Wendell Biohof" is no one\'s name', () => {
    expect(foundAt('https://wendell-biohof.example/', 'CH')(page('<h1>Wendell Biohof</h1><p>Kontakt:</p><p>Wendell Biohof</p><p>Musterweg 1</p><p>5555 Wendel</p><p>Telefon: 031 555 01 42</p>'), 'CH', 'name')).toEqual([]);
  });
});
