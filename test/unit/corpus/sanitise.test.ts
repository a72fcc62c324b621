/**
 * The corpus sanitiser: a personal value must disappear in every spelling a page uses, and
 * nothing else may change. Inputs here are invented (no real person's data).
 */
import { describe, expect, it } from 'vitest';
import { decodeCfEmail, encodeCfEmail, findAll } from '../../pages/tools/detect.js';
import { sanitise, type Replacement } from '../../pages/tools/sanitise.js';
import { hasValidVinCheckDigit, normalisePhone } from '../../../lambdas/shared/normalise/index.js';

const PAGE = [
  '<html><head><script id="__NEXT_DATA__" type="application/json">',
  '{"seller":{"name":"Gerda Quast","phone":"+4915112345678","mail":"gerda.quast\\u0040mailbox.test"}}',
  '</script></head><body>',
  '<p>Ruf an: 0151/12345678 oder <a href="tel:+49%20151%2012345678">+49 151 12345678</a></p>',
  '<p>Gerda schreibt: <a href="/cdn-cgi/l/email-protection#', encodeCfEmail('gerda.quast@mailbox.test', 0x3c),
  '">[email&#160;protected]</a>, Gerdas Auto, FIN WVWZZZ1KZ8W123456, Kennzeichen B-GQ 1234</p>',
  '<a href="/u/gerda-quast">Profil</a><p>Preis 4.500 EUR, Anzeige 2834712</p></body></html>',
].join('');

function reps(): Replacement[] {
  return [
    { kind: 'name', original: 'Gerda Quast', seller: true },
    { kind: 'name', original: 'Gerda', seller: true },
    { kind: 'phone', original: '+4915112345678', seller: true },
    { kind: 'email', original: 'gerda.quast@mailbox.test', seller: true },
    { kind: 'vin', original: 'WVWZZZ1KZ8W123456', seller: true },
    { kind: 'plate', original: 'B-GQ 1234', seller: true },
  ];
}

