/**
 * From the 59th sealed round (found after its scoring): a US parts shop's catalogue, whose part
 * numbers ("21455-50147", "Add to Cart Part 21455-50147") read as a US number, and a 4x4 parts
 * dealer's customers' testimonials, signed "Cheers, <name>", in a block marked "scTestimonials".
 * Every number and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://parts.example/fuel-pumps', 'US');
const phones = (body: string): string[] => found(page(body), 'US', 'phone');

describe('a part number', () => {
  it.each([
    ['after "Part"', '<button aria-label="Add to Cart Part 214-555-0147">Add</button>'],
    ['after "Part #"', '<p>Part # 214-555-0147</p>'],
    ['after "MPN"', '<p>MPN: 214-555-0147</p>'],
    ['written 5-5 under a catalogue\'s column', '<table><tr><th>Part # / Description</th></tr><tr><td>Fuel Pump Assembly</td><td>Example Motors</td><td>21455-50147</td><td>Add to Cart</td></tr></table>'],
    ['written 5 5 after a phone label', '<p>Tel: 21455 50147</p>'],
  ])('is no phone: %s', (_, body) => {
    expect(phones(body)).toEqual([]);
  });

  it.each([
    ['a parts department\'s line', '<p>Parts: 214-555-0147</p>'],
    ['a part-time desk\'s line', '<p>Call our part-time desk 214-555-0147</p>'],
    ['a line with its country code', '<p>Call 1-214-555-0147</p>'],
  ])('but %s is', (_, body) => {
    expect(phones(body)).toEqual(['phone +12145550147']);
  });

  it('a number written 5 5 outside North America stays one', () => {
    expect(foundAt('https://www.autos.example/ad/1', 'DE')(page('<p>Tel: 06151 38472</p>'), 'DE', 'phone')).toEqual(['phone +49615138472']);
  });
});

describe('testimonials in a block marked in camel case', () => {
  const testimonials = (id: string): string =>
    page(
      '<h1>Brake pads</h1><p>Call us: 214-555-0147</p>' +
        `<div id="${id}"><h3>Notes</h3><ul><li><p class="quote">Quick delivery, all as described.</p><p class="author">Cheers, Wendell</p></li>` +
        '<li><p class="quote">Would order again.</p><p class="author">Cheers, Orlando, Perth</p></li></ul></div>',
    );

  it.each(['scTestimonials', 'productReviews'])('"%s": its signatures are customers\', not the seller\'s', (id) => {
    expect(found(testimonials(id), 'US', 'name')).toEqual([]);
  });

  it.each(['scWelcome', 'staffComment', 'textFeatureComment'])('the same sign-offs in "%s" are read as before', (id) => {
    expect(found(testimonials(id), 'US', 'name')).toEqual(['name wendell']);
  });
});
