import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

/** Phones found in a page whose visible text is `body` (HTML), for a source in `country`. */
function phones(body: string, country = 'NO'): string[] {
  const html = `<!doctype html><html><head><title>Annonse</title></head><body>${body}</body></html>`;
  return extractFindings(html, { url: 'https://ads.example/1', country })
    .filter((f) => f.kind === 'phone')
    .map((f) => f.value);
}

describe('phone detector: real-world spellings', () => {
  it.each([
    ['<p>Ring +47 912 34 567</p>', 'NO', ['+4791234567']],
    ['<p>SMS til 0047 91234567 etter kl. 16</p>', 'NO', ['+4791234567']],
    ['<p>Mob 912 34 567</p>', 'NO', ['+4791234567']],
    ['<p>tlf: 98 76 54 32</p>', 'NO', ['+4798765432']],
    ['<p>Tlf.nr: 45678912</p>', 'NO', ['+4745678912']], // "nr" belongs to the phone label
    ['<p>Ring 98 76 54 32 eller 912 34 567.</p>', 'NO', ['+4798765432', '+4791234567']],
    ['<p>912 34 567 98 76 54 32</p>', 'NO', ['+4791234567', '+4798765432']], // two numbers, one space apart
    ['<p>912 34 567 / 98 76 54 32</p>', 'NO', ['+4791234567', '+4798765432']],
    ['<p>Tel.: (0)30 1234567</p>', 'DE', ['+49301234567']],
    ['<p>Telefon +49 (0)30 1234567</p>', 'DE', ['+49301234567']],
    ['<p>Tel. 030/1234567, Handy 0151 28473915</p>', 'DE', ['+49301234567', '+4915128473915']],
    ['<p>Call +44 (0)20 7946 0958</p>', 'GB', ['+442079460958']],
    ['<p>Phone 0113 496 0123</p>', 'GB', ['+441134960123']],
    ['<p>Ring 070-174 06 55, 08-465 004 10</p>', 'SE', ['+46701740655', '+46846500410']],
    ['<p>Appelez le 01 99 00 12 34</p>', 'FR', ['+33199001234']],
    ['<p>Tél : 06.12.34.56.78</p>', 'FR', ['+33612345678']],
    ['<p>tel. 512 345 678 lub +48 22 123 45 67</p>', 'PL', ['+48512345678', '+48221234567']],
    ['<p>Call (201) 555-0123 today</p>', 'US', ['+12015550123']],
    ['<p>Ring +45 32 12 34 56</p>', 'DK', ['+4532123456']],
    ['<p>Puh. 040 123 4567</p>', 'FI', ['+358401234567']],
    ['<p>Ring&nbsp;912&nbsp;34&nbsp;567</p>', 'NO', ['+4791234567']],
    ['<p>Ring <span>912</span> <span>34</span> <span>567</span></p>', 'NO', ['+4791234567']],
    ['<p>Ring 2019 912 34 567</p>', 'NO', ['+4791234567']], // a year glued in front
  ])('%s (%s)', (body, country, expected) => {
    expect(phones(body, country)).toEqual(expected);
  });

  it('rejects numbers that are not valid, not only oddly shaped ones', () => {
    expect(phones('<p>Text 07700 900123</p>', 'GB')).toEqual([]); // Ofcom drama range
    expect(phones('<p>Portable : 06 39 98 12 34</p>', 'FR')).toEqual([]); // ARCEP fiction range
  });
});

