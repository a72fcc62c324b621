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
    // Descriptions printed in Title Case: capitals say nothing there (bilbasen.dk does this).
    ['<p>Ikke Ryger, Lev. Nysynet, M.M. Bilen Kan Også Finansieres Med Og Uden Udbetaling!</p>', 'DK'],
    ['<p>Premium Interiørpakke M. Sort Alcantara Instrumentbræt Og Loft Beklædning</p>', 'DK'],
    ['<p>Det Er Blevet Tid Til Et Nyt Og Forrygende Leasingoverslag, Ring Til Os Og Hør Mere</p>', 'DK'],
    ['<p>Call Today For The Best Deal In Town, Ask For Our Finance Team</p>', 'GB'],
    // "M." is "med" / "mit" / an initial outside French-speaking countries.
    ['<p>Sæder m. Varme, M. Kristensen Autolakering</p>', 'DK'],
    ['<p>Felgen M. Sommerreifen</p>', 'DE'],
    // a result card's buttons: "Call" then "Check availability"
    ['<div><button>Call</button> <button>Check availability</button></div>', 'US'],
  ])('takes no name from %s', (html, country) => {
    expect(names(html, country)).toEqual([]);
  });
});

describe('a second person offered with their own number, an e-mail verb, a generational suffix', () => {
  it.each([
    ['<p>For viewings contact Anna at 555-0142 or Bob at 555-0143.</p>', 'US', ['anna', 'bob']],
    ['<p>Please call Anna Berg on 07700 900123 or Tom Reed on 07700 900456</p>', 'GB', ['anna berg', 'tom reed']],
    ['<p>Ring Per på 412 83 920 eller Kari på 900 12 345</p>', 'NO', ['kari', 'per']],
    ['<p>Kontakta Eva 070-174 06 56 eller Nils 070-174 06 57</p>', 'SE', ['eva', 'nils']],
    ['<p>Questions? Email Anna at anna.berg@example.com</p>', 'US', ['anna']],
    ['<p>e-mail Tom Reed at tom@example.com for the keys</p>', 'GB', ['tom reed']],
    ['<p>Contact the leasing agent below<br>John Smith II 555-014-2222</p>', 'US', ['john smith ii']],
    ['<p>Tel.<br>Juan Pérez Jr. 555 014 2223</p>', 'US', ['juan pérez jr.']],
  ])('%s', (html, country, expected) => {
    expect(names(html, country).sort()).toEqual(expected);
  });

  it.each([
    // "or" then something that is no person with a number of their own
    ['<p>Call Anna at 555-0142 or Text the office</p>', 'US', ['anna']],
    ['<p>Call Anna at 555-0142 or Monday 9 to 5</p>', 'US', ['anna']],
    ['<p>Call Anna at 555-0142 or Visit our website</p>', 'US', ['anna']],
    // "or" too far from the first name, or on the next line
    ['<p>Call Anna at 555-0142, weekdays only, evenings are best, not weekends or Bob 555-0143</p>', 'US', ['anna']],
    ['<p>Call Anna at 555-0142</p><p>or Bob 555-0143</p>', 'US', ['anna']],
    // e-mail verbs before UI words and without an address after
    ['<p>Email Address: info@example.com</p>', 'US', []],
    ['<p>Email Seller at any time</p>', 'US', []],
    ['<p>Email Us at info@example.com</p>', 'US', []],
    ['<p>Email Alerts on new ads</p>', 'US', []],
    ['<p>Mail Anna</p>', 'DE', []],
    // a suffix or a Roman numeral alone is no name
    ['<p>Tel.<br>II 555 014 2224</p>', 'US', []],
    ['<p>Tel.<br>Jr. 555 014 2225</p>', 'US', []],
  ])('takes only what is meant from %s', (html, country, expected) => {
    expect(names(html, country).sort()).toEqual(expected);
  });
});

