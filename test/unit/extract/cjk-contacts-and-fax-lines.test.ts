/**
 * From the fix round on the fifteenth sealed round (m17), general rules, each with the cases an
 * adversary would bring: the person in charge on Japanese brokers' pages (担当, 担当者), names in
 * the scripts without capitals, a staff member in page data, branch numbers under "contactNumber"
 * and "telNumber", hyphens other than "-" inside a number, and fax lines (the seller's numbers too). All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const jp = foundAt('https://www.fudosan.example/buy/detail/123', 'JP');

describe('the person in charge on a Japanese broker\'s page (担当, 担当者)', () => {
  it.each([
    // Family and given name spaced apart, a given name of one kanji, the reading in brackets.
    ['<p>担当: 山本 健一 (やまもと けんいち)</p>', ['name 山本 健一']],
    ['<dl><dt>担当</dt><dd>浅野 健</dd></dl>', ['name 浅野 健']],
    ['<dl><dt>担当者</dt><dd>蓑島(みのしま)</dd></dl>', ['name 蓑島']],
    ['<p>営業担当：佐伯 真理</p>', ['name 佐伯 真理']],
    // The family name alone, where the page also gives the full name: the same person, once.
    ['<p>担当: 佐伯 真理</p><p>0120-555-014(担当:佐伯)</p>', ['name 佐伯 真理']],
  ])('%s', (body, want) => {
    expect(jp(page(`<h1>物件詳細</h1>${body}`), 'JP', 'name')).toEqual(want);
  });

  it.each([
    // Roles and desks where the name would be.
    '<dl><dt>担当者</dt><dd>営業部</dd></dl>',
    '<dl><dt>担当</dt><dd>スタッフ</dd></dl>',
    '<dl><dt>联系人</dt><dd>客服</dd></dl>',
    // A firm (a trade word), and a single character.
    '<p>担当: 三井不動産販売株式会社</p>',
    '<p>担当: 森</p>',
    // Without the label, a run of kanji is no name.
    '<p>山本 健一</p>',
  ])('not: %s', (body) => {
    expect(jp(page(`<h1>物件詳細</h1>${body}`), 'JP', 'name')).toEqual([]);
  });
});

describe("a staff member in the page's data, and a branch's object with the staff member's name", () => {
  it('"staff": {"name": …} is a person', () => {
    expect(jp(page(`<h1>物件</h1>${nextData({ shopInformation: { list: [{ staff: { name: '佐伯 真理', nameKana: 'さえき まり' } }] } })}`), 'JP', 'name')).toEqual([
      'name 佐伯 真理',
    ]);
  });

  it("a branch's \"name\" beside its own \"organizationName\" is not taken for the branch's trade name", () => {
    // The name the page shows under 担当者 is the same string as the branch object's "name":
    // with the trade name under a key of its own, it stays a person's.
    const data = { organization: { organizationName: '西新井センター', name: '蓑島', tel: '0120-555-014' } };
    expect(jp(page(`<h1>物件</h1><dl><dt>担当者</dt><dd>蓑島(みのしま)</dd></dl>${nextData(data)}`), 'JP', 'name')).toEqual(['name 蓑島']);
    // Without a trade name beside it, the object's name is the business's, and the label's run is dropped with it.
    const firm = { organization: { name: '蓑島', tel: '0120-555-014' } };
    expect(jp(page(`<h1>物件</h1><dl><dt>担当者</dt><dd>蓑島(みのしま)</dd></dl>${nextData(firm)}`), 'JP', 'name')).toEqual([]);
  });
});

describe('branch numbers under "contactNumber" and "telNumber"', () => {
  it.each([
    [{ organization: { organizationName: '銀座センター', contactNumber: '03-5555-0142' } }, ['phone +81355550142']],
    [{ store: { code: 7, telNumber: '03-5555-0143' } }, ['phone +81355550143']],
    // A contract number is no phone.
    [{ contract: { contractNumber: '03-5555-0144' } }, []],
  ])('%j', (data, want) => {
    expect(jp(page(`<h1>物件</h1>${nextData(data)}`), 'JP', 'phone')).toEqual(want);
  });
});

describe('a number written with another hyphen (U+2010, U+2011, U+2012, the minus sign)', () => {
  it.each([
    ['携帯電話：080-2931\u20104467', ['phone +818029314467']],
    ['携帯電話：080\u20102931\u20104467', ['phone +818029314467']],
    ['Tel 090\u22122931\u22124467', ['phone +819029314467']],
    ['Tel 090\u20112931\u20114467', ['phone +819029314467']],
  ])('%s', (line, want) => {
    expect(jp(page(`<h1>物件</h1><p>${line}</p>`), 'JP', 'phone')).toEqual(want);
  });

  it('a range of years or a price span with them is still no phone', () => {
    expect(jp(page('<h1>物件</h1><p>築年 1998\u20102004 / 価格 2980\u20103480万円</p>'), 'JP', 'phone')).toEqual([]);
  });
});

describe("a number labelled as a fax line is the seller's number too", () => {
  const es = foundAt('https://www.subastas.example/detalle/7', 'ES');
  const both = ['phone +34934170142', 'phone +34934170143'];
  it.each([
    ['<table><tr><th>Teléfono</th><td>934170142</td></tr><tr><th>Fax</th><td>934170143</td></tr></table>', both],
    ['<p>Fax: 934170143</p>', ['phone +34934170143']],
    ['<p>Telefax 934170143</p>', ['phone +34934170143']],
    ['<p>Facsimile 934170143</p>', ['phone +34934170143']],
    ['<p>Télécopie : 934170143</p>', ['phone +34934170143']],
    ['<p>传真 934170143</p>', ['phone +34934170143']],
    ['<p>Tel: 934170142, Fax: 934170143</p>', both],
    ['<p>Fax 934170143, Tel. 934170142</p>', both],
    // One line for both.
    ['<p>Tel./Fax: 934170143</p>', ['phone +34934170143']],
    ['<p>Teléfono / Fax 934170143</p>', ['phone +34934170143']],
    ['<p>Tel & Fax 934170143</p>', ['phone +34934170143']],
    // Not an id's label before it.
    ['<p>Fax 934170143 · Ref. 934170199</p>', ['phone +34934170143']],
  ])('%s', (body, want) => {
    expect(es(page(`<h1>Subasta</h1>${body}`), 'ES', 'phone')).toEqual(want);
  });
});
