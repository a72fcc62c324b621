import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

function plates(body: string, country: string): string[] {
  const html = `<!doctype html><html><body>${body}</body></html>`;
  return extractFindings(html, { url: 'https://ads.example/1', country })
    .filter((f) => f.kind === 'plate')
    .map((f) => f.value);
}

describe('plate detector: the source country’s own format, with or without a label', () => {
  it.each([
    ['<p>Reg.nr: AB 12345</p>', 'NO', ['NO:AB12345']],
    ['<dl><dt>Reg.nr.</dt><dd>AB 12345</dd></dl>', 'NO', ['NO:AB12345']],
    ['<p>Elbil med skilt EL 12345, pent brukt</p>', 'NO', ['NO:EL12345']],
    ['<p>Bytte mot EK 98765 vurderes</p>', 'NO', ['NO:EK98765']],
    ['<p>Tidligere skilt EV 12345 og ST 54321</p>', 'NO', ['NO:EV12345', 'NO:ST54321']],
    ['<p>Registreringsnummer ABC 123</p>', 'SE', ['SE:ABC123']],
    ['<p>Släpvagn XYZ 12A ingår</p>', 'SE', ['SE:XYZ12A']],
    ['<p>Nummerplade: AB 12 345</p>', 'DK', ['DK:AB12345']],
    ['<p>Rekisterinumero ABC-123</p>', 'FI', ['FI:ABC123']],
    ['<p>Kennzeichen: B-AB 1234</p>', 'DE', ['DE:BAB1234']],
    ['<p>E-Auto M AB 123E abzugeben</p>', 'DE', ['DE:MAB123E']],
    ['<p>Kenteken 12-ABC-3, ook AB-123-C</p>', 'NL', ['NL:12ABC3', 'NL:AB123C']],
    ['<p>Immatriculation : AB-123-CD</p>', 'FR', ['FR:AB123CD']],
    ['<p>Numer rejestracyjny: WA 12345</p>', 'PL', ['PL:WA12345']],
    ['<p>Zamiana na auto KR 1234A</p>', 'PL', ['PL:KR1234A']],
    // after a label, a plate that looks like a year with "r." is still a plate
    ['<p>Numer rejestracyjny: WA 2010R</p>', 'PL', ['PL:WA2010R']],
    ['<p>Reg: AB12 CDE</p>', 'GB', ['GB:AB12CDE']],
  ])('%s (%s)', (body, country, expected) => {
    expect(plates(body, country)).toEqual(expected);
  });
});

