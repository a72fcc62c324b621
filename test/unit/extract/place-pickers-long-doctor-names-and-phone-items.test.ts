/**
 * From the fix round on the 162nd sealed round, after its scoring: a place picker's list, whose
 * boroughs named after people sit over the next borough's name as if over a role; a doctor's name
 * of two given names, particles and two family names on the markets whose people bear two; an id
 * attribute that names its item a phone, whose digits are that phone's. With the cases an
 * adversary would bring: a team's real roles, a name too long for a person, a doctor named inside a
 * sentence, a market of one family name, ids of ads and of other things. Every name, number and
 * site here is invented; the towns are large cities anyone would name.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.qorvan.com.mx/dentistas', 'MX');
const names = (html: string, country = 'MX'): string[] => found(page(html), country, 'name');
const list = (lines: string[]): string => `<ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`;

describe("a place picker's list, a person's name over a town's", () => {
  it('is no list of people and their roles', () => {
    const picker = list(['Lena Marten', 'Puebla', 'Anna Berg', 'Monterrey', 'Kamal Reilly', 'Guadalajara', 'Ingrid Berg', 'Tijuana']);
    expect(names(`<h2>Elige tu zona</h2>${picker}`)).toEqual([]);
  });

  it('but a team with its roles is still read, a role that names a town among them', () => {
    const team = list(['Lena Marten', 'Directora', 'Anna Berg', 'Asesora', 'Kamal Reilly', 'Asesor en Monterrey', 'Ingrid Berg', 'Recepción']);
    expect(names(team)).toEqual(['name anna berg', 'name ingrid berg', 'name kamal reilly', 'name lena marten']);
  });
});

describe("a doctor's name of two given names, particles and two family names", () => {
  it.each([
    ['with a particle', 'Dra. Lucía Ana de la Qorvan Marten', 'name lucía ana de la qorvan marten'],
    ['four names', 'Dra. Lucía Ana Gómez Marten', 'name lucía ana gómez marten'],
    ['five names', 'Dr. Kamal Ingrid Anna Gómez Reilly', 'name kamal ingrid anna gómez reilly'],
  ])('opening a card on a market of two family names: %s', (_what, line, expected) => {
    expect(names(`<h3>${line}</h3><p>Ortodoncia</p>`)).toEqual([expected]);
    expect(names(`<h3>${line}</h3><p>Ortodoncia</p>`, 'ES')).toEqual([expected]);
  });

  it.each([
    ['inside a sentence', '<p>Un curso de la Dra. Lucía Ana de la Qorvan Marten en marzo.</p>', 'MX'],
    ['too many words for a name', '<h3>Dra. Lucía Ana Ingrid de la Qorvan Gómez Marten Berg</h3>', 'MX'],
    ['on a market of one family name', '<h3>Dr. Lena Anna Marten Berg Wendell</h3>', 'DE'],
  ])('no name: %s', (_what, html, country) => {
    expect(names(html, country)).toEqual([]);
  });
});

describe('an id attribute that names its item a phone', () => {
  const profile = foundAt('https://www.qorvan.com.mx/dentistas/lucia-marten', 'MX');
  const phones = (id: string): string[] =>
    profile(page(`<p>Consultorio</p><button data-id="${id}" data-toggle="modal">Mostrar número</button><p><a href="tel:55 5555 0142">55 5555 0142</a></p>`), 'MX', 'phone');

  it.each(['contact-1201-5555550142-phone', 'phone_5555550142', 'whatsapp-5555550142'])('holds that phone, no id: %s', (id) => {
    expect(phones(id)).toEqual(['phone +525555550142']);
  });

  it.each(['ad-5555550142', 'telemetry-5555550142', 'listing-5555550142-photos'])("is still an id where no word names a phone, the number its digits spell no one's: %s", (id) => {
    expect(phones(id)).toEqual([]);
  });
});
