/**
 * From the 138th sealed round (found after its scoring: architects and surveyors, butchers and
 * bakers, gardeners and landscapers): a title that names the owner before the office's word, whose
 * mailbox's domain spells the name; the founder a family business's text names, whose family name
 * the site's name spells; a German imprint's "Anbieterkennzeichnung" over the provider. With the
 * cases an adversary would bring. Every name, number, address and domain here is invented
 * (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const html = (body: string, title: string): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("a title naming the owner before the office's word", () => {
  const found = foundAt('https://wendell-arch.github.io/bureau/contact/', 'BE');
  const contact = (mailbox: string) => `<main><h1>Contact</h1><p>Telefoon</p><p>0478 55 50 14</p><p>E-mail</p><p><a href="mailto:${mailbox}">${mailbox}</a></p></main>`;

  it('"Lena Marten Architectenbureau", the mailbox at a domain that spells the name: the owner', () => {
    expect(found(html(contact('info@lenamarten.example'), 'Contact – Lena Marten Architectenbureau'), 'BE', 'name')).toEqual(['name lena marten']);
  });

  it("not where neither the site's name nor a mailbox's domain spells it", () => {
    expect(found(html(contact('info@wendell-arch.example'), 'Contact – Lena Marten Architectenbureau'), 'BE', 'name')).toEqual([]);
  });
});

describe("the founder of a family business whose family name the site's name spells", () => {
  const about = (sentence: string) => page(`<h1>Chi siamo</h1><p>${sentence}</p><p>Tel. 06 5550 142</p>`);

  it('"Fondata da Kamal Wendell" at salumeria-wendell.example: the founder', () => {
    expect(foundAt('https://www.salumeria-wendell.example/', 'IT')(about('Dal 1971 la Salumeria Wendell porta in tavola qualità. Fondata da Kamal Wendell, oggi è guidata dalla sua famiglia.'), 'IT', 'name')).toEqual(['name kamal wendell']);
    expect(foundAt('https://www.wendell-bakery.example/', 'GB')(about('Founded by Kamal Wendell in 1971, the bakery is still run by his family.'), 'GB', 'name')).toEqual(['name kamal wendell']);
  });

  it("not a founder of another family name, nor a famous founder of a school", () => {
    const found = foundAt('https://www.salumeria-wendell.example/', 'IT');
    expect(found(about('Fondata da Kamal Reilly nel 1971.'), 'IT', 'name')).toEqual([]);
    expect(foundAt('https://www.scuola-wendell.example/', 'IT')(about('La scuola fondata da Maria Montessori nel 1907.'), 'IT', 'name')).toEqual([]);
  });
});

describe('a German imprint\'s "Anbieterkennzeichnung" over the provider', () => {
  it('names the provider over the trade and the address', () => {
    const found = foundAt('https://wendell-galabau.github.io/site/impressum.html', 'DE');
    const body = page('<h1>Impressum</h1><p>Angaben gemäß den gesetzlichen Informationspflichten.</p><h2>Anbieterkennzeichnung</h2><p>Kamal Reilly</p><p>Garten- und Landschaftsbau</p><h3>Anschrift</h3><p>Musterweg 24</p><p>55555 Wendell</p><p>Telefon: 030 5550142</p>');
    expect(found(body, 'DE', 'name')).toEqual(['name kamal reilly']);
  });
});
