/**
 * Judicial and private auction lots, from the 31st sealed round's Brazilian auctioneers' pages
 * (found after its scoring): a vehicle's plate after "placa" or "placas" in the lot's text, the
 * official auctioneer after "Leiloeiro(a):", the site maker's mailbox in the page's
 * `<meta name="author">`, and a car's model years ("1.6 - 2007/2008") that are no phone. Every page, name, plate and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.leiloes.example/lote/4812', 'BR');

describe('plates after "placa" and "placas"', () => {
  it.each([
    ['"placa" and the plate', 'Semirreboque tanque marca/modelo REB/NORTE, placa KQT3816, ano 1991/1991, 3 eixos', ['plate BR:KQT3816']],
    ['"placas" and a hyphenated plate', 'Um veículo VW/Gol, placas MJQ-4271, Renavam 164100000,...', ['plate BR:MJQ4271']],
    ['"Placa:" and a Mercosul plate', 'Placa: RTD2F47', ['plate BR:RTD2F47']],
    ['"patente" on an Argentine page', 'Patente: AB123CD', ['plate AR:AB123CD']],
  ])('%s', (_what, text, want) => {
    const country = want[0]!.slice(6, 8);
    expect(found(page(`<p>${text}</p>`), country, 'plate')).toEqual(want);
  });
  it.each([
    ['a plate cut short', 'Veículo Ford Pampa, 1.8 S, ano/modelo 1993, placas-0858....'],
    ['a driving licence', 'Requisitos: patente B, disponibilidade imediata'],
  ])('not %s', (_what, text) => {
    expect(found(page(`<p>${text}</p>`), 'BR', 'plate')).toEqual([]);
  });
});

describe('the auctioneer named by role', () => {
  it.each([
    ['"Leiloeiro(a):"', 'Leiloeiro(a): Marta Quintanilha Souza', ['name marta quintanilha souza']],
    ['"Leiloeiro Oficial:"', 'Leiloeiro Oficial: Rafael Moreira Lins', ['name rafael moreira lins']],
    ['"Leiloeiro:" and a firm', 'Leiloeiro: Leilões Brasil Ltda', []],
  ])('%s', (_what, text, want) => {
    expect(found(page(`<p>${text}</p>`), 'BR', 'name')).toEqual(want);
  });
});

describe("the site maker's mailbox in a meta tag", () => {
  const head = (meta: string) => `<!doctype html><html><head>${meta}</head><body><main><p>Casa em Curitiba, lance inicial R$ 120.000</p></main></body></html>`;
  it.each([
    ['author', '<meta name="author" content="Tiago Vidal &lt;tiago.dev@studio.example&gt;">'],
    ['Author, upper case', '<meta name="AUTHOR" content="webmaster@agencia.example">'],
    ['designer', '<meta name="designer" content="Studio Norte, contato@studionorte.example">'],
  ])('is not read from %s', (_what, meta) => {
    expect(found(head(meta), 'BR', 'email')).toEqual([]);
  });
  it("a seller's mailbox in another meta tag is still read", () => {
    expect(found(head('<meta name="contact" content="vendas.moreira@mail.example">'), 'BR', 'email')).toEqual(['email vendas.moreira@mail.example']);
  });
});

describe("a car's model years", () => {
  it.each([
    ['after the engine size', 'Ford/Focus 1.6 - 2007/2008 - Cinza'],
    ['after "ano/modelo"', 'Fiat Uno 1.0, ano/modelo 2011/2012, placas MJQ-4271'],
  ])('are no phone %s', (_what, text) => {
    expect(found(page(`<p>${text}</p>`), 'BR', 'phone')).toEqual([]);
  });
  it('the office line beside them is still read', () => {
    expect(found(page('<p>Ford/Focus 1.6 - 2007/2008</p><p>Fone: (16) 3226-0741</p>'), 'BR', 'phone')).toEqual(['phone +551632260741']);
  });
});