describe('phone detector: decoys', () => {
  it.each([
    ['<p>Sist endret 12.03.2024</p>', 'NO'],
    ['<p>Service utført 2024-03-12 14:33</p>', 'NO'],
    ['<p>Mise en circulation : 12/03/2019</p>', 'FR'],
    ['<p>Zulassung 12-03-2024, HU 05/2026</p>', 'DE'],
    ['<p>Pris 149 000 kr</p>', 'NO'],
    ['<p>Prisantydning 12 345 678 kr</p>', 'NO'],
    ['<p>Price €12,500</p>', 'GB'],
    ['<p>Preis 12.500,- €</p>', 'DE'],
    ['<p>Pris: NOK 45 678 912</p>', 'NO'],
    ['<p>£12,500 or £199 per month</p>', 'GB'],
    ['<p>0150 Oslo</p>', 'NO'],
    ['<p>10115 Berlin</p>', 'DE'],
    ['<p>123 45 Stockholm</p>', 'SE'],
    ['<p>Annonse-ID: 284751936</p>', 'NO'],
    ['<p>Annonse-ID: 45678912</p>', 'NO'], // eight digits: a valid-looking Norwegian number
    ['<p>FINN-kode 312345678</p>', 'NO'],
    ['<p>Ordrenr 45678912</p>', 'NO'],
    ['<p>Ordrenummer: 98765432</p>', 'NO'],
    ['<p>Org.nr. 912 345 678</p>', 'NO'],
    ['<p>Kontonr. 9876 54 32109</p>', 'NO'],
    ['<p>Anzeigen-ID: 123456789 · Inserat-Nr. 45678912</p>', 'DE'],
    ['<p>ID ogłoszenia: 845123456</p>', 'PL'],
    ['<p>Kilometer 123 456 km</p>', 'NO'],
    ['<p>Miltal 98 765 432 mil</p>', 'SE'],
    ['<p>Årsmodell 2019</p>', 'NO'],
    ['<p>Leistung 110 kW (150 PS)</p>', 'DE'],
    ['<p>Ref.nr. 98765432</p>', 'NO'],
  ])('%s (%s)', (body, country) => {
    expect(phones(body, country)).toEqual([]);
  });

  it.each([
    // company and tax numbers in footers and dealer boxes have the length of a national number
    ['<footer>© 2023 Example S.r.l. - P.IVA 05512345678</footer>', 'IT'],
    ['<p>Partita IVA: 05512345678</p>', 'IT'],
    ['<p>Codice fiscale 05512345678</p>', 'IT'],
    ['<p>NIF: 612345678</p>', 'ES'],
    ['<p>Steuernummer 030 12345678</p>', 'DE'],
    ['<p>N° TVA 0123456789</p>', 'FR'],
  ])('takes no company or tax number for a phone: %s (%s)', (body, country) => {
    expect(phones(body, country)).toEqual([]);
  });

  it('keeps a labelled phone beside a tax number on the same line, in either order', () => {
    expect(phones('<p>P.IVA 05512345678 · Tel. 055 1234567</p>', 'IT')).toEqual(['+390551234567']);
    expect(phones('<p>Tel. 055 1234567 - P.IVA 05512345678</p>', 'IT')).toEqual(['+390551234567']);
  });

  it('drops an identifier ending in digits after an underscore, in text and in attributes', () => {
    // AUTO.RIA names its phone pop-up targets "unmask_<id>" in a data-phone-* attribute.
    const body = '<a data-phone-unmask-target="unmask_674093362" data-phone-number="(067) 123 45 67">user_0671234568</a>';
    expect(phones(body, 'UA')).toEqual(['+380671234567']);
  });

  it('keeps the phone and drops the id on one line', () => {
    expect(phones('<p>Annonse-ID: 45678912 · Ring 98 76 54 32</p>')).toEqual(['+4798765432']);
  });

  it('ignores scripts, styles, templates and hidden elements', () => {
    const body =
      '<script>var phone = "+47 912 34 567";</script><style>.x:after{content:"98 76 54 32"}</style>' +
      '<template><p>Ring 40 00 00 00</p></template><noscript>Ring 41 00 00 00</noscript>' +
      '<div hidden>Ring 45 00 00 00</div><div style="color:red; display: none">Ring 46 00 00 00</div>' +
      '<p>Ring 47 61 83 20</p>';
    expect(phones(body)).toEqual(['+4747618320']);
  });
});

describe('phone detector: national numbers written without the trunk prefix their country writes', () => {
  // Marktplaats result cards put the year, the mileage and the fuel in adjacent badges, read as
  // "2016 32.769 kmDiesel": libphonenumber accepts "2016 32.769" as Amsterdam 020-1632769.
  const card = (third: string): string =>
    `<div class="attrs"><span><i></i>2016<!-- --> </span><span><i></i>32.769<!-- --> <!-- -->km</span><span><i></i>${third}</span></div>`;

  it('takes no year-and-mileage badge row for an NL number', () => {
    expect(phones(card('Diesel'), 'NL')).toEqual([]);
    expect(phones('<p>2016 32.769</p><p>2004 41.418 kmBenzine</p>', 'NL')).toEqual([]);
    expect(phones('<div title="2016 32.769"></div>', 'NL')).toEqual([]);
  });

  it('still finds the numbers written in that same row, with a trunk prefix or a country code', () => {
    // (the description comes before the badges, as on the page)
    const row = card('Diesel');
    expect(phones(`<p>Te koop, info 06-12345678</p>${row}`, 'NL')).toEqual(['+31612345678']);
    expect(phones(`<p>Te koop, info 020 123 4567</p>${row}`, 'NL')).toEqual(['+31201234567']);
    expect(phones(`<p>Te koop, info +31 20 123 4567</p>${row}`, 'NL')).toEqual(['+31201234567']);
    expect(phones(`<p>Te koop, info 0031 20 1234567</p>${row}`, 'NL')).toEqual(['+31201234567']);
    expect(phones('<p>Bouwjaar 2016 06-12345678</p>', 'NL')).toEqual(['+31612345678']);
    expect(phones('<div title="06 12345678"></div>', 'NL')).toEqual(['+31612345678']);
  });

  it('keeps a bare national number that a phone label announces', () => {
    expect(phones('<p>Tel: 20 123 4567</p>', 'NL')).toEqual(['+31201234567']);
    expect(phones('<p>Handy 151 28473915</p>', 'DE')).toEqual(['+4915128473915']);
  });

  it('drops unlabelled bare national numbers where the trunk prefix is written (DE 0, RU 8)', () => {
    expect(phones('<p>151 28473915</p>', 'DE')).toEqual([]);
    expect(phones('<p>0151 28473915</p>', 'DE')).toEqual(['+4915128473915']);
    expect(phones('<p>916 482-37-15</p>', 'RU')).toEqual([]);
    expect(phones('<p>8 (916) 482-37-15</p>', 'RU')).toEqual(['+79164823715']);
    expect(phones('<p>+7 916 482-37-15</p>', 'RU')).toEqual(['+79164823715']);
  });

  it('keeps unlabelled numbers of countries whose national format has no trunk prefix', () => {
    expect(phones('<p>(11) 96123-4567</p>', 'BR')).toEqual(['+5511961234567']);
    expect(phones('<p>(201) 555-0123</p>', 'US')).toEqual(['+12015550123']);
    expect(phones('<p>98 76 54 32</p>', 'NO')).toEqual(['+4798765432']);
    expect(phones('<p>512 345 678</p>', 'PL')).toEqual(['+48512345678']);
  });
});
