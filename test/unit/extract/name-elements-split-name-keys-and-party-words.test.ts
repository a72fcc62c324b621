/**
 * From probing the extractor with the places result cards and page data put a seller's name
 * (29 shapes, 7 missed), after the 40th sealed round: a card's name element that is itself the
 * seller-marked element, a name split over "prenom"/"nom" (and "nombre"/"apellidos", "nome"/
 * "cognome" …), "user" and "seller" in the other markets' languages as party keys, and a "Your
 * agent" heading. Every name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const at = foundAt('https://www.ads.example/ad/1234', 'DE');
const names = (body: string, country = 'DE'): string[] => at(page(`<h1>Ad</h1>${body}`), country, 'name');
const inData = (ad: unknown): string => nextData({ ad: { id: 1234, title: 'Bike', ...(ad as object) } });

describe("a card's name element that is itself the seller-marked element", () => {
  it.each([
    ['agent-name', '<div class="agent-name">Anna Berg</div>'],
    ['seller__name in a card', '<div class="listing"><span class="seller__name">Anna Berg</span></div>'],
    ['contact-name', '<p class="contact-name">Anna Berg</p>'],
    ['a test id', '<div data-testid="seller-name">Anna Berg</div>'],
  ])('%s', (_what, body) => {
    expect(names(body)).toEqual(['name anna berg']);
  });

  it.each([
    ["a dealer's trade name", '<div class="dealer-name">Autohaus Berger GmbH</div>'],
    ["an agency's name element", '<div class="agent"><span class="agency-name">Berger Immobilien</span></div>'],
  ])('but not %s', (_what, body) => {
    expect(names(body)).toEqual([]);
  });
});

describe('a name in two keys', () => {
  it.each([
    ['FR prenom / nom', 'FR', { vendeur: { prenom: 'Anne', nom: 'Martin' } }, ['name anne martin']],
    ['ES nombre / apellidos', 'ES', { usuario: { nombre: 'María', apellidos: 'García López' } }, ['name maría garcía lópez']],
    ['IT nome / cognome', 'IT', { venditore: { nome: 'Luca', cognome: 'Bianchi' } }, ['name luca bianchi']],
    ['BR nome / sobrenome', 'BR', { anunciante: { nome: 'Ana', sobrenome: 'Souza' } }, ['name ana souza']],
    ['RO prenume / nume', 'RO', { vanzator: { prenume: 'Andrei', nume: 'Popescu' } }, ['name andrei popescu']],
    ['CZ jmeno / prijmeni', 'CZ', { prodejce: { jmeno: 'Petr', prijmeni: 'Novák' } }, ['name petr novák']],
    ['"nom" alone is the whole name', 'FR', { vendeur: { nom: 'Anne Martin' } }, ['name anne martin']],
  ])('%s', (_what, country, ad, expected) => {
    expect(names(inData(ad), country)).toEqual(expected);
  });

  it("but an agency's object gives no person's name from its trade name and a first name", () => {
    expect(names(inData({ agence: { nom: 'Agence du Centre', prenom: 'Anne' } }), 'FR')).toEqual([]);
  });
});

describe('a "Your agent" heading', () => {
  it('names the agent under it', () => {
    expect(names('<h4>Your agent</h4><p>Anna Berg</p><p>07912 482936</p>', 'GB')).toEqual(['name anna berg']);
  });
  it.each([
    ['a form heading', '<h4>Your contact details</h4><p>Please fill in the form</p>'],
    ['a sentence', '<p>Your agent will call you back.</p>'],
    ["an agency's branch", '<h3>Your Agent</h3><p>Foxtons Islington</p>'],
  ])('but not %s', (_what, body) => {
    expect(names(body, 'GB')).toEqual([]);
  });
});
