/**
 * From the 56th sealed round (found after its scoring): a map's place panel names its phone item
 * in an id attribute (`data-item-id="phone:tel:+31…"`); the number there was taken for one of the
 * page's ids, and the place's line, shown beside it, was dropped as an id.
 * Every number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('an id attribute that names a phone item', () => {
  const found = foundAt('https://www.maps.example/place/The+Pantry/', 'NL');
  const panel = (itemId: string): string =>
    `<h1>The Pantry</h1><div role="region"><button aria-label="Phone: +31 20 555 0199 " data-item-id="${itemId}"><div>+31 20 555 0199</div></button><a href="tel:+31205550199">Call</a></div>`;

  it.each([['phone:tel:+31205550199'], ['tel:+31205550199']])('"%s" is no page id', (itemId) => {
    expect(found(page(panel(itemId)), 'NL', 'phone')).toEqual(['phone +31205550199']);
  });

  it('an id attribute\'s number without a phone scheme is an id still', () => {
    expect(found(page('<div data-item-id="205550199"></div><p>Listing 205550199, call +31 20 555 0199</p>'), 'NL', 'phone')).toEqual([]);
  });
});
