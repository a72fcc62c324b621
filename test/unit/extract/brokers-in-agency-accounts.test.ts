/**
 * Found on a sealed round's Argentinian property result page: an agency's account (the page data's
 * "publisher") named by its licensed broker's name and licences ("<name> CMCPSI <n> <name> CUCICBA
 * <n>"), which the law has printed beside the broker's name; the account was read as a trade name
 * and the broker missed. A name written right before a broker's licence in an agency's account is
 * the broker's, as in an ad's notice. The cases an adversary would bring: the agency's own words
 * before the licence, a licence alone, an account without a licence, a car's plate after "matrícula",
 * and the same broker twice. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell.example/listado/50142.html', 'AR');
const withPublisher = (name: string): string =>
  `<html><body><h1>Departamentos en alquiler</h1><script>window.__PRELOADED_STATE__ = ${JSON.stringify({
    listStore: { listPostings: [{ postingId: '50142', title: 'Departamento 2 ambientes', publisher: { publisherId: '30050', name } }] },
  })}</script></body></html>`;

describe("a licensed broker in an agency's account", () => {
  it.each([
    ['Lena Marten CMCPSI 6394 Lena Marten CUCICBA 7169', ['name lena marten']],
    ['Kamal Reilly CUCICBA 1234', ['name kamal reilly']],
    ['Anna Berg Matrícula N° 2779', ['name anna berg']],
  ])('%s', (name, names) => {
    expect(found(withPublisher(name), 'AR', 'name')).toEqual(names);
  });

  it.each([
    ['Wendell Asesores Inmobiliarios CUCICBA 1234'],
    ['CUCICBA 1234'],
    ['Wendell Propiedades'],
    ['Lena Marten Propiedades'],
    ['Wendell Autos Matrícula 1234 BCD'],
  ])('%s names no broker', (name) => {
    expect(found(withPublisher(name), 'AR', 'name')).toEqual([]);
  });
});
