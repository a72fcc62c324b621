/**
 * A site's own help desk, marked as such in its classes or ids: a block of hotlines by region (three
 * call links or more), a support-ticket layer, a customer-service box. A marketplace's or a job board's lines for its own
 * users, read as chrome wherever they sit (inside the content too), and the seller's lines beside
 * them still read. With the cases an adversary would bring: a seller box whose name says
 * "hotline", a seller's own one or two lines in a block marked "hotline", a class that only holds
 * the letters of "support", and a dealer's own site, whose help
 * desk is the dealer's. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const vn = foundAt('https://www.vieclam.example/viec-lam/lap-trinh-vien-1234.html', 'VN');
const de = foundAt('https://www.markt.example/anzeige/fahrrad-5550', 'DE');

describe("a marketplace's help desk is the platform's", () => {
  const seller = '<div class="seller-box"><b>Liên hệ</b> <a href="tel:0912555014">0912 555 014</a></div>';
  it.each([
    // Hotlines by region, for employers, inside the content (a job board's)
    ['<section class="hotlines"><ul class="hotline-list"><li><a href="tel:02835550101">Chi nhánh 1</a></li><li><a href="tel:02435550102">Chi nhánh 2</a></li><li><a href="tel:02363555010">Chi nhánh 3</a></li></ul></section>'],
    // A camel-case id on a support layer
    ['<div id="helpHotlineLayer" class="support-modal"><a href="tel:02835550103">Gọi hỗ trợ</a></div>'],
    ['<div class="support-ticket-layer"><div class="layer-body"><a href="tel:02835550104">02835550104</a></div></div>'],
    ['<section class="helpdesk"><p>Tổng đài: 028 3555 0105</p></section>'],
    ['<div class="customerCare"><a href="tel:02835550106">028 3555 0106</a></div>'],
  ])('%s', (desk) => {
    expect(vn(page(`<h1>Lập trình viên</h1>${desk}${seller}`), 'VN', 'phone')).toEqual(['phone +84912555014']);
  });

  it('by its mark alone, with no word of service in its text', () => {
    const html = page(
      '<h1>Trekkingrad</h1><p>Gut erhalten, Tel. 0171 5550142</p><div class="customer-service-box">Mo-Fr 8-18 Uhr: 030 5550199</div>',
    );
    expect(de(html, 'DE', 'phone')).toEqual(['phone +491715550142']);
  });
});

describe('what is not a help desk', () => {
  it.each([
    // A seller box that names its own line a hotline: the box's, and the seller's.
    ['<div class="dealer-hotline"><a href="tel:+493055501477">030 5550 1477</a></div>', ['phone +493055501477']],
    ['<div class="seller-support-line">Tel. 0171 5550143</div>', ['phone +491715550143']],
    // A block marked "hotline" with one or two numbers: a seller's own lines, as often as a desk's.
    ['<div class="hotline-number">Tel.: <a href="tel:0171 5550146">0171 5550146</a></div>', ['phone +491715550146']],
    [
      '<div class="hotline-box"><a href="tel:0171 5550147">0171 5550147</a> <a href="tel:0171 5550148">0171 5550148</a></div>',
      ['phone +491715550147', 'phone +491715550148'],
    ],
    // A class that only contains the letters ("photline" is no word of it; "supporter" no support desk).
    ['<div class="supporters">Tel. 0171 5550145</div>', ['phone +491715550145']],
  ])('%s', (body, want) => {
    expect(de(page(`<h1>Trekkingrad</h1>${body}`), 'DE', 'phone')).toEqual(want);
  });

  it("on a dealer's own site, its hotline in the header is the dealer's", () => {
    const own = foundAt('https://www.autohaus-marten.example/fahrzeuge/golf-7', 'DE');
    const html =
      '<!doctype html><html><body>' +
      '<header><div class="hotline">Service-Hotline <a href="tel:+493055501488">030 5550 1488</a></div></header>' +
      '<main><h1>VW Golf 7</h1><p>Scheckheftgepflegt, 2. Hand.</p></main>' +
      '<footer><p>Autohaus Marten · <a href="mailto:info@autohaus-marten.example">info@autohaus-marten.example</a></p></footer>' +
      '</body></html>';
    expect(own(html, 'DE').filter((l) => l.startsWith('phone') || l.startsWith('email'))).toEqual([
      'email info@autohaus-marten.example',
      'phone +493055501488',
    ]);
  });
});
