/**
 * A number the page labels once as the platform's own line (customer service, a hotline) is the
 * platform's wherever else it shows; a switchboard number with an agent's extension in page data
 * is the number without it. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const cn = foundAt('https://www.homes.example.cn/rent/1001.html', 'CN');

describe("the platform's line, labelled once", () => {
  const rental = (box: string, footer: string): string =>
    page(`<h1>朝阳区 两居室</h1><div class="tel">${box}</div><p>房东直租，随时看房。</p>`) + `<div class="notice">${footer}</div>`;

  it('is not the seller’s in a call box elsewhere on the page, extension or not', () => {
    expect(cn(rental('400 600 1234 - 1022', '修改手机号，请拨打客服电话：400-600-1234'), 'CN', 'phone')).toEqual([]);
    expect(cn(rental('4006001234', '热线电话4006001234'), 'CN', 'phone')).toEqual([]);
    // A used-car platform's free-consultation line ("免费咨询"), in its sign-up box and the ad's call box.
    expect(cn(rental('看车电话：400-600-1234', '<p class="free-phone">免费咨询400-600-1234</p>'), 'CN', 'phone')).toEqual([]);
  });

  it('leaves the seller’s own number beside it', () => {
    expect(cn(rental('联系电话 13812345678', '客服电话：400-600-1234'), 'CN', 'phone')).toEqual(['phone +8613812345678']);
  });

  it('is noted only where the label names that one number, right before it', () => {
    const vn = foundAt('https://www.nha.example.vn/ban-nha/1', 'VN');
    // A seller's own two lines after "HOTLINE", the second also in a call link: it stays the seller's.
    const listing = page(
      '<p>Nhà đẹp, chính chủ. HOTLINE + zalo: 035.312.6400 – 0888.600.123 (Anh Nam)</p><p><a href="tel:0888600123">Gọi ngay</a></p>',
    );
    expect(vn(listing, 'VN', 'phone')).toContain('phone +84888600123');
    // A firm named "Technical Support" in a directory's FAQ: its number in the listing's data stays.
    const de = foundAt('https://www.verzeichnis.example.de/stuttgart/technical-support', 'DE');
    const html =
      page('<h1>Technical Support</h1><p>Die Kontaktmöglichkeiten zu Technical Support sind u.a. 0711 8800123 info@techsupport.example.</p>') +
      '<script type="application/ld+json">{"@type":"LocalBusiness","name":"Technical Support","telephone":["(0711) 8800123"]}</script>';
    expect(de(html, 'DE', 'phone')).toEqual(['phone +497118800123']);
  });
});

describe("a number with an agent's extension in page data", () => {
  it('is the number without the extension, under a key that qualifies the phone (phone400, phoneMain)', () => {
    const html = page('<h1>二手房</h1>') + nextData({ agent: { name: '张三', phone400: '4006001234-1022', phoneMain: '13812345678' } });
    expect(cn(html, 'CN', 'phone')).toEqual(['phone +8613812345678', 'phone +864006001234']);
  });

  it.each(['0800 123 456 ext. 12', '0800 123 456 x12', '0800 123 456#12'])('reads %s as the number', (value) => {
    const gb = foundAt('https://www.homes.example.co.uk/property/1', 'GB');
    expect(gb(page('<h1>Flat</h1>') + nextData({ agent: { phone: value } }), 'GB', 'phone')).toEqual(['phone +44800123456']);
  });
});