describe('plate detector: other countries’ formats only after a label', () => {
  it.each([
    ['<p>Kjøpt i Tyskland, B-AB 1234, importert 2023</p>', 'NO', []],
    ['<p>Tysk kennzeichen: B-AB 1234</p>', 'NO', ['DE:BAB1234']],
    ['<p>Registration: AB12 CDE</p>', 'NO', ['GB:AB12CDE']],
    ['<p>Immatriculation AB-123-CD</p>', 'DE', ['FR:AB123CD']],
    ['<p>Used to be AB-123-CD in France</p>', 'DE', []],
    ['<p>ABC 123 i annonsen</p>', 'NO', []], // Swedish shape on a Norwegian page
  ])('%s (%s)', (body, country, expected) => {
    expect(plates(body, country)).toEqual(expected);
  });

  it.each([
    ['<p>Targa: AB 123 CD</p>', 'IT', ['IT:AB123CD']],
    ['<p>Numero di targa EF 456 GH</p>', 'IT', ['IT:EF456GH']],
    ['<p>Matrícula: 1234 BCD</p>', 'ES', ['ES:1234BCD']],
    ['<p>Matrícula 12-AB-34</p>', 'PT', ['PT:12AB34']],
    // a Hungarian plate has the shape of a Finnish one: the source country decides
    ['<p>Rendszám: ABC-123</p>', 'HU', ['HU:ABC123']],
    ['<p>SPZ: 1AB 2345</p>', 'CZ', ['CZ:1AB2345']],
    ['<p>Registarska oznaka: ZG 1234-AB</p>', 'HR', ['HR:ZG1234AB']],
    ['<p>Valstybinis numeris: ABC 123</p>', 'LT', ['LT:ABC123']],
  ])('reads the plate after a label in the source country’s language: %s (%s)', (body, country, expected) => {
    expect(plates(body, country)).toEqual(expected);
  });

  it.each([
    ['<p>Porsche 911 Targa 4 GTS, 2019</p>', 'IT'], // a body style, not a label
    ['<p>Año de matrícula: 2015</p>', 'ES'],
    ['<p>Matrícula: 03/2018</p>', 'PT'],
  ])('takes no plate from %s (%s)', (body, country) => {
    expect(plates(body, country)).toEqual([]);
  });

  it.each([
    // a Norwegian boat's registration (small-craft register) has the Swedish car shape
    ['<dl><dt>Registreringsnummer</dt><dd>TKX482</dd></dl>', 'NO', ['NO:TKX482']],
    ['<p>Reg.nr: ABC 123</p>', 'NO', ['NO:ABC123']],
    ['<p>Skilt: XYZ 12A</p>', 'NO', ['NO:XYZ12A']],
    // and the other way round: a Norwegian shape after a Swedish label on a Swedish page
    ['<p>Registreringsnummer: AB 12345</p>', 'SE', ['SE:AB12345']],
    // a Polish shape after a Danish label on a Danish page
    ['<p>Nummerplade: WA 12345</p>', 'DK', ['DK:WA12345']],
  ])('reads a shared shape after the source language’s label as the source country’s: %s (%s)', (body, country, expected) => {
    expect(plates(body, country)).toEqual(expected);
  });

  it.each([
    // shapes only one country issues keep their country after the source language's label
    ['<p>Kennzeichen: AB-123-CD</p>', 'DE', ['FR:AB123CD']],
    ['<p>Registreringsnummer: AB12 CDE</p>', 'NO', ['GB:AB12CDE']],
    ['<p>Kenteken: B-AB 1234</p>', 'NL', ['DE:BAB1234']],
    // a foreign language's label keeps the foreign country for shared shapes too
    ['<p>Registration: ABC 123</p>', 'NO', ['SE:ABC123']],
    ['<p>Kennzeichen: ABC 123</p>', 'NO', ['SE:ABC123']],
  ])('keeps another country for its own shapes or another language’s label: %s (%s)', (body, country, expected) => {
    expect(plates(body, country)).toEqual(expected);
  });

  it.each([
    ['<p>Bilen står på svenske skilter: BWC563</p>', 'NO', ['SE:BWC563']],
    ['<p>Finsk reg.nr: ABC-123</p>', 'SE', ['FI:ABC123']],
    ['<p>Polsk nummerplade: WA 1234A</p>', 'DK', ['PL:WA1234A']],
  ])('keeps the shared shape’s country when the words before the label name it: %s (%s)', (body, country, expected) => {
    expect(plates(body, country)).toEqual(expected);
  });

  it('keeps the shared shape’s country when the ad is written in that country’s language', () => {
    // a Swedish ad on a Norwegian site: <article lang="sv">
    const sv = '<article lang="sv"><p>Registreringsnummer TGR846</p><p>Reg.nr BOJ 056</p></article>';
    expect(plates(sv, 'NO').sort()).toEqual(['SE:BOJ056', 'SE:TGR846']);
    // a Norwegian page in Norwegian stays Norwegian; a lang naming a third country changes nothing
    expect(plates('<article lang="nb"><p>Registreringsnummer TGR846</p></article>', 'NO')).toEqual(['NO:TGR846']);
    expect(plates('<article lang="de"><p>Registreringsnummer TGR846</p></article>', 'NO')).toEqual(['NO:TGR846']);
  });

  it('looks for the country word on the label’s own line only', () => {
    expect(plates('<p>Kjøpt i Sverige</p><dl><dt>Registreringsnummer</dt><dd>TKX482</dd></dl>', 'NO')).toEqual(['NO:TKX482']);
    expect(plates('<p>Reg.nr: ABC-123</p>', 'SE')).toEqual(['SE:ABC123']);
    expect(plates('<p>Nummerplade: WA 1234A</p>', 'DK')).toEqual(['DK:WA1234A']);
  });

  it.each([
    ['<p>MAZDA 2 HYBRID 1.5 VVT-I 116 CVT AGILE</p>', 'DE'],
    ['<p>Golf 2.0 TDI 150 Highline</p>', 'DE'],
    ['<p>Volvo V60 2,0 D 150</p>', 'DE'],
  ])('takes no engine code after an engine size for a plate: %s (%s)', (body, country) => {
    expect(plates(body, country)).toEqual([]);
  });

  it('still takes a plate after a number that is not an engine size', () => {
    expect(plates('<p>Baujahr 2019, B-AB 1234 zugelassen</p>', 'DE')).toEqual(['DE:BAB1234']);
  });

  it('still takes no foreign shape without a label', () => {
    expect(plates('<p>Båten TKX482 ligger i Strömstad</p>', 'NO')).toEqual([]);
  });

  it('falls back to any short letters-and-digits token after a label, with the source country', () => {
    expect(plates('<p>Skilt: OLA 1</p>', 'NO')).toEqual(['NO:OLA1']); // a personalised plate
    expect(plates('<p>Reg.nr: CD 1234</p>', 'NO')).toEqual(['NO:CD1234']); // an old four-digit series
  });
});

