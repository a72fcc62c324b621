import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { plausibleName } from '../../../lambdas/collect/extract/names.js';

const names = (html: string, country = 'NO') =>
  extractFindings(html, { url: 'https://www.example.test/ad/1', country })
    .filter((f) => f.kind === 'name')
    .map((f) => f.value);

describe('names after honorifics and contact verbs', () => {
  it.each([
    ['<p>Bei Fragen wenden Sie sich an Frau Anna Berg.</p>', 'DE', ['anna berg']],
    ['<p>Ansprechpartner: Herr Max Mustermann</p>', 'DE', ['max mustermann']],
    ['<p>Rufen Sie Herrn Jürgen Schäfer an</p>', 'DE', ['jürgen schäfer']],
    ['<p>Contactez M. Jean Dupont au 06 12 34 56 78</p>', 'FR', ['jean dupont']],
    ['<p>Mme Claire Martin, vendeuse</p>', 'FR', ['claire martin']],
    ['<p>Kontakt: Pan Jan Kowalski</p>', 'PL', ['jan kowalski']],
    ['<p>Bilen selges. Ring Per etter kl. 17.</p>', 'NO', ['per']],
    ['<p>ring til Kari på 412 83 920</p>', 'NO', ['kari']],
    ['<p>Kontakta Eva, 070-174 06 56</p>', 'SE', ['eva']],
    ['<p>Please call John on 07700 900123</p>', 'GB', ['john']],
    ['<p>Kontaktperson: Lars Holm</p>', 'DK', ['lars holm']],
    ['<p>Verkäufer: Anna Berg</p>', 'DE', ['anna berg']],
    ['<p>Sprzedawca: Anna Nowak</p>', 'PL', ['anna nowak']],
    ['<p>Säljare: Eva Lind</p>', 'SE', ['eva lind']],
  ])('%s', (html, country, expected) => {
    expect(names(html, country)).toEqual(expected);
  });

  it.each([
    ['<p>Ring oss i dag!</p>', 'NO'],
    ['<p>Ring 412 83 920</p>', 'NO'],
    ['<p>Kontakt Selger</p>', 'NO'],
    ['<p>Call Now</p>', 'GB'],
    ['<p>Ring Mandag eller Tirsdag</p>', 'NO'],
    ['<p>Kontaktieren Sie den Verkäufer</p>', 'DE'],
    ['<p>M. Dupont</p>', 'FR'], // "M." is also an initial: one word is not enough
    ['<p>Pan Tadeusz to epopeja</p>', 'PL'],
    ['<p>Frau sucht Fahrrad</p>', 'DE'],
    // a result card's buttons: "Call" then "Check availability"
    ['<div><button>Call</button> <button>Check availability</button></div>', 'US'],
  ])('takes no name from %s', (html, country) => {
    expect(names(html, country)).toEqual([]);
  });
});

describe('plausibleName', () => {
  it.each(['Anna Berg', 'Jean-Luc Picard', "O'Neill", 'Kari', 'I. Brandt'])('accepts %s', (n) => {
    expect(plausibleName(n)).toBe(true);
  });
  it.each(['Autohaus Beispiel GmbH', 'Renault Schoon', 'Volvo-Rocar', 'Smart Realty', 'N Enterprise', 'Alpha Motorsports Fredericksburg', 'Ikon MotorCars Group', 'Check availability', 'гр. София', 'Berlin, Mitte', 'Ш И К', 'Afdeling Verkoop', 'Privat', 'Private seller', 'Nachricht senden', 'Kontakt', '', 'x', 'Anna 123', 'anna@example.no', 'Tlf: 412', 'https://x.y', 'A b c d e f g h', 'lowercase words only'])(
    'rejects %j',
    (n) => {
      expect(plausibleName(n)).toBe(false);
    },
  );
});
