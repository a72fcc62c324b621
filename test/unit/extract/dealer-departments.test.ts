/**
 * From the 57th sealed round (found after its scoring): vehicle dealers' own sites whose header
 * gives their lines, with no mailbox at their domain (one) or with a "Sell Your Bike" menu item
 * (the other: the dealer buys bikes), read as marketplaces. A dealer's service or parts department
 * beside its trade-in or financing tools says the site is the dealer's own.
 * Every number and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const site = (menu: string, extra = ''): string =>
  `<!doctype html><html><body><header><a href="tel:+12145550151">214-555-0151</a><nav>${menu}</nav></header>` +
  `<main><h1>Pre-Owned Inventory</h1><div class="card">2019 Harley-Davidson Street Glide, $18,995</div>${extra}</main>` +
  '<footer><p>4100 Example Freeway, Plano, TX 75001</p><p>Phone: 214-555-0151</p></footer></body></html>';

describe('a vehicle dealer\'s own site', () => {
  const found = foundAt('https://www.dreambikes.example/used-inventory', 'US');

  it.each([
    ['menu words', '<a href="/inventory">Inventory</a><a href="/schedule">Schedule Service</a><a href="/trade">Value Your Trade</a>'],
    ['its paths', '<a href="/inventory">Inventory</a><a href="/service-repair-motorcycles--service">Repairs</a><a href="/trade-in-your-motorcycle--xtrade_value">Trade</a>'],
    ['a parts request and financing', '<a href="/request-parts--xparts_request">Parts</a><a href="/buy-with-credit--financing">Finance</a>'],
  ])('gives its header\'s and footer\'s line (%s)', (_what, menu) => {
    expect(found(site(menu), 'US', 'phone')).toEqual(['phone +12145550151']);
  });

  it('"Sell Your Bike" there is its offer to buy yours', () => {
    const menu = '<a href="/schedule">Schedule Service</a><a href="/trade">Value Your Trade</a><a href="/we-buy">Sell Your Bike</a>';
    expect(found(site(menu), 'US', 'phone')).toEqual(['phone +12145550151']);
  });

  it.each([
    ['a marketplace\'s sell and finance menu', '<a href="/sell">Sell your car</a><a href="/finance">Get Pre-Approved</a>'],
    ['a help desk and financing', '<a href="/customer-service">Customer Service</a><a href="/financing">Financing</a>'],
    ['the terms of service and a trade-in tool', '<a href="/terms-of-service">Terms of Service</a><a href="/trade-in">Value Your Trade</a>'],
    ['a service department and a log-in', '<a href="/schedule">Schedule Service</a><a href="/trade">Value Your Trade</a><a href="/login">Log in</a><a href="/post-ad">Post an ad</a>'],
  ])('a marketplace still: %s', (_what, menu) => {
    expect(found(site(menu), 'US', 'phone')).toEqual([]);
  });
});