describe('plate detector: decoys', () => {
  it.each([
    ['<p>Mercedes-Benz GLC 300 4MATIC</p>', 'SE'],
    ['<p>Byte mot BMW 320 eller GLE 350</p>', 'SE'],
    ['<p>Golf 2.0 TDI 150</p>', 'SE'],
    ['<p>TÜV AU 2025 neu</p>', 'DE'],
    ['<p>Cena 45 000 zł (PLN 45000)</p>', 'PL'],
    // a model year with the "r." (rok) suffix in a capitalised title
    ['<h1>VOLVO S60 2.0 D3 SE LUX 2010R SUMMUM 80TYŚ.KM.</h1>', 'PL'],
    ['<h1>SKODA OCTAVIA RS 2015R</h1>', 'PL'],
    ['<p>Laturi USB-3 mukana</p>', 'FI'],
    ['<p>Registrering: 12.03.2019</p>', 'NO'],
    ['<p>Registreringsår 2019</p>', 'NO'],
    ['<p>Registration year: 2019</p>', 'GB'],
    ['<p>Pris 349 000 kr</p>', 'NO'],
    ['<p>ola.AB12345@example.no</p>', 'NO'],
  ])('%s (%s)', (body, country) => {
    expect(plates(body, country)).toEqual([]);
  });
});

describe('plate detector: Ukrainian plates', () => {
  it.each([
    // the badge a listing prints on each card, no label (invented plates)
    ['<span class="state-num ua">AA 1234 BB <span class="popup">Ми розпізнали держномер авто на фото</span></span>', ['UA:AA1234BB']],
    ['<p>Автомат KA 5678 MA Ми розпізнали держномер</p>', ['UA:KA5678MA']],
    // Cyrillic letters are the same plate, stored in Latin
    ['<p>Держ. номер: АА 1234 ВВ</p>', ['UA:AA1234BB']],
    ['<p>Продам, госномер ка1234ма, торг</p>', ['UA:KA1234MA']],
    ['<dl><dt>Номерний знак</dt><dd>ВС 4321 СХ</dd></dl>', ['UA:BC4321CX']],
  ])('%s', (body, expected) => {
    expect(plates(body, 'UA')).toEqual(expected);
  });

  it.each([
    // the search filter's label alone, the next line is not a plate
    ['<label>Держ. номер</label><label>Вперше на AUTO.RIA</label>', 'UA'],
    ['<p>ID авто 25736371</p>', 'UA'],
    ['<p>Мы распознали гос.номер авто на фото</p>', 'UA'],
    ['<p>AB 1234 ZD</p>', 'UA'], // D and Z are not plate letters
    ['<p>XKA 1234 MA</p>', 'UA'], // part of a longer token
    ['<p>KA 1234 MA</p>', 'NO'], // another country's format without a label
  ])('takes no plate from %s (%s)', (body, country) => {
    expect(plates(body, country)).toEqual([]);
  });
});

describe('plate detector: Russian plates', () => {
  it.each([
    // Cyrillic letters with a Latin twin, stored in Latin (invented plates)
    ['<p>Госномер: А 123 ВС 77</p>', 'RU', ['RU:A123BC77']],
    ['<p>Госномер А123ВС777</p>', 'RU', ['RU:A123BC777']],
    ['<dl><dt>Госномер</dt><dd>Х 001 ХХ 199</dd></dl>', 'RU', ['RU:X001XX199']],
    ['<p>Госномер: A123BC77</p>', 'RU', ['RU:A123BC77']],
    // the source country's own format without a label, as for the other countries
    ['<p>Продаю, номер А 123 ВС 77, торг</p>', 'RU', ['RU:A123BC77']],
    // a labelled Cyrillic plate on a page of a country whose format is not listed
    ['<p>Госномер: А 123 ВС 77</p>', 'KZ', ['KZ:A123BC77']],
  ])('%s (%s)', (body, country, expected) => {
    expect(plates(body, country)).toEqual(expected);
  });

  it.each([
    ['<p>Госномер: не указан</p>', 'RU'],
    ['<p>Госномер: нет</p>', 'RU'],
    ['<p>Mercedes-Benz E 200 AMG 2019</p>', 'RU'],
    ['<p>Х 100 ММ 2020 года</p>', 'RU'], // the region would be four digits: a year
    ['<p>С 300 ЕК 150 л.с.</p>', 'RU'], // a power unit after it
    ['<p>Цена 1 200 000 ₽, пробег 123 000 км</p>', 'RU'],
    ['<p>Артикул A 123 BC 45-1</p>', 'RU'], // part of a dashed code
    ['<p>А 123 ВС 77</p>', 'UA'], // another country's format without a label
    ['<p>A 123 BC 77</p>', 'NO'],
  ])('takes no plate from %s (%s)', (body, country) => {
    expect(plates(body, country)).toEqual([]);
  });
});

