/**
 * A dealer site's result page names the cars it shows in its analytics tags' addresses
 * (`<script src="…&vehicle_vin=<VIN>%2C<VIN>…">`, a pixel's `<img src>`): for most cards that
 * is the only place their VINs are written. A query parameter named for a VIN is read there,
 * with one VIN or a comma- or bar-separated list, plain or URL-encoded. The VINs here are
 * invented, with valid check digits.
 */
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

const A = '1FTEW1EP5KF104321';
const B = '5YJ3E1EA4LF208765';
const C = 'JTDKB20UX73315432';

function vins(body: string, country = 'US'): string[] {
  const html = `<!doctype html><html><head></head><body>${body}</body></html>`;
  return extractFindings(html, { url: 'https://www.dealer.example/used-inventory/index.htm', country })
    .filter((f) => f.kind === 'vin')
    .map((f) => f.value)
    .sort();
}

describe('VINs in an analytics tag address', () => {
  it.each([
    ['a script tag, URL-encoded commas', `<script async src="https://tags.example/t.js?dealer=7&amp;vehicle_vin=${A}%2C${B}%2C${C}"></script>`],
    ['a pixel, plain commas', `<img width="1" height="1" alt="" src="https://px.example/p?vehicle_vin=${A},${B},${C}&amp;ev=view">`],
    ['an iframe, bars', `<iframe src="https://px.example/f?vins=${A}|${B}%7C${C}"></iframe>`],
    ['a camel-case name', `<img src="https://px.example/p?page=srp&vehicleVin=${A}%2C${B}%2C${C}">`],
    ['inside an encoded address', `<img src="https://px.example/r?u=https%3A%2F%2Fa.example%2F%3Fcar_vin%3D${A}%252C${B}%252C${C}%26x%3D1">`],
  ])('%s', (_, body) => {
    expect(vins(body)).toEqual([A, B, C].sort());
  });

  it('a single VIN as before', () => {
    expect(vins(`<img src="https://px.example/p?vin=${A}&amp;x=1">`)).toEqual([A]);
  });

  it.each([
    ['a parameter named otherwise', `<img src="https://px.example/p?province=${A}%2C${B}">`],
    ['a parameter whose name only starts with vin', `<img src="https://px.example/p?vinyl=${A}%2C${B}">`],
    ['a stock-number list', `<img src="https://px.example/p?vehicle_vin=12345678901234567%2C22345678901234567">`],
    ['an 18-character item', `<img src="https://px.example/p?vehicle_vin=${A}9">`],
    ['a list with an item of the wrong length', `<img src="https://px.example/p?vehicle_vin=${A}%2C${B.slice(1)}">`],
    ['a VIN in an image path, not in a parameter', `<img src="https://img.example/photos/${A}/1.jpg">`],
    ['an invalid check digit in the US', `<img src="https://px.example/p?vehicle_vin=2HGFC2F69LH512345">`],
  ])('no VIN from %s', (_, body) => {
    expect(vins(body)).toEqual([]);
  });
});