describe('a member\'s name before a presence status', () => {
  it.each([
    ['<div>Eva Lind online</div>', 'SE', ['eva lind']],
    ['<div>Anna Nowak w sieci</div>', 'PL', ['anna nowak']],
    ['<p>Jan online</p>', 'PL', ['jan']],
  ])('%s', (html, country, expected) => {
    expect(names(html, country)).toEqual(expected);
  });

  // A site's "buy online" buttons and banners have the same shape: a capitalised word, then
  // "online". The verb is a button, not a member who is online (otomoto.pl: "Kup online").
  it.each([
    ['<a href="/klik">Kup online</a>', 'PL'],
    ['<a>Kup teraz online</a>', 'PL'],
    ['<div>Kup</div><div>online</div>', 'PL'],
    ['<a>Köp online</a>', 'SE'],
    ['<a>Kjøp online</a>', 'NO'],
    ['<a>Koop online</a>', 'NL'],
    ['<a>Achetez online</a>', 'FR'],
    ['<a>Shop online</a>', 'GB'],
    ['<a>Order online</a>', 'GB'],
  ])('takes no name from the button %s', (html, country) => {
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

describe('names from links to a member profile', () => {
  const page = (links: string) => `<html><body><main><h1>Volvo V70</h1><p>Pris 95 000 kr</p>${links}</main></body></html>`;
  it('takes the text of a link to a member profile on the same site', () => {
    expect(names(page('<a href="/user/48213">Eva Marin</a>'))).toEqual(['eva marin']);
  });
  it.each([
    ['the site’s own document under /users/', '<a rel="license" href="/users/kasutustingimused.php">Kasutustingimused</a>'],
    ['a terms page', '<a rel="terms" href="/users/terms.php">Terms Of Use</a>'],
    ['a profile on another site', '<a href="https://www.youtube.com/user/EvaMarin">Eva Marin</a>'],
  ])('takes no name from %s', (_what, link) => {
    expect(names(page(link))).toEqual([]);
  });
});

describe('dealers on a result page whose structured data calls every advertiser a Person', () => {
  // Marktplaats result pages give each card's advertiser as a JSON-LD `creator` of type Person,
  // dealers included: a website and a used-car trader's name are no person's.
  const card = (creator: string) =>
    `{"@context":"https://schema.org","@type":"ImageObject","name":"Volkswagen Polo 1.4","creator":{"@type":"Person","name":"${creator}"}}`;
  const page = (...creators: string[]) =>
    `<html><body><main>${creators.map((c) => `<script type="application/ld+json">${card(c)}</script>`).join('')}</main></body></html>`;

  it('takes the private sellers and not the dealers', () => {
    expect(names(page('Karl', 'Finalease.nl', 'EDV Occasions', 'Rosa'), 'NL')).toEqual(['karl', 'rosa']);
  });

  it('still takes a person named in the same place with a dotted initial', () => {
    expect(names(page('J.Nowak', 'A.Berg'), 'NL')).toEqual(['j.nowak', 'a.berg']);
  });
});

describe('result-page chrome taken for names', () => {
  it('takes no code prefix ending in a hyphen for a name before a postcode ("DE-10115 Berlin")', () => {
    const body = '<div>Phone: +49 (0)171 3920012<br>DE-10115 Berlin, Dealer</div>';
    expect(names(body, 'DE')).toEqual([]);
  });

  it('takes no words glued by the layout ("NewMazda CX-5") for a name', () => {
    const body = '<div>Tel. 0171 3920012</div><div><span>New</span><span>Mazda CX-5 2.5 SKYACTIV-G 194</span></div>';
    expect(names(body, 'DE')).toEqual([]);
  });

  it('still takes names written with a capital inside (McLean, DeVries, LeBlanc)', () => {
    expect(names('<p>Your dealer is Mr. Ian McLean, 07700 900123</p>', 'GB')).toEqual(['ian mclean']);
    expect(names('<p>Bel Jan DeVries op 06 12345678</p>', 'NL')).toEqual(['jan devries']);
  });

  it('reads no name after a "Contact" button that every card of a result page repeats', () => {
    const card = (n: number) => `<div class="card"><span>Contact</span><div>Video ${n}</div><h3>Mazda 2 Hybrid</h3></div>`;
    expect(names(card(30) + card(14) + card(22), 'DE')).toEqual([]);
  });

  it('still reads the name after a "Kontakt" heading that stands alone once', () => {
    expect(names('<h3>Kontakt</h3><p>Anna Berg</p><p>Tel. 0171 3920012</p>', 'DE')).toEqual(['anna berg']);
  });
});

describe('seller types shown where a name would be', () => {
  it('takes no Russian or Ukrainian seller type in a seller box for a name', () => {
    const html = `<div class="card__reseller-box"><span class="seller-name">Професійний продавець</span></div>
      <div class="seller-info"><span class="seller-name">Власник</span></div>`;
    expect(names(html, 'RU')).toEqual([]);
  });

  it('still takes a person’s name in the same seller box', () => {
    expect(names('<div class="seller-info"><span class="seller-name">Иван Петров</span></div>', 'RU')).toEqual(['иван петров']);
  });
});