describe('plate detector: Polish ad titles', () => {
  // otomoto.pl advertisers end the title with the car's plate, no label (invented plates).
  it.each([
    ['<h3>BMW X1 automat xDrive 1wł, salon PL, FV23%, WE173KR</h3>', ['PL:WE173KR']],
    ['<h3>Audi A5 WD2861P #</h3>', ['PL:WD2861P']],
    ['<h3>BMW X5 30d xDrive automat, FV 23%, ELWHT48</h3>', ['PL:ELWHT48']],
  ])('%s', (body, expected) => {
    expect(plates(body, 'PL')).toEqual(expected);
  });

  // Engine codes and power in the same titles fit the Polish format ("TDI" as a district,
  // "150KM" as the series): a number glued to a power unit is the engine's power.
  it.each([
    '<h3>Volkswagen Passat 2.0 TDI 150KM</h3>',
    '<h3>Golf GTI 245KM DSG</h3>',
    '<h3>Octavia 1.5 TSI 150KM</h3>',
    '<h3>Mercedes C 220 CDI 170KM</h3>',
    '<h3>Ford Focus ST 250KM</h3>',
    '<h3>Seat Leon FR 150KM</h3>',
    '<h3>Renault Clio TCE 90KM</h3>',
    '<h3>Golf GTD 184PS</h3>',
    '<h3>BMW M8 Competition CABRIO 800KM 2020r</h3>',
    '<li>ZAZ 1102 (3)</li>',
  ])('takes no plate from %s', (body) => {
    expect(plates(body, 'PL')).toEqual([]);
  });

  it('still takes such a plate after a plate label', () => {
    expect(plates('<p>Numer rejestracyjny: WE 123KM</p>', 'PL')).toEqual(['PL:WE123KM']);
  });

  it('keeps plates of other formats that end in the same letters', () => {
    expect(plates('<p>Автомат KA 1234 KM</p>', 'UA')).toEqual(['UA:KA1234KM']);
  });
});

describe('plate detector: a plate written in lower case in a description', () => {
  // Marktplaats descriptions are lower-cased by their authors or by the site ("kenteken: gzn-48-x").
  it('takes a lower-case plate right after a plate label, in the label country’s form', () => {
    expect(plates('<p>Belangrijkste kenmerken: kenteken: gzn-48-x versie: 1.4 Tdi 75</p>', 'NL')).toEqual(['NL:GZN48X']);
    expect(plates('<p>kenteken: gzn-48-x</p><p>Kenteken: 12-ABC-3</p>', 'NL')).toEqual(['NL:GZN48X', 'NL:12ABC3']);
  });

  it('takes no lower-case plate-shaped word without a label, nor a word after the label', () => {
    expect(plates('<p>versie gzn-48-x 1.4 Tdi</p>', 'NL')).toEqual([]);
    expect(plates('<p>type: abc-12-d, bouwjaar 2015</p>', 'NL')).toEqual([]);
    expect(plates('<p>kenteken: onbekend</p><p>kenteken: nvt</p>', 'NL')).toEqual([]);
  });
});

describe('plate detector: a make’s model code is not a plate', () => {
  // Result pages print make and model on every card; many model codes fit the Finnish format.
  it.each([
    ['<p>Mazda BT-50</p><p>Mazda CX-60 2.5</p>', 'FI'],
    ['<div>Honda CBR-600</div><div>Suzuki DR-650</div><div>KTM SX-125</div>', 'FI'],
    ['<p>Myydään siisti MAZDA MX-30, hyvä kunto</p>', 'FI'],
    ['<p>Citroën DS-3 ja Mercedes-Benz GL-450</p>', 'FI'],
  ])('%s (%s)', (body, country) => {
    expect(plates(body, country)).toEqual([]);
  });

  it('still takes a plate after a plate label, even right after a make', () => {
    expect(plates('<p>Rekisterinumero: BT-50</p>', 'FI')).toEqual(['FI:BT50']);
    expect(plates('<p>Mazda, rekisterinumero ABC-123</p>', 'FI')).toEqual(['FI:ABC123']);
  });

  it('still takes an unlabelled plate after the model, or after a word that only contains a make', () => {
    expect(plates('<p>Mazda 6 ABC-123 katsastettu</p>', 'FI')).toEqual(['FI:ABC123']);
    expect(plates('<p>Hondamies ABC-123</p>', 'FI')).toEqual(['FI:ABC123']);
    expect(plates('<p>Toyota Corolla XYZ-45 myydään</p>', 'FI')).toEqual(['FI:XYZ45']);
  });
});
