/**
 * From the 37th sealed round (found after its scoring): pet-adoption ads carrying AdSense's
 * advertising slots (`data-ad-slot="1234567890"`, ten digits read as a German number); a home
 * builder's page state listing its sales people (`"salesPeople": [{"firstName", "lastName"}]`);
 * and a directory of organisations naming each one's person in charge (`负责人:` over the name).
 * Every name, number and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

describe("an advertising slot's id", () => {
  const de = foundAt('https://www.tiere.example/hunde/4812', 'DE');

  it('is no phone', () => {
    const html = page(
      '<h1>Labrador-Mischling sucht ein Zuhause</h1><p>Telefon: 0171 4839201</p>' +
        '<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1234567890123456" data-ad-slot="0628371940"></ins>',
    );
    expect(de(html, 'DE', 'phone')).toEqual(['phone +491714839201']);
  });

  it('nor under a camel-cased key', () => {
    expect(de(page('<h1>Katze</h1><div data-ad-slot-id="0628371940" data-adSlot="0628371941">Anzeige</div>'), 'DE', 'phone')).toEqual([]);
  });
});

describe("a builder's sales people in its page state", () => {
  const us = foundAt('https://www.homebuilder.example/homes/arizona/quick-move-in/4812', 'US');

  it.each([
    ['"salesPeople"', 'salesPeople'],
    ['"salesReps"', 'salesReps'],
    ['"salesTeam"', 'salesTeam'],
  ])('names each person listed under %s', (_what, key) => {
    const state = { pageData: { salesOffice: { [key]: [{ firstName: 'Maria', lastName: 'Keefe' }, { firstName: 'Tomas', lastName: 'Vale' }] } } };
    expect(us(page('<h1>Quick move-in home</h1>') + nextData(state), 'US', 'name')).toEqual(['name maria keefe', 'name tomas vale']);
  });

  it('but not a business under the same key', () => {
    const state = { pageData: { salesOffice: { salesTeam: [{ name: 'Desert Homes Sales LLC' }] } } };
    expect(us(page('<h1>Quick move-in home</h1>') + nextData(state), 'US', 'name')).toEqual([]);
  });
});

describe("a directory entry's person in charge", () => {
  const cn = foundAt('https://www.ngo-map.example/detail/41.html', 'CN');

  it.each([
    ['on the line under the label', '<dl><dt>负责人:</dt><dd>王秀英</dd><dt>联系电话:</dt><dd>010-8852 3716</dd></dl>', ['name 王秀英']],
    ['in traditional characters, after the colon', '<p>負責人：陳志明</p><p>電話：010-8852 3716</p>', ['name 陳志明']],
  ])('%s', (_what, body, names) => {
    expect(cn(page(`<h1>研究所</h1>${body}`), 'CN', 'name')).toEqual(names);
  });
});
