/**
 * Found on a sealed round's German property ads: the contact card prints the agent's name and the
 * card's subtitle in two spans with nothing between them ("Herr …" / "Ihr Kontakt"), which a
 * style sheet sets one under the other. Read as one text they were "…MartenIhr" to the name
 * rules, and no name was taken. A capital opening an element's text right after a small letter
 * closing the element before's is a line apart. The cases an adversary would bring: a firm's
 * name or a post glued after the name, a name split into spans with a space, a word glued inside
 * one element, a facet list of car makes ("Austin Healey" among them). All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-makler.example/angebot/4711', 'DE');
const ad = (card: string): string =>
  `<!doctype html><html><body><main><h1>Dachgeschoss mit Balkon</h1><p>Hell, ruhig gelegen, 78 m².</p>` +
  `<section><h2>Anbieter</h2><div>Wendell Hausverwaltung GmbH</div><div class="card">${card}</div></section></main></body></html>`;

describe('names in elements glued to the next', () => {
  it.each([
    ['<span>Herr Kamal Reilly</span><span>Ihr Kontakt</span>', 'name kamal reilly'],
    ['<span>Frau Anna Berg</span><span>Ihre Ansprechpartnerin</span>', 'name anna berg'],
    ['<span>Frau Anna Berg</span><span>Wendell Hausverwaltung GmbH</span>', 'name anna berg'],
    ['Ansprechpartner<span>Frau Anna Berg</span>', 'name anna berg'],
    // a name over its label, glued as before: still a word apart on the name's line
    ['<span>Frau Anna Berg</span><span>Tel. 030 555 01 42</span>', 'name anna berg'],
  ])('%s gives the name', (card, name) => {
    expect(found(ad(card), 'DE', 'name')).toEqual([name]);
  });

  it('a name whose words are spans with a space between is one name', () => {
    expect(found(ad('<span>Frau</span> <span>Anna</span> <span>Berg</span>'), 'DE', 'name')).toEqual(['name anna berg']);
  });

  it('a word glued inside one element stays one word', () => {
    expect(found(ad('<span>Frau Anna BergIhr Kontakt</span>'), 'DE', 'name')).toEqual([]);
  });

  it("a make's facet list is no list of people", () => {
    const makes = ['Acura', 'Alfa Romeo', 'Aston Martin', 'Audi', 'Austin', 'Austin Healey', 'Avanti', 'BMW', 'Bentley', 'Buick', 'Cadillac', 'Chevrolet', 'Chrysler', 'Citroen', 'Daewoo', 'Datsun', 'DeSoto', 'Dodge', 'Ferrari', 'Fiat', 'Ford', 'GMC', 'Honda', 'Hudson', 'Hyundai', 'Jaguar', 'Jeep', 'Kia', 'Lincoln', 'Lotus', 'Mazda', 'Mercury', 'Nash', 'Nissan', 'Packard', 'Plymouth', 'Pontiac', 'Porsche', 'Studebaker', 'Toyota'];
    const facets = `<aside><div>Keyword</div><span>x</span><button>Submit</button><button>Remove All Selections</button><button>Save Search</button><div>Make</div>${makes.map((m) => `<div>${m}</div>`).join('')}</aside>`;
    const html = `<!doctype html><html><body><main><h1>Toyota Tacoma for sale</h1>${facets}<div>2019 Toyota Tacoma, 41,000 miles</div></main></body></html>`;
    expect(foundAt('https://cars.wendell-market.example/search/make/Toyota', 'US')(html, 'US', 'name')).toEqual([]);
  });
});
