/**
 * From the 140th sealed round (found after its scoring: small-ad boards, employers' vacancies,
 * animal shelters, party hire, beauty salons and hairdressers, rentals): reviews whose writer's name
 * stands over the next review's source ("Facebook"), no team's roles; a shelter's and a salon's
 * name, no person's; a copyright line naming a salon's trade before its owner. With the cases an
 * adversary would bring. Every name, number, address and domain here is invented (wendell-* and
 * qorvan domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("reviews: the writer's name over the next review's source", () => {
  const found = foundAt('https://wendell-event.example/', 'PL');
  const review = (source: string, quote: string, name: string) => `<li><span>${source}</span><p>${quote}</p><br /><p><i>${name}</i></p></li>`;

  it('"Lena Marten" / "Youtube", "Anna Berg" / "Instagram": customers, no team', () => {
    const body = page(
      `<h2>Opinie</h2><ul>${review('Facebook', 'Bardzo dobra obsługa.', 'Lena Marten')}${review('Youtube', 'Polecam każdemu.', 'Anna Berg')}${review('Instagram', 'Szybko i profesjonalnie.', 'Ingrid Berg')}${review('Facebook', 'Dziękujemy za pomoc.', 'Kamal Reilly')}</ul>`,
    );
    expect(found(body, 'PL', 'name')).toEqual([]);
  });

  it("a team's names over their roles are still read", () => {
    const body = page('<h2>Nasz zespół</h2><p>Lena Marten</p><p>Właścicielka</p><p>Anna Berg</p><p>Obsługa klienta</p><p>Ingrid Berg</p><p>Logistyka</p>');
    expect(found(body, 'PL', 'name')).toEqual(['name anna berg', 'name ingrid berg', 'name lena marten']);
  });
});

describe("a shelter's and a salon's name over the address and number", () => {
  it('"Antonius Tierheim" and "Davide Stile Parrucchiere": no one\'s name', () => {
    expect(foundAt('https://www.wendell-tierheim.example/katzen', 'DE')(page('<p>Kontaktdaten:</p><p>Antonius Tierheim</p><p>Musterweg 1</p><p>22555 Wendelstadt</p><p>Telefon: 040 5550142</p>'), 'DE', 'name')).toEqual([]);
    expect(foundAt('https://wendell.github.io/barbiere/', 'IT')(page('<footer><p>Telefono</p><p>340 555 0142</p><p>Davide Stile Parrucchiere</p><p>Via Roma 103/A, Torino</p><p>340 555 0142</p></footer>'), 'IT', 'name')).toEqual([]);
  });

  it("the owner's name in the same place still is", () => {
    expect(foundAt('https://www.wendell-tierheim.example/katzen', 'DE')(page('<p>Kontaktdaten:</p><p>Lena Marten</p><p>Musterweg 1</p><p>22555 Wendelstadt</p><p>Telefon: 040 5550142</p>'), 'DE', 'name')).toEqual(['name lena marten']);
  });
});

describe("a copyright line naming a salon's trade before its owner", () => {
  const found = foundAt('https://wendell-fryzjer.example/kontakt.html', 'PL');
  const contact = '<main><h1>Kontakt</h1><p>Telefon: 555 014 201</p><p>E-mail: <a href="mailto:kontakt@wendell-fryzjer.example">kontakt@wendell-fryzjer.example</a></p><p>ul. Długa 4, 08-555 Wendelin</p></main>';

  it('"© 2021 - Pracownia Fryzjerska Anna Kowalczyk | Realizacja …": the owner', () => {
    expect(found(`<!doctype html><html><body>${contact}<footer><p>© 2021 - Pracownia Fryzjerska Anna Kowalczyk | Realizacja Qorvan</p></footer></body></html>`, 'PL', 'name')).toEqual(['name anna kowalczyk']);
  });

  it('not trade words alone, nor a firm after them', () => {
    expect(found(`<!doctype html><html><body>${contact}<footer><p>© 2021 - Pracownia Fryzjerska Wendell</p></footer></body></html>`, 'PL', 'name')).toEqual([]);
  });
});
