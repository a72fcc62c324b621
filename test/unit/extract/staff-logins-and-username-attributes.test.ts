/**
 * From the 76th sealed round's sets (m78a-c), scored with the code after the 75th round's fix round
 * before any of their pages was read: a firm's own site whose menu holds its staff's log-in in its
 * own language ("Medewerkers login"), and a user name in a data attribute named with an underscore
 * ("data-to_username"), read as a person's name. With the cases an adversary would bring: a log-in
 * alone, an agents' log-in (a portal's advertisers'), a seller's name attribute. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const site = (nav: string): string =>
  '<!doctype html><html><body><header><nav>\n<a href="/">Home</a>\n<a href="/over-ons">Over ons</a>\n<a href="/contact">Contact</a>\n' +
  `${nav}\n</nav></header><main><h1>Contact</h1><p>Rijschool en taxi, sinds 1980.</p></main>` +
  '<footer><p>Wendellstraat 12, Eindhoven</p><p>Tel. 040 555 0142</p><p>info@wendell-rijschool.nl</p></footer></body></html>';

describe("a firm's own site with its staff's log-in in its menu", () => {
  const nl = foundAt('https://www.wendell-rijschool.nl/lessen/rijles-b/', 'NL');

  it('stays its own, in the markets\' words for staff', () => {
    for (const login of ['Intranet Login', 'Medewerkers login', 'Mitarbeiter-Login', 'Medarbejdere login']) {
      expect(nl(site(`<a href="/personeel">${login}</a>`))).toEqual(['email info@wendell-rijschool.nl', 'phone +31405550142']);
    }
  });

  it("not a log-in alone, nor the agents' log-in of a portal", () => {
    expect(nl(site('<a href="/inloggen">Inloggen</a>'))).toEqual([]);
    expect(nl(site('<a href="/makelaar">Makelaar login</a>'))).toEqual([]);
  });
});

describe('a user name in a data attribute named with an underscore', () => {
  const us = foundAt('https://www.wendell-crafts.example/listing/1234567/mug', 'US');

  it('is no name', () => {
    expect(us(page('<h1>Stoneware mug</h1><button data-to_username="lenamarten">Message Lena</button>'), 'US', 'name')).toEqual([]);
  });

  it("while a seller's name attribute still is one", () => {
    expect(us(page('<h1>Stoneware mug</h1><div data-seller-name="Lena Marten">Shop owner</div>'), 'US', 'name')).toEqual(['name lena marten']);
  });
});
