/**
 * From the 56th sealed round (found after its scoring): a dealer's page on a reviews site, where a
 * customer's review says "Go see Mr. Mark Roe": the honorific's name was stored as the
 * advertiser's. A name the text gives only inside a block of reviews is the business's staff as
 * its customers saw them, or a customer; a name the page gives elsewhere too is kept.
 * Every name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const review = (text: string): string =>
  `<div class="review-entry"><div class="review-date">May 12, 2024</div><div class="review-wrapper"><p class="review-content">${text}</p><p>- Kim T.</p></div></div>`;

describe('names in reviews', () => {
  const found = foundAt('https://www.dealer-reviews.example/dealer/roe-chevrolet-review-41000/', 'US');

  it.each([
    ['an honorific', 'Go see Mr. Mark Roe to help you with your dream car!'],
    ['a contact verb', 'I highly recommend them, ask for Megan Walsh in sales.'],
  ])('a name only in a review is no advertiser\'s (%s)', (_what, text) => {
    expect(found(page(`<h1>Roe Chevrolet Buick</h1><p>New and used cars since 1962.</p>${review(text)}${review('Great service, fair price.')}`), 'US', 'name')).toEqual([]);
  });

  it('a name the page gives outside the reviews too is kept', () => {
    const html = page(`<h1>Roe Chevrolet Buick</h1><p>Please call and ask for Megan Walsh with any questions.</p>${review('I highly recommend them, ask for Megan Walsh in sales.')}`);
    expect(found(html, 'US', 'name')).toEqual(['name megan walsh']);
  });

  it('the same sentence outside a review block is read', () => {
    expect(found(page('<h1>Roe Chevrolet Buick</h1><p>Go see Mr. Mark Roe to help you with your dream car!</p>'), 'US', 'name')).toEqual(['name mark roe']);
  });
});
