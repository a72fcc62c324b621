/**
 * Sellers type their number into the address field ("Cra 7 # 45-10, Cel: 300 123 4567"), and a
 * page's data keeps it in an address string that the page shows nowhere else. Such a string is
 * read as text only when it holds a phone label: house numbers, postcodes, office and tower
 * numbers are what an address holds otherwise. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.homes.example/inmueble/4242', 'CO');
const phones = (address: unknown, key = 'address'): string[] =>
  found(page('<h1>Apartamento</h1>') + nextData({ listing: { title: 'Apartamento', [key]: address } }), 'CO', 'phone');

describe('a phone written into an address string of the page data', () => {
  it.each([
    ['"address"', 'address', 'Cra 7 # 45-10, Bogotá. Cel: 300 123 4567'],
    ['"direccion"', 'direccion', 'Calle 80 # 12-34 Medellín - Teléfono 3001234567'],
    ['"streetAddress"', 'streetAddress', 'Av. Siempre Viva 742 (WhatsApp 300 123 4567)'],
  ])('%s', (_, key, address) => {
    expect(phones(address, key)).toEqual(['phone +573001234567']);
  });

  it.each([
    ['an address without a label', 'Calle 100 # 15-20 Oficina 3001 Torre 2, 110111 Bogotá'],
    ['a run of digits without a label', 'Cra 7 # 45-10 Bogotá 3001234567'],
    ['a label without a number', 'Cra 7 # 45-10, llamar al celular'],
    ['an address object without a label in its parts', { street: 'Calle 100 # 15-20 Oficina 3001', postalCode: '110111', city: 'Bogotá' }],
  ])('not %s', (_, address) => {
    expect(phones(address)).toEqual([]);
  });

  it('the same string under a key that is no address is not read', () => {
    expect(phones('Cel: 300 123 4567', 'subtitle')).toEqual([]);
  });
});
