/**
 * Korean ad pages (encar.com and the like): plates ("12가3456", "서울12가3456") after "차량번호" or
 * alone in the text, plates and numbers in embedded state, and the decoys these pages carry
 * (prices in 만원, dates, mileage, ids, form examples, masked plates, the platform's hotlines,
 * inspection centres). All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

const URL = 'https://cars.example.kr/cars/detail/41234567';

function found(html: string, kind?: string, url = URL): string[] {
  return extractFindings(html, { url, country: 'KR' })
    .filter((f) => kind === undefined || f.kind === kind)
    .map((f) => (kind ? f.value : `${f.kind} ${f.value}`));
}
const plates = (body: string): string[] => found(`<!doctype html><html><body>${body}</body></html>`, 'plate');

describe('Korean plates in text', () => {
  it.each([
    ['<dl><dt>차량번호</dt><dd>64부2961</dd></dl>', ['KR:64부2961']],
    ['<p>차량번호: 123가 4781</p>', ['KR:123가4781']],
    ['<p>자동차번호 57누 8214</p>', ['KR:57누8214']],
    ['<p>차량 번호 : 서울 31 가 9274</p>', ['KR:서울31가9274']],
    ['<th>번호판</th><td>경기70아4182</td>', ['KR:경기70아4182']],
    // no label: the Korean shape is distinctive, particles glued after it included
    ['<p>본 정보는 415노8136 차량을 확인하기 위하여 제공합니다.</p>', ['KR:415노8136']],
    ['<p>자동차 사고로 31러7094차량의 손상·수리기록</p>', ['KR:31러7094']],
    ['<p>렌트 이력: 45하2719 (대여)</p>', ['KR:45하2719']],
  ])('%s', (body, expected) => {
    expect(plates(body)).toEqual(expected);
  });

  it.each([
    ['<p>가격 659만원, 1,334만 원</p>', 'prices in 만원'],
    ['<p>1,234가 5678</p>', 'the tail of a number with a thousands separator'],
    ['<p>연식 16/09식, 주행거리 192,467km, 2021년 08월</p>', 'year, mileage and dates'],
    ['<p>등록번호 41234567</p><p>제시번호 : 2026033133</p>', 'the ad’s and the dealer’s stock numbers'],
    ['<p>주행 12가 3456km</p>', 'a unit glued after the digits'],
    ['<p>52주 2024년</p>', 'weeks and a year (주 is a plate syllable, 년 a unit)'],
    ['<p>예) 12가1234 또는 끝 4자리 1234</p>', 'a form’s example'],
    ['<p>예시: 38너 4712</p>', 'an example after its marker'],
    ['<input placeholder="예) 12가3456"><p>123가4567</p>', 'the textbook placeholder plates'],
    ['<p>최초 차량번호</p><p>415노XXXX</p>', 'a masked plate after the label'],
    ['<p>차량번호/판매자 이름을 입력해 주세요.</p>', 'a search box’s label'],
    ['<p>12각3456, 12만3456</p>', 'syllables no plate carries'],
    ['<p>1234가5678</p>', 'four class digits'],
    ['<p>모델 K7 2.2 디젤 GLC300 4MATIC</p>', 'model codes'],
    ['<p>사업자 등록번호 : 104-81-12345</p>', 'a business registration number'],
  ])('takes no plate from %s (%s)', (body) => {
    expect(plates(body)).toEqual([]);
  });

  it('takes no Korean plate on another country’s page without a label, and reads it after one', () => {
    const norwegian = (html: string): string[] =>
      extractFindings(html, { url: 'https://ads.example/1', country: 'NO' })
        .filter((f) => f.kind === 'plate')
        .map((f) => f.value);
    expect(norwegian('<p>Importert fra Korea, 64부2961</p>')).toEqual([]);
    expect(norwegian('<p>차량번호: 64부2961</p>')).toEqual(['KR:64부2961']);
  });
});

describe('Korean pages’ embedded data', () => {
  const page = (state: unknown, body = ''): string =>
    `<html><body>${body}<script>window.__PRELOADED_STATE__ = ${JSON.stringify(state)};</script></body></html>`;

  it('reads the plate from vehicleNo / carNo / plateNo keys, and not a numeric id under the same keys', () => {
    expect(found(page({ cars: { base: { vehicleId: 41234567, vehicleNo: '64부2961' } } }), 'plate')).toEqual(['KR:64부2961']);
    expect(found(page({ list: [{ carNo: '57누8214' }, { plateNo: '31러 7094' }] }), 'plate')).toEqual(['KR:57누8214', 'KR:31러7094']);
    expect(found(page({ car: { carNo: '41234567', vehicleNo: '' } }), 'plate')).toEqual([]);
  });

  it('reads state assigned as a JavaScript literal: unquoted (also Hangul) keys and trailing commas, as a formatter writes it', () => {
    const html = `<html><body><script>
      __PRELOADED_STATE__ = {
        cars: {
          base: {
            contact: { userType: "DEALER", no: "05071238842", },
            vehicleNo: "64부2961",
          },
        },
        escrowV2: { nomineeInfo: { 개인: { ownershipRate: 100, }, }, },
      };
    </script></body></html>`;
    expect(found(html)).toEqual(['phone +825071238842', 'plate KR:64부2961']);
  });

  it('reads nothing from a literal that is code (a call, a template string), and does not fail on it', () => {
    const html = '<script>__PRELOADED_STATE__ = { cars: { vehicleNo: lookup("64부2961"), }, };</script><script>__X__ = { a: `${b}` };</script>';
    expect(found(html, 'plate')).toEqual([]);
  });

  it('reads the number in a contact party’s "no" field, and not an id there that is no valid number', () => {
    const state = { cars: { base: { contact: { userType: 'DEALER', no: '05071238842', contactType: 'MOBILE' }, manage: { no: '2026033133' } } } };
    expect(found(page(state), 'phone')).toEqual(['+825071238842']);
    expect(found(page({ contact: { no: '41234567' } }), 'phone')).toEqual([]);
    // an id under "no" / "number" that is also a valid number somewhere: not dialled as written, not a phone
    const norwegian = (state: unknown): string[] =>
      extractFindings(page(state), { url: 'https://ads.example/1', country: 'NO' })
        .filter((f) => f.kind === 'phone')
        .map((f) => f.value);
    expect(norwegian({ seller: { no: 41234567, number: '91234567' } })).toEqual([]);
    expect(norwegian({ seller: { number: '+47 912 34 567' } })).toEqual(['+4791234567']);
  });

  it('reads phones under telNo / phoneNo / hpNo keys', () => {
    expect(found(page({ seller: { telNo: '010-4821-7390' } }), 'phone')).toEqual(['+821048217390']);
    expect(found(page({ dealer: { hpNo: '01093521764' } }), 'phone')).toEqual(['+821093521764']);
  });

  it('skips inspection and service centres attached to the ad: third parties, not the seller', () => {
    const state = {
      dealer: {
        name: '윤하람',
        firm: { name: '한빛모터스', diagnosisCenters: [{ name: '진단센터 천안', telephoneNumber: '041-572-3918' }] },
        serviceCenters: [{ tel: '02-3149-2871' }],
      },
    };
    expect(found(page(state), 'phone')).toEqual([]);
  });

  it('a dealer that holds its firm’s object is the firm’s salesperson: a person; the firm is a business', () => {
    const state = { partnership: { dealer: { userId: 'yhr0419', name: '윤하람', firm: { code: '6442', name: '한빛모터스' } } } };
    expect(found(page(state, '<p>판매자 한빛모터스</p>'), 'name')).toEqual(['윤하람']);
  });

  it('a dealer object without a firm of its own is the business: its name is a trade name, not a person’s', () => {
    expect(found(page({ ad: { dealer: { name: '한빛모터스', phone: '02-3149-2871' } } }), 'name')).toEqual([]);
    expect(found(page({ ad: { dealer: { name: 'Autohaus Berg' } } }), 'name')).toEqual([]);
  });
});

describe('Korean pages’ chrome and platform lines', () => {
  it('drops the platform’s customer centre and call centre lines wherever they are', () => {
    const html = '<div><p>고객센터 : 1599-5183</p><p>콜센터 1588-3714</p><p>판매자 연락처 010-4821-7390</p></div>';
    expect(found(html, 'phone')).toEqual(['+821048217390']);
  });

  it('reads nothing from a footer or header marked only by CSS-module class names', () => {
    const html = `<body>
      <div class="PcHeader-module_pc_header__a8Xk2"><a>판매자 정보</a><p>문의 02-3149-2871</p></div>
      <div class="DetailSeller_box__k3tS4"><p>판매자 연락처 010-4821-7390</p></div>
      <div class="PcFooterMain-module_pc_footer__-8bdp"><ul class="PcFooterMain-module_info__yP4Dw"><li>FAX : 02-754-3182</li></ul></div>
      <div class="Footer_footer__3xYz1"><p>Tel 02-6255-4410</p></div>
    </body>`;
    expect(found(html, 'phone')).toEqual(['+821048217390']);
  });

  it('a BEM element whose block is a header is not taken for a CSS-module class', () => {
    // "ad__header__title": no build hash, so the ad's own header is read
    const html = '<div class="ad__header__title"><p>판매자 연락처 010-4821-7390</p></div>';
    expect(found(html, 'phone')).toEqual(['+821048217390']);
  });

  it('keeps a Korean mobile number written with dashes, spaces or none', () => {
    const html = '<p>연락처 010-4821-7390</p><p>전화 010 9352 1764</p><p>문의 01057382916</p>';
    expect(found(html, 'phone')).toEqual(['+821048217390', '+821093521764', '+821057382916']);
  });
});
