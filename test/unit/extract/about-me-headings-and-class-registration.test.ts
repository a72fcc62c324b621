/**
 * From the 125th sealed round (found after its scoring): an Italian, Spanish or Portuguese "About me"
 * heading over a first-person bio is no name, though its first word is a given name somewhere ("Chi
 * Sono" over "Sono Lena Marten, …"); and a school's "Class registration" in its menu is an enrolment,
 * not a marketplace's sign-up, so the site's footer contacts are read. With the cases an adversary
 * would bring. Every name, number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe('an "About me" heading over a first-person bio', () => {
  const bio = 'fisioterapista a Torino da dieci anni: seguo sportivi di ogni età con programmi costruiti insieme, passo dopo passo.';

  it.each([
    ['IT', 'Chi Sono', `Sono Lena Marten, ${bio}`],
    ['ES', 'Quién Soy', `Soy Lena Marten, masajista profesional con muchos años de experiencia en el bienestar de las personas y del deporte.`],
    ['PT', 'Quem Sou', `Sou Lena Marten, massagista profissional com muitos anos de experiência no bem-estar das pessoas e do desporto.`],
  ])('%s: "%s" is no name; the person introducing themselves is', (cc, heading, paragraph) => {
    const html = `<!doctype html><html><body><main><h2>${heading}</h2><p>${paragraph}</p></main></body></html>`;
    expect(foundAt('https://www.wendell-benessere.example/', cc)(html, cc, 'name')).toEqual(['name lena marten']);
  });

  it('a person\'s name heading such a bio still is one', () => {
    const html = `<!doctype html><html><body><main><h2>Lena Marten</h2><p>Sono ${bio}</p></main></body></html>`;
    expect(foundAt('https://www.wendell-benessere.example/', 'IT')(html, 'IT', 'name')).toEqual(['name lena marten']);
  });
});

describe('a school\'s "Class registration" in its menu', () => {
  const page = (menuItem: string): string[] =>
    foundAt('https://wendell-tanz.netlify.app/kurse/ballett/', 'DE')(
      `<!doctype html><html><head><title>Tanzschule Wendell</title></head><body><nav><a href="../">Home</a> <a href="/kurse">Kurse</a> <a href="/sign-up-page">${menuItem}</a></nav>` +
        '<main><h2>Unser Team</h2><p>Ballett und Jazz für Kinder und Erwachsene.</p></main>' +
        '<footer><h3>Kontakt</h3><p>wendell.tanz@proton.me</p><p>Mobil 0178 5552987</p></footer></body></html>',
      'DE',
    ).filter((f) => !f.startsWith('name'));

  it.each([['Class registration'], ['Course registration'], ['Event registration']])('%s: the footer\'s contacts are read', (item) => {
    expect(page(item)).toEqual(['email wendell.tanz@proton.me', 'phone +491785552987']);
  });

  it.each([['Registration'], ['Register'], ['Sign up']])('not beside an account\'s "%s"', (item) => {
    expect(page(item)).toEqual([]);
  });
});
