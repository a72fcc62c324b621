import { describe, expect, it } from 'vitest';
import { NonRetryableError, RequestThrottledError, RetryRequestError } from '../../../lambdas/collect/fetch/errors.js';
import { DEFAULT_THROTTLE_MS, errorForStatus, parseRetryAfter } from '../../../lambdas/collect/fetch/http-fetcher.js';
import { decodeHtml } from '../../../lambdas/collect/fetch/decode.js';

const NOW = Date.parse('2026-11-22T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sun, 22 Nov 2026 12:00:30 GMT', 30_000],
    ['Sun, 22 Nov 2026 11:59:00 GMT', 0], // in the past: retry now
    ['Sunday, 22-Nov-26 12:01:00 GMT', 60_000], // obsolete RFC 850 form
  ])('%j -> %d ms', (value, ms) => expect(parseRetryAfter(value, NOW)).toBe(ms));

  it.each([undefined, '', '-5', '1.5', 'soon', 'Foo, 99 Bar 2026'])('%j -> undefined', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe('errorForStatus', () => {
  const url = 'https://example.no/ad/1';
  it('2xx is not an error', () => expect(errorForStatus(200, {}, url, NOW)).toBeUndefined());

  it('429 -> RequestThrottledError with Retry-After, or a default', () => {
    const e = errorForStatus(429, { 'retry-after': '30' }, url, NOW);
    expect(e).toBeInstanceOf(RequestThrottledError);
    expect((e as RequestThrottledError).retryAfterMs).toBe(30_000);
    expect((errorForStatus(429, {}, url, NOW) as RequestThrottledError).retryAfterMs).toBe(DEFAULT_THROTTLE_MS);
  });

  it('503 with Retry-After -> throttled; without -> retry', () => {
    const e = errorForStatus(503, { 'retry-after': 'Sun, 22 Nov 2026 12:02:00 GMT' }, url, NOW);
    expect(e).toBeInstanceOf(RequestThrottledError);
    expect((e as RequestThrottledError).retryAfterMs).toBe(120_000);
    expect(errorForStatus(503, {}, url, NOW)).toBeInstanceOf(RetryRequestError);
  });

  it.each([500, 502, 504, 408])('%d -> RetryRequestError', (s) => expect(errorForStatus(s, {}, url, NOW)).toBeInstanceOf(RetryRequestError));
  it.each([400, 401, 403, 404, 410, 451])('%d -> NonRetryableError', (s) => {
    const e = errorForStatus(s, {}, url, NOW);
    expect(e).toBeInstanceOf(NonRetryableError);
    expect(e?.retryable).toBe(false);
  });
});

describe('decodeHtml', () => {
  it('uses the Content-Type charset, else <meta charset>, else UTF-8', () => {
    const latin1 = Buffer.from('<p>Bl\xe5 Volvo, \xf8l</p>', 'latin1');
    expect(decodeHtml(latin1, 'text/html; charset=ISO-8859-1')).toBe('<p>Blå Volvo, øl</p>');
    const meta = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0xe6, 0x80]), Buffer.from('</p>')]);
    expect(decodeHtml(meta, 'text/html')).toBe('<meta charset="windows-1252"><p>æ€</p>');
    expect(decodeHtml(Buffer.from('<p>Blå</p>'), 'text/html')).toBe('<p>Blå</p>');
    expect(decodeHtml(Buffer.from('<p>x</p>'), 'text/html; charset=made-up')).toBe('<p>x</p>');
  });

  // A page that declares no charset (saved to disk, or served without one): UTF-8 when its bytes
  // are UTF-8, else windows-1252, as the HTML standard's sniffing falls back for Latin-script locales.
  it.each([
    ['ISO-8859-1 bytes, nothing declared', Buffer.from('<p>Se\xf1ora Jos\xe9 \xd6zt\xfcrk</p>', 'latin1'), undefined, '<p>Señora José Öztürk</p>'],
    ['windows-1252 bytes 0x80-0x9f, nothing declared', Buffer.from([0x3c, 0x70, 0x3e, 0x80, 0x20, 0x93, 0x41, 0x94, 0x3c, 0x2f, 0x70, 0x3e]), 'text/html', '<p>€ “A”</p>'],
    ['UTF-8, nothing declared', Buffer.from('<p>Señora José, 東京</p>'), undefined, '<p>Señora José, 東京</p>'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Åse</p>')]), undefined, '<p>Åse</p>'],
    ['UTF-8 cut inside its last character (a size cap)', Buffer.from('<p>Åse 東').subarray(0, -1), undefined, '<p>Åse '],
    ['an unknown label over ISO-8859-1 bytes', Buffer.from('<p>Jos\xe9</p>', 'latin1'), 'text/html; charset=made-up', '<p>José</p>'],
    ['a declaration past the first 1 KiB (not read, as browsers do not)', Buffer.from(`${' '.repeat(1100)}<meta charset="utf-8"><p>Jos\xe9</p>`, 'latin1'), undefined, `${' '.repeat(1100)}<meta charset="utf-8"><p>José</p>`],
  ])('%s', (_what, body, contentType, expected) => {
    expect(decodeHtml(body, contentType)).toBe(expected);
  });

  // A <meta> that says UTF-8 over bytes that are not: a stale declaration, read by the market's
  // legacy default; a UTF-8 page with a stray byte stays UTF-8.
  it.each([
    ['windows-1250 bytes under <meta charset="utf-8"> (CZ)', Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), Buffer.from([0x8a, 0x74, 0xec, 0x70, 0xe1, 0x6e, 0x20, 0xe8, 0x65, 0x6b, 0xe1]), Buffer.from('</p>')]), undefined, 'CZ', '<meta charset="utf-8"><p>Štěpán čeká</p>'],
    ['ISO-8859-1 bytes under <meta charset="utf-8">, no country', Buffer.from('<meta charset="utf-8"><p>Jos\xe9</p>', 'latin1'), undefined, undefined, '<meta charset="utf-8"><p>José</p>'],
    // The server's own Content-Type is followed: its broken bytes become U+FFFD.
    ['ISO-8859-1 bytes under a Content-Type charset=utf-8', Buffer.from('<p>Jos\xe9</p>', 'latin1'), 'text/html; charset=utf-8', 'CZ', '<p>Jos\ufffd</p>'],
    ['windows-1251 bytes, nothing declared (UA)', Buffer.concat([Buffer.from('<p>'), Buffer.from([0xcc, 0xb3, 0xf1, 0xf2, 0xee]), Buffer.from('</p>')]), undefined, 'UA', '<p>Місто</p>'],
    ['a UTF-8 page with one stray byte', Buffer.concat([Buffer.from('<p>Åse Ødegård, Tromsø, Bærum, Ålesund </p>'), Buffer.from([0xff])]), undefined, 'NO', '<p>Åse Ødegård, Tromsø, Bærum, Ålesund </p>\ufffd'],
  ])('%s', (_what, body, contentType, country, expected) => {
    expect(decodeHtml(body, contentType, country)).toBe(expected);
  });

  // Declarations that went stale: valid UTF-8 is UTF-8 (other encodings' non-ASCII bytes are
  // almost never valid UTF-8), except for encodings whose bytes can be valid UTF-8 as well.
  it.each([
    ['a scraper\'s UTF-8 copy that kept <meta charset="gb2312">', Buffer.from('<meta charset="gb2312"><p>联系人 王先生</p>'), undefined, '<meta charset="gb2312"><p>联系人 王先生</p>'],
    ['a UTF-8 file served with a default charset=iso-8859-1', Buffer.from('<p>Señora José</p>'), 'text/html; charset=ISO-8859-1', '<p>Señora José</p>'],
    ['real windows-1251 bytes under their own declaration', Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), Buffer.from([0xcf, 0xf0, 0xee, 0xe4, 0xe0, 0xec]), Buffer.from('</p>')]), undefined, '<meta charset="windows-1251"><p>Продам</p>'],
    ['declared UTF-16LE (its ASCII is valid UTF-8 with zero bytes)', Buffer.from('<p>Åse</p>', 'utf16le'), 'text/html; charset=UTF-16LE', '<p>Åse</p>'],
    ['declared ISO-2022-JP (7-bit, valid UTF-8 as bytes)', Buffer.from([0x1b, 0x24, 0x42, 0x25, 0x22, 0x1b, 0x28, 0x42]), 'text/html; charset=ISO-2022-JP', 'ア'],
  ])('%s', (_what, body, contentType, expected) => {
    expect(decodeHtml(body, contentType)).toBe(expected);
  });

  /** `text` in a one-byte legacy encoding: the inverse of TextDecoder's table for `label`. */
  function encodeLegacy(text: string, label: string): Buffer {
    const decoder = new TextDecoder(label);
    const byChar = new Map<string, number>();
    for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
    return Buffer.from([...text].map((c) => {
      const b = byChar.get(c);
      if (b === undefined) throw new Error(`${c} is not in ${label}`);
      return b;
    }));
  }

  // Invented ad text in each market's language, in its legacy encoding, declaring nothing (or a
  // stale UTF-8): read back exactly with the market's country, never as UTF-8 by chance.
  it.each([
    ['UA', 'windows-1251', 'Продаю квартиру. Телефонуйте Ірині або Миколі, ґанок і подвір’я. Мій номер у профілі.'],
    ['RU', 'windows-1251', 'Продам автомобиль. Звоните Алёне Сергеевне, Москва, пр. Мира. Мой номер в объявлении.'],
    ['BG', 'windows-1251', 'Продавам апартамент. Обадете се на Цветелина Янкова, София, ж.к. Младост.'],
    ['CZ', 'windows-1250', 'Prodám Škodu Octavii, volejte Jiřímu Řezníčkovi nebo paní Šárce Žákové, Brno-Žabovřesky.'],
    ['SK', 'windows-1250', 'Predám byt, volajte Ľubošovi Ďurčovi alebo pani Ivete Šťastnej, Žilina.'],
    ['HR', 'windows-1250', 'Prodajem stan, nazovite Željka Đurića ili gospođu Ćirić, Čakovec.'],
    ['PL', 'iso-8859-2', 'Sprzedam mieszkanie, dzwonić do Łukasza Źrebieckiego lub pani Żanety Ślęzak, Łódź.'],
    ['SI', 'iso-8859-2', 'Prodam stanovanje, pokličite Špelo Žagar ali Čedo Košir, Šmarje.'],
    ['HU', 'iso-8859-2', 'Eladó lakás, hívja Kőrösi Ödönt vagy Szűcs Évát, Győr, Árpád út.'],
    // The same markets' pages in windows-1250, whose "š", "ž", "ś", "ź" sit where ISO-8859-2 has
    // control codes: read as windows-1250 ("Žigo" came out as "igo").
    ['SI', 'windows-1250', 'Prodam stanovanje, pokličite Žigo Mlakarja ali Špelo Žagar, Šmarje.'],
    ['PL', 'windows-1250', 'Sprzedam mieszkanie, dzwonić do pani Żanety Ślęzak lub Józefa Źrebiaka, Świdnik.'],
    ['LT', 'windows-1257', 'Parduodamas butas, skambinkite Žydrūnui Šėmai arba Ąžuolei Čiurlytei, Kaunas.'],
    ['GR', 'iso-8859-7', 'Πωλείται διαμέρισμα, επικοινωνία με τον Σπύρο Αθανασίου, Θεσσαλονίκη.'],
    ['TR', 'windows-1254', 'Satılık daire, Ayşe Güleryüz ya da Çağrı Şahinoğlu ile görüşün, İzmir.'],
    ['IL', 'windows-1255', 'דירה למכירה, להתקשר לדנה כהן, חיפה.'],
    ['SA', 'windows-1256', 'شقة للبيع، اتصل بالأستاذ خالد العتيبي، الرياض.'],
    ['FR', 'windows-1252', 'Vends Peugeot, appelez Loïc Lefèvre ou Maëlle Hervé, Besançon – 1ère main, œuvre.'],
  ])('%s text in %s without a declaration', (country, label, text) => {
    const html = `<p>${text}</p>`;
    expect(decodeHtml(encodeLegacy(html, label), undefined, country)).toBe(html);
    expect(decodeHtml(encodeLegacy(`<meta charset="utf-8">${html}`, label), undefined, country)).toBe(`<meta charset="utf-8">${html}`);
  });
});
