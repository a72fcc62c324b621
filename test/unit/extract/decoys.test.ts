/**
 * The decoys of real classified pages (issue 7): ids, dates, prices, placeholders, long digit
 * runs, and the spellings real people use. Synthetic snippets shaped like real sites.
 */
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { idRuns, isPlaceholderPhone } from '../../../lambdas/collect/extract/filters.js';

const of = (kind: string, html: string, country: string, url = 'https://www.marktplatz.example/anzeige/4711') =>
  extractFindings(html, { url, country })
    .filter((f) => f.kind === kind)
    .map((f) => f.value);

describe('phones: national spellings', () => {
  it.each([
    ['<p>Tel. 0171/8473915</p>', 'DE', ['+491718473915']],
    ['<p>Mobil: 0171 / 847 39 15</p>', 'DE', ['+491718473915']],
    ['<p>Tel.: +49 (0)171 847 39 15</p>', 'DE', ['+491718473915']],
    ['<p>Tel.: (0)171 847 39 15</p>', 'DE', ['+491718473915']],
    ['<p>Tel 0171.847.39.15</p>', 'DE', ['+491718473915']],
    ['<p>Tel.: 089/54 32 10 98</p>', 'DE', ['+498954321098']],
    ['<p>Tél. 06 12 34 56 78 ou 06.98.76.54.32</p>', 'FR', ['+33612345678', '+33698765432']],
    ['<p>tel. 512-345-679</p>', 'PL', ['+48512345679']],
    ['<p>Tel: 070-174 06 56</p>', 'SE', ['+46701740656']],
  ])('%s', (html, country, expected) => {
    expect(of('phone', html, country)).toEqual(expected);
  });
});

describe('phones: what is not one', () => {
  it.each([
    // the ad's own number, in the URL or canonical link, whatever the label
    ['<p>Ring 284751936</p>', 'NO', 'https://www.finn.example/bap/forsale/ad.html?finnkode=284751936'],
    ['<link rel="canonical" href="https://www.blocket.example/annons/701740656"><p>Tel 070 174 06 56</p>', 'SE', 'https://www.blocket.example/a/1'],
    // id labels, on the line or the line above
    ['<dl><dt>Anzeigen-ID</dt><dd>2847519361</dd></dl>', 'DE', undefined],
    ['<p>nr ogłoszenia: 512345679</p>', 'PL', undefined],
    ['<p>ID: 512 345 679</p>', 'PL', undefined],
    ['<p>FINN-kode 412839201</p>', 'NO', undefined],
    ['<p>Annonsnummer: 0701740656</p>', 'SE', undefined],
    ['<p>Réf. 0612345679</p>', 'FR', undefined],
    // bare digit runs without a phone label: ids, counters
    ['<p>Ola 91234568</p><p>412839201</p>', 'NO', undefined],
    // longer than any E.164 number
    ['<p>Tel 4128392014128392014</p>', 'NO', undefined],
    // placeholders in forms and examples
    ['<p>Telefon: 123456789</p><p>Tlf: 00000000</p><p>Tel: 0123 456789</p>', 'DE', undefined],
    // dates, prices, mileage, postcodes
    ['<p>EZ 08/2022 · 45.900 € · 123.456 km · 10115 Berlin</p>', 'DE', undefined],
    // coordinates (meta og:latitude, "51.5514218") and lists of model numbers
    ['<meta property="og:latitude" content="51.5514218"><meta name="geo.position" content="51.5514218;7.1234567"><p>Tel 51.5514218</p>', 'DE', undefined],
    ['<a title="Netzteil für Optiplex 3000/5000/7000">x</a><p>Tel.: 3000/5000/7000</p>', 'BR', undefined],
    // customer service of the platform in the content
    ['<p>Kundenservice: 030 84739156</p><p>Hotline 0800 8473915</p>', 'DE', undefined],
  ])('%s', (html, country, url) => {
    expect(of('phone', html, country, url)).toEqual([]);
  });

  it('keeps a labelled bare number and the seller’s number beside an id', () => {
    expect(of('phone', '<p>Annonse-ID: 284751936 · Tlf 41283920</p>', 'NO')).toEqual(['+4741283920']);
  });
});

describe('placeholder numbers and id runs', () => {
  it.each(['+49123456789', '+4712345678', '+4740000000', '+33999999999', '+4987654321098'])('%s is a placeholder', (n) => {
    expect(isPlaceholderPhone(n)).toBe(true);
  });
  it.each(['+4791234567', '+4798765432', '+491718473915', '+33612345678'])('%s is not', (n) => {
    expect(isPlaceholderPhone(n)).toBe(false);
  });
  it('reads digit runs of 5+ from URLs, decoded', () => {
    expect(idRuns(['https://x.example/a/12345?id=678901&p=2', 'https://x.example/%31%32%33%34%35%36'])).toEqual(['12345', '678901', '123456']);
  });
});

describe('plates: dates and words are not plates', () => {
  it.each([
    ['<p>Reg. 08/2022</p>', 'GB'],
    ['<p>Registration: NEW</p><p>Reg: NEW 2023</p>', 'GB'],
    ['<dl><dt>Erstzulassung</dt><dd>08/2022</dd><dt>Kennzeichen</dt><dd>neu</dd></dl>', 'DE'],
    ['<p>Registrering: 2019</p><p>Reg.nr: ÅR 2019</p>', 'NO'],
    ['<p>Kenteken: onbekend</p>', 'NL'],
  ])('%s', (html, country) => {
    expect(of('plate', html, country)).toEqual([]);
  });

  it.each([
    ['<p>Kennzeichen: B-AB 1234</p>', 'DE', ['DE:BAB1234']],
    ['<p>Immatriculation : AB-123-CD</p>', 'FR', ['FR:AB123CD']],
    ['<p>Reg: AB12 CDE</p>', 'GB', ['GB:AB12CDE']],
    ['<p>Kenteken: 12-ABC-3</p>', 'NL', ['NL:12ABC3']],
  ])('still reads %s', (html, country, expected) => {
    expect(of('plate', html, country)).toEqual(expected);
  });
});

describe('e-mails hidden the usual ways', () => {
  // 0x4f XOR "anna@example.de"
  const hex = '4f2e21212e0f2a372e223f232a612b2a';
  it('decodes Cloudflare e-mail protection in a link and in a span', () => {
    expect(of('email', `<a href="/cdn-cgi/l/email-protection#${hex}">[email&#160;protected]</a>`, 'DE')).toEqual(['anna@example.de']);
    expect(of('email', `<span class="__cf_email__" data-cfemail="${hex}">[email&#160;protected]</span>`, 'DE')).toEqual(['anna@example.de']);
  });

  it('does not decode a non-hex or odd-length fragment', () => {
    expect(of('email', '<a href="/cdn-cgi/l/email-protection#zz12">x</a><span data-cfemail="4f2e2">y</span>', 'DE')).toEqual([]);
  });
});
