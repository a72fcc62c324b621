/**
 * From the fix round on the fifteenth sealed round's last set (m17c), general rules, each with
 * the cases an adversary would bring: a site's legal disclaimer and the complaint line in it,
 * Chinese and Japanese service hotlines, Malay honorifics, a Chinese name signed before a mobile
 * number, and a company's registration number after a registration label. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const cn = foundAt('https://jx.fangwu.example/rent/1234.html', 'CN');

describe("a site's legal disclaimer is the site's text", () => {
  it.each([
    ['<div>免责声明：本网站所发布的信息仅供参考。如有侵权，请通过以下联系方式告知我们：邮箱：jubao@mail.example，电话：0571-85550146</div>', []],
    ['<div>Disclaimer: listings are supplied by agents. To report an ad write to abuse@mail.example or call 0571-85550146.</div>', []],
  ])('%s', (body, want) => {
    const html = page(`<h1>出租</h1>${body}`);
    expect(cn(html).filter((l) => l.startsWith('phone') || l.startsWith('email'))).toEqual(want);
  });

  it("while the ad's own lines are read, and a disclaimer word inside a sentence is no heading", () => {
    const html = page('<h1>出租</h1><p>联系人：王秀英 电话：138 2290 4417</p><p>Read our disclaimer: ask agent@fangwu-agent.example</p>');
    expect(cn(html).filter((l) => l.startsWith('phone') || l.startsWith('email'))).toEqual(['email agent@fangwu-agent.example', 'phone +8613822904417']);
  });
});

describe('Chinese and Japanese customer-service hotlines are the platform\'s', () => {
  it.each([
    ['浙江某某信息科技有限公司 客服热线：0571-8555-0142', []],
    ['服务热线：400-555-0142', []],
    ['投诉电话：0571-8555-0143', []],
    // A seller's line beside them is read.
    ['联系电话：0571-8555-0144', ['phone +8657185550144']],
  ])('%s', (line, want) => {
    expect(cn(page(`<h1>出租</h1><p>${line}</p>`), 'CN', 'phone')).toEqual(want);
  });

  it('お客様センター on a Japanese page', () => {
    const jp = foundAt('https://www.fudosan.example/buy/1', 'JP');
    expect(jp(page('<h1>物件</h1><p>お客様センター 0120-555-014</p>'), 'JP', 'phone')).toEqual([]);
  });
});

describe('Malay honorifics (Encik, Puan) on the Malay-speaking markets\' pages', () => {
  const my = foundAt('https://www.direktori.example/services/kuala-lumpur', 'MY');
  it.each([
    ['ENQUIRIES: EN. AHMAD KAMAL (H/P : 013-298 4471)', 'MY', ['name ahmad kamal', 'phone +60132984471']],
    ['Hubungi Puan Siti Aminah untuk maklumat lanjut', 'MY', ['name siti aminah']],
    ['Sila hubungi Pn. Noraini Yusof', 'SG', ['name noraini yusof']],
    // Elsewhere "EN." is English, and "En." an abbreviation.
    ['Language: EN. Ahmad Kamal', 'GB', []],
    ['Versión EN. Manual Completo', 'ES', []],
  ])('%s (%s)', (line, country, want) => {
    expect(my(page(`<h1>Office</h1><p>${line}</p>`), country).filter((l) => !l.startsWith('address'))).toEqual(want);
  });
});

describe('a Chinese name signed right before a mainland mobile number', () => {
  it.each([
    ['王秀英138 2290 4417', ['name 王秀英', 'phone +8613822904417']],
    ['李娜 13822904412', ['name 李娜']],
    // Labels, ids and firms before a number are no names.
    ['联系电话13822904413', ['phone +8613822904413']],
    ['房源编号13822904414', []],
    ['某某房产13822904415', []],
    // Not a mobile's shape: no name taken.
    ['王秀英12822904416', []],
    // Not at a line's start: inside a sentence.
    ['本房由王秀英13822904417介绍', []],
  ])('%s', (line, want) => {
    expect(cn(page(`<h1>出租</h1><p>${line}</p>`)).filter((l) => !l.startsWith('address'))).toEqual(want);
  });
});

describe("a company's registration number after a registration label is no plate", () => {
  const my = foundAt('https://www.direktori.example/services/kuala-lumpur', 'MY');
  it.each([
    ['Com. Reg. no : 001234567T', []],
    ['Company Reg. No: 201901234567 (1234567-X)', []],
    ['VAT Reg. No: GB123456789', []],
    // A car's registration is still read.
    ['Reg. no: WXY 1234', ['plate MY:WXY1234']],
  ])('%s', (line, want) => {
    expect(my(page(`<h1>Ad</h1><p>${line}</p>`), 'MY', 'plate')).toEqual(want);
  });
});
