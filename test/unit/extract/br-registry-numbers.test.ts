/**
 * Brazilian auctioneers' own sites print their firm's tax number in the footer ("Leiloeiro -
 * CNPJ 12.714.326/0001-48") and a property's registrations in the lot ("Inscrição Cadastral:
 * 31872.11.43.0415.00.000"); both were read as phones on the 30th sealed round's pages (found
 * after its scoring). Every page and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.leiloes.example/lote/4812', 'BR');
const phones = (body: string) => found(page(body), 'BR', 'phone');

describe('registry numbers after their labels are no phones', () => {
  it.each([
    ['a CNPJ', '<p>Marcos Teixeira Leiloeiro - CNPJ 12.714.326/0001-48 Copyright © 2018</p>'],
    ['a CPF', '<p>Comitente: CPF 123.456.789-09</p>'],
    ['a CRECI', '<p>Corretora responsável CRECI 42.817-J</p>'],
    ['an "Inscrição Cadastral"', '<p>Inscrição Municipal Imóvel: 60413 ; Inscrição Cadastral: 31872.11.43.0415.00.000.</p>'],
  ])('%s', (_what, body) => {
    expect(phones(body)).toEqual([]);
  });
  it("the house's own line beside them is still read", () => {
    expect(phones('<p>Marcos Teixeira Leiloeiro - CNPJ 12.714.326/0001-48</p><p>Telefone: (11) 3230-1168</p>')).toEqual(['phone +551132301168']);
  });
});
