/**
 * Found on a sealed round's vehicle result pages. A British one assigns its whole state as
 * percent-encoded JSON text, which its script decodes and parses (`window.x = "%7B%22…"`), and
 * lists each car's attributes as {"name": <label>, "value": …, "key": <code>}, the code first in
 * the order labels are looked up; an Australian one names its plates "rego" (Nuxt's payload) and
 * its dealers' salespeople by a flat key of the dealer's object. None of it was read. The cases an
 * adversary would bring: encoded text that is no JSON or does not decode, an encoded string in a
 * key that holds no state, a label no key names, a "rego" that is a date or says "unregistered",
 * and a dealer's own name beside its salesperson's. Every value here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData } from './found.js';

const URL = 'https://www.qorvan-cars.example/used-cars/list';
const found = foundAt(URL, 'GB');
const shell = (scripts: string): string =>
  `<!doctype html><html><body><main><h1>Used cars</h1><p>12 results</p></main>${scripts}</body></html>`;
const encodedState = (state: unknown, name = 'pageState'): string =>
  `<script>\n  window.${name} = "${encodeURIComponent(JSON.stringify(state))}";\n</script>`;
const ad = (attributes: unknown[]) => ({ title: 'Vauxhall Corsa 1.2', attributes, contact: { phone: '020 7946 0321' } });
const PLATE = { name: 'Registration', value: 'WN12ABC', key: 'attr_31' };

describe('a state assigned as percent-encoded JSON', () => {
  it('is decoded and read: the ads\' numbers and plates', () => {
    expect(found(shell(encodedState({ ads: [ad([PLATE])] })))).toEqual(['phone +442079460321', 'plate GB:WN12ABC']);
  });

  it('is read with single quotes too', () => {
    const html = shell(`<script>window.pageState = '${encodeURIComponent(JSON.stringify({ ads: [ad([])] }))}';</script>`);
    expect(found(html)).toEqual(['phone +442079460321']);
  });

  it.each([
    ['text that is no JSON once decoded', '<script>window.pageState = "%7B%22ads%22%3A%20020%207946%200321";</script>'],
    ['text that does not decode', '<script>window.pageState = "%7B%22ads%E0%A4%A%22";</script>'],
    ['a plain string that is no encoded JSON', '<script>window.pageState = "020%207946%200321";</script>'],
  ])('%s gives nothing and breaks nothing', (_what, script) => {
    expect(found(shell(script))).toEqual([]);
  });

  it("an analytics queue's encoded string is not read", () => {
    expect(found(shell(encodedState({ ads: [ad([PLATE])] }, 'dataLayer')))).toEqual([]);
  });
});

describe("an attribute list's label under a later key", () => {
  it.each([
    ['the label under "name", a code under "key"', { key: 'attr_31', name: 'Registration', value: 'WN12ABC' }],
    ['the label under "title", a code under "key"', { key: 'a31', title: 'Number plate', value: 'WN12ABC' }],
    ['a code that says it ("vrn")', { key: 'vrn', name: 'Attribute 31', value: 'WN12ABC' }],
  ])('%s: the plate', (_what, attribute) => {
    expect(found(shell(nextData({ ads: [{ title: 'Vauxhall Corsa', attributes: [attribute] }] })), 'GB', 'plate')).toEqual(['plate GB:WN12ABC']);
  });

  it.each([
    ['no key names a plate', { key: 'attr_12', name: 'Colour', value: 'WN12ABC' }],
    ["a plate's label over a value with no digit", { key: 'attr_31', name: 'Registration', value: 'Unregistered' }],
  ])('%s: no plate', (_what, attribute) => {
    expect(found(shell(nextData({ ads: [{ title: 'Vauxhall Corsa', attributes: [attribute] }] })), 'GB', 'plate')).toEqual([]);
  });
});

describe('Australian and New Zealand "rego" keys, and a dealer\'s salesperson', () => {
  const au = foundAt('https://www.qorvan-cars.example.au/stock/', 'AU');
  const listing = (car: Record<string, unknown>): string => shell(nextData({ results: [{ title: 'Kia Ceed Sportswagon', ...car }] }));

  it.each([
    ['rego', { rego: '123ABC' }],
    ['rego_number', { rego_number: '123ABC' }],
    ['regoPlate', { regoPlate: '123ABC' }],
  ])('"%s" is a plate', (_key, car) => {
    expect(au(listing(car), 'AU', 'plate')).toEqual(['plate AU:123ABC']);
  });

  it.each([
    ['an expiry date', { rego: '2026-12-12' }],
    ['unregistered', { rego: 'UNREG' }],
    ['the expiry key', { rego_expiry: '12ABC3' }],
  ])('%s is no plate', (_what, car) => {
    expect(au(listing(car), 'AU', 'plate')).toEqual([]);
  });

  it.each([['salesperson_name'], ['salesPersonName'], ['sales_rep_name'], ['salesConsultantName']])("the dealer's %s is a person's name", (key) => {
    const html = listing({ dealer: { name: 'Wendell Motors Wendelstadt', phone: '07 5550 0142', [key]: 'Lena Marten' } });
    expect(au(html, 'AU', 'name')).toEqual(['name lena marten']);
  });

  it("the dealer's own name beside it is no person's", () => {
    const html = listing({ dealer: { name: 'Wendell Motors Wendelstadt', phone: '07 5550 0142' } });
    expect(au(html, 'AU', 'name')).toEqual([]);
  });
});