describe('corpus sanitiser', () => {
  const r = reps();
  const out = sanitise(PAGE, r, 'DE', 'test-page');

  it('removes every spelling of every original value', () => {
    expect(out.unmatched).toEqual([]);
    for (const needle of ['Gerda', 'Quast', 'quast', '12345678', 'WVWZZZ1KZ8W123456', 'GQ 1234', 'mailbox.test']) {
      expect(out.html).not.toContain(needle);
    }
    const cf = /email-protection#([0-9a-f]+)/.exec(out.html)![1]!;
    expect(decodeCfEmail(cf)).toBe(r[3]!.synthetic);
    expect(cf.slice(0, 2)).toBe('3c');
  });

  it('keeps the markup and the values that are not personal', () => {
    expect(out.html.replace(/[^<>]/g, '')).toBe(PAGE.replace(/[^<>]/g, ''));
    for (const kept of ['Preis 4.500 EUR', 'Anzeige 2834712', '__NEXT_DATA__', 'B-', 'WVW', '0151/']) {
      expect(out.html).toContain(kept);
    }
  });

  it('uses synthetic values of the same shape, consistently', () => {
    const phone = r[2]!.synthetic!;
    expect(normalisePhone(phone, 'DE')).toBe(phone);
    expect(phone).not.toBe('+4915112345678');
    const national = phone.slice(3);
    // Every spelling of the number now spells the same synthetic number.
    const phones = findAll(out.html, 'DE').filter((h) => h.kind === 'phone').map((h) => h.value);
    expect(phones.length).toBeGreaterThanOrEqual(3);
    expect(new Set(phones)).toEqual(new Set([phone]));
    expect(out.html).toContain(`0${national.slice(0, 3)}/${national.slice(3)}`);
    expect(r[3]!.synthetic).toMatch(/@(?:[\w-]+\.)*example\.(?:com|net|org)$/);
    expect(r[4]!.synthetic).toMatch(/^WVW[A-HJ-NPR-Z0-9]{14}$/);
    expect(hasValidVinCheckDigit(r[4]!.synthetic!)).toBe(hasValidVinCheckDigit('WVWZZZ1KZ8W123456'));
    // Letters where the original has letters, digits where it has digits (the check digit aside).
    const shape = (v: string): string => (v.slice(0, 8) + v.slice(9)).replace(/[A-Z]/g, 'A').replace(/\d/g, '9');
    expect(shape(r[4]!.synthetic!)).toBe(shape('WVWZZZ1KZ8W123456'));
    expect(r[5]!.synthetic).toMatch(/^B-[A-Z]{2} \d{4}$/);
    expect(out.html).toContain(`/u/${r[0]!.synthetic!.toLowerCase().replace(' ', '-')}`);
  });

  it('is deterministic for the same page and mapping', () => {
    expect(sanitise(PAGE, reps(), 'DE', 'test-page').html).toBe(out.html);
  });

  it('replaces a number split over lines word by word, and leaves other digit runs alone', () => {
    // Invented Danish number, written the way a page with one word per line writes it.
    const page = '<p>Ring\n      Tlf:\n      40\n      11\n      22\n      33,\n</p><p>Pris\n  40\n  112\n  kr, id 40112234</p>';
    const rep: Replacement[] = [{ kind: 'phone', original: '40 11 22 33', seller: true }];
    const res = sanitise(page, rep, 'DK', 'split-page');
    expect(res.unmatched).toEqual([]);
    const synth = rep[0]!.synthetic!.slice(3);
    expect(res.html.replace(/\s+/g, '')).not.toContain('40112233');
    expect(res.html.replace(/\s+/g, '')).toContain(synth);
    // Layout kept: the same whitespace between the same number of digits.
    expect(res.html.replace(/\d/g, '0')).toBe(page.replace(/\d/g, '0'));
    expect(res.html).toContain('Pris\n  40\n  112\n  kr, id 40112234');
  });

  it('replaces a VIN touching letters or digits and values right after a URL escape', () => {
    // Invented values; the VIN sits in an encoded query string ("%3D" ends in a letter).
    const page =
      '<a href="/r?u=https%3A%2F%2Fx.test%2F%3Fvin%3DWVWZZZ1KZ8W123456%26id%3D7">report</a>' +
      '<a href="/s?q=Gerda%2CQuast&plate=%3DB-GQ%201234">search</a><i data-k="carWVWZZZ1KZ8W123456">x</i>';
    const rep: Replacement[] = [
      { kind: 'vin', original: 'WVWZZZ1KZ8W123456', seller: true },
      { kind: 'name', original: 'Quast', seller: true },
      { kind: 'plate', original: 'B-GQ 1234', seller: true },
    ];
    const res = sanitise(page, rep, 'DE', 'url-page');
    expect(res.unmatched).toEqual([]);
    expect(res.counts).toEqual({ vin: 2, name: 1, plate: 1 });
    for (const needle of ['WVWZZZ1KZ8W123456', 'Quast', 'GQ%201234']) expect(res.html).not.toContain(needle);
    expect(res.html).toContain(`%3D${rep[0]!.synthetic!}%26id`);
    // The net sees a VIN there too: a page added without sanitising would fail the privacy test.
    expect(findAll(page, 'DE').filter((h) => h.kind === 'vin').map((h) => h.value)).toContain('WVWZZZ1KZ8W123456');
  });

  it('replaces a number right after a URL-escaped quote ("%22(067)%20…")', () => {
    // Invented Ukrainian number in URL-encoded JSON of a data attribute: the "22" of "%22" is
    // not part of it.
    const page = '<a data-unmask="%7B%22phoneNumber%22:%22(067)%20123%2045%2067%22%7D" href="tel:+380671234567">(067) 123 45 67</a>';
    const res = sanitise(page, [{ kind: 'phone', original: '(067) 123 45 67', seller: true }], 'UA', 'escape-page');
    expect(res.counts).toEqual({ phone: 3 });
    for (const needle of ['123%2045%2067', '1234567', '123 45 67']) expect(res.html).not.toContain(needle);
    expect(res.html).toContain('%7B%22phoneNumber%22:%22(067)%20');
  });

  it('replaces values right after a string escape in script data ("\\n065…", "\\u003E…", "\\x3E…")', () => {
    // Invented Bosnian number and name in a JSON description, each after an escape whose last
    // character is a letter or digit: "n0651234567" is not one word. A real page kept its
    // seller's number this way until the sanitiser and the private check learnt it.
    const page =
      '<script>window.s={description:"mali servis\\n065123456\\u003Cbr\\u003E065 123 456\\x3EMirza Hodzic\\tMirza",' +
      'id:"n065123456x"}</script>';
    const res = sanitise(
      page,
      [
        { kind: 'phone', original: '065123456', seller: true },
        { kind: 'name', original: 'Mirza Hodzic', seller: true },
        { kind: 'name', original: 'Mirza', seller: true },
      ],
      'BA',
      'json-escape-page',
    );
    expect(res.html).not.toMatch(/065 ?123 ?456(?!x)/);
    expect(res.html).not.toContain('Mirza');
    // A value glued to letters on both sides is part of another token and stays.
    expect(res.html).toContain('n065123456x');
  });

  it('reports a mapping entry that matches nothing instead of passing silently', () => {
    const res = sanitise(PAGE, [{ kind: 'name', original: 'Nobody Here' }], 'DE', 'x');
    expect(res.unmatched.map((u) => u.original)).toEqual(['Nobody Here']);
  });

  it('replaces a Korean plate and name with Hangul particles glued to them, and not inside a longer number', () => {
    // Invented values. "…차량의" (of the car), "…님" (honorific): Korean writes them onto the word.
    const page =
      '<p>차량번호 47노2815</p><p>본 정보는 47노2815차량을 확인합니다</p><p>담당 한가온님</p><p>Information한가온bargain</p>' +
      '<script>{"vehicleNo":"47노2815","dealer":{"name":"한가온"}}</script><p>147노28150</p>';
    const rep: Replacement[] = [
      { kind: 'plate', original: '47노2815', synthetic: '63노9042', seller: true },
      { kind: 'name', original: '한가온', synthetic: '윤하람', seller: true },
    ];
    const res = sanitise(page, rep, 'KR', 'kr-page');
    expect(res.counts).toEqual({ plate: 3, name: 3 });
    expect(res.html).not.toMatch(/(?<!1)47노2815/);
    expect(res.html).not.toContain('한가온');
    expect(res.html).toContain('63노9042차량을');
    expect(res.html).toContain('윤하람님');
    expect(res.html).toContain('Information윤하람bargain'); // a machine-translated page's glue
    expect(res.html).toContain('147노28150'); // digits around it: another token, left alone
  });
});
