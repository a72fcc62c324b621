/**
 * From the fix round on the 64th sealed round (m66b), general rules with the cases an adversary
 * would bring: a dealer's header that gives its sales line beside its workshop's or its financing's
 * says the site is the dealer's own; a script's object literal with a value written as arithmetic
 * ("delay: 5 * 1000") is still read. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("a dealer's departments' own lines side by side", () => {
  const us = foundAt('https://www.wendell-motors.example/used-inventory/', 'US');
  const header = (lines: string, extra = ''): string =>
    `<!doctype html><html><body><header><nav><ul>${lines}</ul>${extra}</nav></header><main><h1>Used inventory</h1><p>2019 Ford F-150 XLT</p></main></body></html>`;
  const li = (label: string, digits: string): string => `<li><a href="tel:+1888${digits}"><span>${label}: (888) ${digits.slice(0, 3)}-${digits.slice(3)}</span></a></li>`;

  it.each([
    [li('Sales', '5550142') + li('Service', '5550143')],
    [li('Sales', '5550142') + li('Finance', '5550143') + li('Parts', '5550144')],
  ])('are the dealer\'s: %s', (lines) => {
    expect(us(header(lines), 'US', 'phone').length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    // A marketplace's desk alone, or two desks that are no dealer's departments.
    [header(li('Customer Service', '5550142'))],
    [header(li('Support', '5550142') + li('Advertising', '5550143'))],
    // A dealer's departments on a page that also shows a marketplace's controls.
    [header(li('Sales', '5550142') + li('Service', '5550143'), '<a href="/login">Log in</a><a href="/post-ad">Sell your car</a>')],
  ])('are chrome otherwise: %#', (html) => {
    expect(us(html, 'US', 'phone')).toEqual([]);
  });
});

describe("a script's object literal with a value written as arithmetic", () => {
  const au = foundAt('https://www.homes.example.com.au/buy/list-1', 'AU');
  const listing = `{ agencyId: "XKQJRT", id: "100000001", mediaViewerClientData: { mediaViewerListerName: "Lena Marten", mediaViewerListerPhone: "0438 271 954" }, postalCode: "2000" }`;
  const script = (literal: string): string => `${page('<h1>Houses for sale</h1>')}<script>\n    Homes.Data.carousel = ${literal};\n</script>`;
  it.each([
    [`{ delay: 5 * 1000, listings: [${listing}] }`],
    [`{ offset: -2 + 1, scale: 3 - 1.5, listings: [${listing}] }`],
  ])('%s', (literal) => {
    expect(au(script(literal), 'AU', 'phone')).toEqual(['phone +61438271954']);
  });

  it('a string with such a run in it does not stop the literal being read', () => {
    expect(au(script(`{ note: "Open 9 - 5, call", listings: [${listing}] }`), 'AU', 'phone')).toEqual(['phone +61438271954']);
  });

  it('code, not a literal (a call inside), is still not read', () => {
    expect(au(script(`{ delay: compute(5), listings: [${listing}] }`), 'AU', 'phone')).toEqual([]);
  });
});
