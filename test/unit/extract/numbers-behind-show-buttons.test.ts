/**
 * From the 99th sealed round: an agency's listing whose agents' numbers sit in hidden blocks
 * marked as the agent's number ("agent-number"), shown by a "Show number" button. Every name,
 * number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("a party's number hidden until a 'Show number' click", () => {
  const listing = foundAt('https://www.wendell-realty.example/property/4711/', 'ZA');
  const agent = (mark: string): string =>
    page(
      '<h1>House for sale</h1><p>Three bedrooms, a garden.</p>' +
        `<h4>Contact <strong>Lena Marten</strong></h4><a href="#1" class="show-number">Show number</a>` +
        `<div ${mark} style="display: none;"><a href="tel:0825550142">082 555 0142</a></div>`,
    );

  it.each([['id="agent-number"'], ['class="agent-number"'], ['class="seller_number"'], ['class="contact-number"']])('is read where %s marks it', (mark) => {
    expect(listing(agent(mark), 'ZA', 'phone')).toEqual(['phone +27825550142']);
  });

  it('stays unread where the hidden block is marked as something else', () => {
    for (const mark of ['class="ad-number"', 'class="page-number"', 'class="trap"']) expect(listing(agent(mark), 'ZA', 'phone')).toEqual([]);
  });
});
