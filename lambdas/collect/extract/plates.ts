/**
 * Registration plates. A plate is taken when it follows a plate label (in any supported
 * country's format, or failing that any short letters-and-digits token), or when it matches
 * the source country's own format exactly, away from a label. Formats of other countries
 * without a label are ignored: "WA 12345" is a Polish plate but also a Norwegian-looking one,
 * and half the words on a car page match some country's format.
 */
import type { FindingSet } from './findings.js';
import { CYRILLIC_TWIN, KR_PLATE_REGIONS, KR_PLATE_SYLLABLES } from '../../shared/normalise/plate.js';
import { LETTER, NOT_PLATE_LABEL, PLATE_LABEL, PLATE_LABEL_STARTS, startsWord } from './labels.js';
import { PrefilteredPattern } from './prefilter.js';

/** Ukrainian plate letters: the Latin look-alikes and their Cyrillic originals. */
const UA_LETTER = '[ABCEHIKMOPTXАВСЕНІКМОРТХ]';

/** Russian plate letters: the twelve Cyrillic letters with a Latin twin, in either script. */
const RU_LETTER = '[ABEKMHOPCTYXАВЕКМНОРСТУХ]';
/** Cyrillic plate letters (those with a Latin twin), for the generic token after a label. */
const CYRILLIC_PLATE_LETTER = new RegExp(`[${Object.keys(CYRILLIC_TWIN).join('')}]`, 'g');

/** Plate formats per country (current series; letters restricted where the state restricts them). */
export const PLATE_FORMATS: Readonly<Record<string, string>> = {
  // AB 12345; EL/EK/EV... electric series are ordinary two-letter prefixes. No G, I, M, O, Q, W.
  NO: '[ABCDEFHJKLNPRSTUVXYZ]{2} ?[1-9]\\d{4}',
  // ABC 123, ABC 12A (since 2019). No I, Q, V; last letter not O.
  SE: '[A-HJ-PR-UW-Z]{3} ?\\d{2}[\\dA-HJ-NPR-UW-Z]',
  // AB 12 345
  DK: '[A-Z]{2} ?\\d{2} ?\\d{3}',
  // ABC-123, AB-12
  FI: '[A-ZÅÄÖ]{2,3}-[1-9]\\d{0,2}',
  // B-AB 1234, M AB 123E, TÜ-X 12H: district, separator, 1-2 letters, 1-4 digits, E/H suffix.
  DE: '[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?[1-9]\\d{0,3}[EH]?',
  // Dutch side codes 1-14, dashes required.
  NL:
    '[A-Z]{2}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-[A-Z]{2}|\\d{2}-[A-Z]{2}-\\d{2}|[A-Z]{2}-\\d{2}-[A-Z]{2}|' +
    '[A-Z]{2}-[A-Z]{2}-\\d{2}|\\d{2}-[A-Z]{2}-[A-Z]{2}|\\d{2}-[A-Z]{3}-\\d|\\d-[A-Z]{3}-\\d{2}|' +
    '[A-Z]{2}-\\d{3}-[A-Z]|[A-Z]-\\d{3}-[A-Z]{2}|[A-Z]{3}-\\d{2}-[A-Z]|[A-Z]-\\d{2}-[A-Z]{3}|' +
    '\\d-[A-Z]{2}-\\d{3}|\\d{3}-[A-Z]{2}-\\d',
  // AB-123-CD (SIV). No I, O, U.
  FR: '[A-HJ-NP-TV-Z]{2}[- ]\\d{3}[- ][A-HJ-NP-TV-Z]{2}',
  // WA 12345, KR 1234A, WE 2W123, KRA 12AB ... first letter is the voivodeship.
  PL:
    '[BCDEFGKLNOPRSTWZ][A-Z] ?(?:\\d{5}|\\d{4}[A-Z]|\\d{3}[A-Z]{2}|[1-9][A-Z]\\d{3}|[1-9][A-Z]{2}\\d{2})|' +
    '[BCDEFGKLNOPRSTWZ][A-Z]{2} ?(?:[A-Z]\\d{3}|\\d{2}[A-Z]{2}|[1-9][A-Z]\\d{2}|\\d{2}[A-Z]\\d|' +
    '[1-9][A-Z]{2}\\d|[A-Z]{2}\\d{2}|\\d{5}|\\d{4}[A-Z]|\\d{3}[A-Z]{2}|[A-Z]\\d{2}[A-Z]|[A-Z]\\d[A-Z]{2})',
  // AB12 CDE (2001 format). No I, Q, Z in the area code; no I, Q in the random letters.
  GB: '[A-HJ-PR-Y]{2}\\d{2} ?[A-HJ-PR-Z]{3}',
  // AA 1234 BB (2004 format): region, four digits, series. Only the twelve Cyrillic letters that
  // have a Latin twin (А В Е І К М Н О Р С Т Х), written in either script; spaces optional.
  UA: `${UA_LETTER}{2} ?\\d{4} ?${UA_LETTER}{2}`,
  // А 123 ВС 77, А123ВС777: letter, three digits, two letters, region (2-3 digits); either script.
  RU: `${RU_LETTER} ?\\d{3} ?${RU_LETTER}{2} ?\\d{2,3}`,
  // 12가3456, 123가 4567, 서울12가3456, 경기 70 아 1234: class digits, one syllable of the issued
  // set, four digits; a province before a one- or two-digit class (see normalise/plate.ts).
  KR: `(?:(?:${KR_PLATE_REGIONS}) ?\\d{1,2}|\\d{2,3}) ?[${KR_PLATE_SYLLABLES}] ?\\d{4}`,
  // HR 51 AB 1234, DL 3C A 0017, MH 12 1234: a state's or territory's code, the registering office
  // (one or two digits, Delhi's with a letter), a series of up to three letters, four digits; and the
  // national "Bharat" series, 22 BH 1234 AA.
  IN:
    '(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)' +
    ' ?\\d{1,2}[A-Z]? ?[A-Z]{0,3} ?\\d{4}|\\d{2} ?BH ?\\d{4} ?[A-Z]{1,2}',
};

/** PLATE_LABEL over a whole page, tried only where a label can start (measured: ~3x cheaper, see prefilter.ts). */
const PLATE_LABELS = new PrefilteredPattern(PLATE_LABEL, PLATE_LABEL_STARTS);

/** A plate does not continue a word, an e-mail address, a URL or a dashed code. */
const NOT_BEFORE = new RegExp(`[${LETTER}0-9@./-]`);
const AFTER = `(?![${LETTER}0-9@]|[-.][${LETTER}0-9])`;

const SCAN: Record<string, RegExp> = {};
const AT_START: Record<string, RegExp> = {};
for (const [cc, format] of Object.entries(PLATE_FORMATS)) {
  // No leading look-behind (see wordsAhead): the start is checked with NOT_BEFORE.
  SCAN[cc] = new RegExp(`(?:${format})${AFTER}`, 'g');
  AT_START[cc] = new RegExp(`^(?:${format})${AFTER}`);
}

/** Seven digits in a row: no plate's (see scanPlates' generic reading). */
const SEVEN_DIGITS = /\d{7}/;

/**
 * A word of four or more small letters among the groups of a value, capitalised or not: words (an
 * Italian locality's address, "Reg. Wendella 12"), not a plate typed in lower case ("bn39641").
 */
const LOWER_CASE_WORD = /(?:^|[ -])[A-ZÆØÅÄÖÜ]?[a-zæøåäöü]{4,}(?=[ -]|$)/;

/** Any short plate-like token after a label: letters and digits, 4-10 of them. */
const GENERIC = new RegExp(`^[A-ZÆØÅÄÖÜ0-9]{1,4}(?:[ -]?[A-ZÆØÅÄÖÜ0-9]{1,5}){0,3}${AFTER}`);

/**
 * Words that fit a country's plate format but are not plates: currencies, model names,
 * equipment and inspection abbreviations ("GLC 300", "BMW 520", "TÜV AU 2025", "PLN 45000",
 * "USB-3"). Per country, because two-letter words such as "EV" or "ST" are real Norwegian
 * series.
 */
const stop = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const STOP: Readonly<Record<string, ReadonlySet<string>>> = {
  SE: stop(
    'NOK SEK DKK EUR USD GBP PLN CHF BMW AMG GLA GLB GLC GLE GLS CLA CLS CLK SLK SLC GTD DSG AWD FWD ' +
      'RWD SUV MPV ABS ESP LED DAB USB HEV CCM KWH TYP REF EAN SKU MAX MIN TOP EQA EQB EQC EQE EQS ' +
      // standards' and specifications' series ("JSR 168", "ISO 639"), not plates
      'JSR RFC ISO IEC DIN SIS CVE',
  ),
  // (drive trains too: "Hybrid AWD T8", "Allrad FWD T5" are a model's variant, not Ahrweiler's or another district's plates)
  DE: stop('TÜV AU HU PS KW HK VW BMW AMG ABS ESP LED USB EZ KM CC ID NR ISO DIN EN MB GL ML CL SL EURO AWD FWD RWD'),
  PL: stop('PLN EUR USD CHF GBP ZL BMW AMG VW ABS ESP LED USB KM CC'),
  FI: stop('USB ISO DIN EN EU ABS ESP LED MP CD DVD'),
};
const NO_STOP: ReadonlySet<string> = new Set();

const VALUE_GAP = /^[\s:.#–-]*/;
/** A year with the Polish "r." (rok) suffix in capitals: "SE LUX 2010R", "BMW 320 2015R", a date not a plate. */
const YEAR_R = /(?:^|[ -])(?:19[5-9]\d|20[0-3]\d)R$/;
const UNIT_AFTER = new RegExp(`^ ?(?:kr|km|mil|hk|ps|kw|hp|cc|g/km|€|,-|км|л\\.? ?с\\.?|₽|руб)(?![${LETTER}])`, 'i');
/** A number with a unit after it (UNIT_AFTER), as a label's whole value: a reading, not a plate. */
const READING = new RegExp(`^\\d[\\d\\s.,]*${UNIT_AFTER.source.slice(1)}\\s*$`, 'i');
/**
 * A two- or three-digit number glued to a power unit ends an engine code and its power, not a
 * plate: "Passat 2.0 TDI 150KM", "Focus ST 250KM", "Clio TCE 90KM" fit the Polish format
 * (district, then "150KM"), and ad titles print them everywhere. Unlabelled text only: after a
 * plate label such a plate is still taken.
 */
const POWER_END = /(?<!\d)\d{2,3}(?:KM|PS|HP|KW|CV|PK|HK)$/;
/**
 * So does a memory's size glued to its unit, as phones', tablets' and computers' titles print it
 * ("WENDELL PHONE 14 PRO 128GB", "PRO 256GB"): the Polish format reads "PRO 128GB" as a district and a serial.
 */
const STORAGE_END = /(?<!\d)\d{2,4}(?:GB|TB)$/;
/**
 * Korean counters and units glued to a number ("1234원", "2021년", "3456만 km"): the four digits
 * are an amount, a year or a count, not a plate's serial. Written without a space, as Korean does;
 * after a space a syllable starts the next word ("12가3456 대구 매물").
 */
const KR_UNIT_AFTER = /^(?:원|만|천|억|년|월|일|회|명|개|건|대|시|분|초|세|호|번|km|cc)/i;
/** "예) 12가3456", "ex: 12가1234": the example a form or a help text gives, not a car's plate. */
const EXAMPLE_BEFORE = /(?:예\)|예 ?:|예시 ?:?|ex\)|ex\.|e\.g\.|z\.b\.|beispiel:?|np\.|f\.eks\.|t\.ex\.)\s*$/i;
/** Korean plates whose digit groups are all runs counting up or one repeated digit: 12가3456, 123가4567, 00가0000. */
function placeholderKrPlate(plate: string): boolean {
  const groups = plate.match(/\d+/g) ?? [];
  return (
    groups.length >= 2 &&
    groups.every((g) => /^(\d)\1*$/.test(g) || [...g].every((c, i) => i === 0 || c.charCodeAt(0) - g.charCodeAt(i - 1) === 1))
  );
}

function letterPrefix(plate: string): string {
  return /^[\p{Lu}]+/u.exec(plate)?.[0] ?? '';
}

function hasLetterAndDigit(s: string): boolean {
  return /\p{L}/u.test(s) && /\d/.test(s);
}

/**
 * The country whose format `value` starts with: the source's first, else the only other one.
 * A source country whose formats are not listed here gets none: "ABC-123" on a Hungarian page
 * is a Hungarian plate (the generic token, with the source country), not a Finnish one.
 */
function formatAt(value: string, country: string): { cc: string; plate: string } | undefined {
  if (!AT_START[country]) return undefined;
  const own = AT_START[country].exec(value);
  if (own) return { cc: country, plate: own[0] };
  let match: { cc: string; plate: string } | undefined;
  for (const cc in AT_START) {
    if (cc === country) continue;
    const m = AT_START[cc]!.exec(value);
    if (m) {
      if (match) return undefined;
      match = { cc, plate: m[0] };
    }
  }
  return match;
}

/**
 * Plate labels in each country's own language. After such a label on a page of that country a
 * value in a shape many registers share (letters then digits: "ABC 123", "AB 12345") is read as
 * that country's: a Norwegian boat's "Registreringsnummer ABC123" (the small-craft register) or
 * an old series is not a Swedish plate. Shapes only one country issues (FR "AB-123-CD", NL side
 * codes, GB "AB12 CDE", DE district codes, UA) keep their country, and so does any foreign
 * format after a label of another language ("Tysk kennzeichen: B-AB 1234" on a Norwegian page).
 */
const OWN_LABEL: Readonly<Record<string, RegExp>> = {
  NO: /^(?:reg(?![a-z])|regnr|reg-?nummer|registrering|skilt|kjennemerke|nummerplate)/,
  SE: /^(?:reg(?![a-z])|regnr|reg-?nummer|registrering)/,
  DK: /^(?:reg(?![a-z])|regnr|reg-?nummer|registrering|nummerplade)/,
  FI: /^rekisteri/,
  DE: /kennzeichen/,
  FR: /^(?:immatriculation|plaque)/,
  PL: /rejestr/,
  NL: /^kenteken/,
  GB: /^(?:reg(?![a-z])|registration|number plate|licen[cs]e plate|plate|vrm)/,
  UA: /^(?:держ|номерний)/,
};

/** Formats whose shape other registers (boats, trailers, old series, neighbours) also use. */
const SHARED_SHAPE: ReadonlySet<string> = new Set(['NO', 'SE', 'DK', 'FI', 'PL']);

/**
 * Words naming a shared-shape country just before the label ("på svenske skilter: BWC563",
 * "Swedish reg: ABC 123"): the value is that country's after all.
 */
const NATIONALITY: Readonly<Record<string, RegExp>> = {
  SE: /(?<![\p{L}])(?:svensk|swedish|schwedisch|suédois|szwedzk|ruotsala|zweeds|sverige|sweden)/iu,
  NO: /(?<![\p{L}])(?:norsk|norwegian|norwegisch|norvégien|norwesk|norjala|noors|norge|norway)/iu,
  DK: /(?<![\p{L}])(?:dansk|danish|dänisch|danois|duńsk|tanskala|deens|danmark|denmark)/iu,
  FI: /(?<![\p{L}])(?:finsk|finnish|finnisch|finlandais|fińsk|suomala|finland|suomi)/iu,
  PL: /(?<![\p{L}])(?:polsk|polish|polnisch|polonais|puolala|pools|polen|poland)/iu,
};

/** The words on the line before position `at`, at most 30 characters back. */
function lineBefore(text: string, at: number): string {
  return text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 30), at);
}

/** True when `label` is a plate label of `country`'s own language. */
function ownLabel(label: string, country: string): boolean {
  return OWN_LABEL[country]?.test(label.trim().toLowerCase()) ?? false;
}

/** Words that follow a plate label but are a condition, a status or a date word, not a plate. */
const NOT_PLATE_WORDS = new Set(
  (
    'NEW NEU NEUF NEUVE NY NYTT NYE NOWY NOWA NIEUW NUEVO USED GEBRAUCHT OCCASION BRUKT BEGAGNAD UŻYWANY ' +
    'DATE DATUM YEAR JAHR ÅR AR ROK ANNÉE ANNEE VUOSI JAAR FIRST ERSTE EZ ERSTZULASSUNG MONTH MONAT MOIS ' +
    'NO NR NUMBER NUMMER NUMER NUMÉRO NUMERO YES JA OUI TAK NEJ NEIN NON NIE UNKNOWN UNBEKANNT OK ' +
    'UK EU GB DE FR PL SE NO DK FI NL ES IT AT CH BE VAT MOT TAX HPI'
  ).split(' '),
);
/** A year (1950-2039) or a month/year on its own: a registration date, not a plate. */
const DATE_PART = /^(?:19[5-9]\d|20[0-3]\d)$|^(?:0?[1-9]|1[0-2])[./-](?:19|20)?\d{2}$/;

/** True when a plate-like value after a label is a date, a year or a word. */
function notPlate(value: string, rest: string): boolean {
  const parts = value.trim().split(/[ -]+/);
  if (parts.some((p) => DATE_PART.test(p) || NOT_PLATE_WORDS.has(p))) return true;
  // "Reg. 08/2022", "Registrering: 12.03.2021": the label is a date's.
  return /^\d{1,4}[./]\d{1,4}/.test(rest);
}

/**
 * A car or motorcycle make right before: the code that follows is its model, not a plate
 * ("Mazda BT-50", "Mazda CX-60", "Honda CBR-600", "Suzuki DR-650", "KTM SX-125" fit the Finnish
 * format, and result pages print make and model on every card). Unlabelled text only: after a
 * plate label the value is still a plate. (Also phones.ts's: a model's number and its year after a
 * make are no phone.)
 */
export const MAKE_BEFORE = new RegExp(
  `(?:^|[^${LETTER}])(?:mazda|honda|yamaha|kawasaki|suzuki|ktm|husqvarna|aprilia|ducati|triumph|bmw|audi|volvo|toyota|lexus|` +
    'nissan|infiniti|mitsubishi|subaru|hyundai|kia|ssangyong|ford|opel|vauxhall|peugeot|citro[eë]n|renault|dacia|fiat|seat|cupra|' +
    'skoda|škoda|volkswagen|vw|porsche|mercedes|mercedes-benz|chevrolet|dodge|jeep|chrysler|cadillac|tesla|saab|mini|jaguar|' +
    'lada|uaz|gaz|zil|kamaz|daf|iveco|scania|man|isuzu|daihatsu|polaris|jawa|simson|mz)[ -]$',
  'i',
);

/** Capital letters after the match, a word of their own: a model's variant ("… TL", "… TS"). */
const VARIANT_AFTER = /^ [A-Z]{1,3}(?![\p{L}\d])/u;

/** After the match, a slash and a year, or a comma and a page: a citation's rest (see scanPlates). */
const CITATION_AFTER = /^(?:\/\d|, ?\d)/;

/** An engine size right before ("1.5 VVT-I 116", "2.0 TDI 150"): the shape that follows is an engine code. */
const ENGINE_SIZE_BEFORE = /(?<![\d.,])\d[.,]\d{1,2} ?(?:l |L )?$/;

const HANGUL_SYLLABLE = /[\uAC00-\uD7AF]/;

/**
 * True when the Korean plate label at `at` (its text `label`) ends a longer word: Korean glues its
 * compounds, and "주차번호" (parking number) ends in "차번호" (car number); `startsWord` knows no
 * Hangul. Not tested on other scripts' labels: "Parking reg: ..." may well be the car's plate.
 */
function insideKoreanWord(text: string, at: number, label: string): boolean {
  return at > 0 && HANGUL_SYLLABLE.test(label.charAt(0)) && HANGUL_SYLLABLE.test(text.charAt(at - 1));
}

/**
 * True when the words right before `at` on its line are a parking / lot / stock / entry label
 * (NOT_PLATE_LABEL), or, with nothing before it on the line, the line above is one (dt/dd, th/td).
 */
function otherLabelBefore(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 32), at);
  if (NOT_PLATE_LABEL.test(before)) return true;
  if (lineStart === 0 || before.trim() !== '') return false;
  const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return previous.length <= 40 && NOT_PLATE_LABEL.test(previous);
}

/** The words right before a registration label that make it a company's: "Com.", "Company", "Business", "Firmen", "SSM". */
const COMPANY_BEFORE = /(?:^|[^\p{L}])(?:com|co|comp|company|companies|corporate|corporation|business|biz|firm|firmen|firma|handels|trade|trading|ssm|roc|gst|vat|tax)\.?[ \t]*$/iu;

/**
 * Scans text (lines separated by "\n") and adds the plates found. `langCountries`: the
 * countries the page's `lang` attributes name besides the source's (an ad in Swedish on a
 * Norwegian site): a shared shape after a label is theirs as much as the source's.
 */
export function scanPlates(text: string, found: FindingSet, origin: string, langCountries: readonly string[] = []): void {
  const country = found.country.toUpperCase();

  // Every label is non-empty: the next search starts where the last match ended, as a global exec's.
  for (let label = PLATE_LABELS.exec(text, 0); label; label = PLATE_LABELS.exec(text, label.index + label[0].length)) {
    if (!startsWord(text, label.index) || insideKoreanWord(text, label.index, label[0])) continue;
    // "Com. Reg. no: 001234567T", "Company registration number": a firm's register entry, no plate.
    if (COMPANY_BEFORE.test(text.slice(Math.max(0, label.index - 20), label.index))) continue;
    const from = label.index + label[0].length;
    const end = text.indexOf('\n', from);
    let rest = text.slice(from, end < 0 ? undefined : end);
    rest = rest.slice(VALUE_GAP.exec(rest)![0].length);
    if (rest === '' && end >= 0) {
      // A label alone on its line (dt/th) names the next line.
      const nextEnd = text.indexOf('\n', end + 1);
      rest = text.slice(end + 1, nextEnd < 0 ? undefined : nextEnd);
    }
    // "Registrering 0 mil", "Registration: 120 km" (a registry's log of readings): a number and its unit.
    if (READING.test(rest)) continue;
    // After a label the value is a plate whatever its case: sellers type "bn39641" too.
    const written = rest;
    rest = rest.toUpperCase();
    const hit = formatAt(rest, country);
    if (
      hit &&
      (hit.cc === country ||
        !SHARED_SHAPE.has(hit.cc) ||
        !ownLabel(label[0], country) ||
        langCountries.includes(hit.cc) ||
        NATIONALITY[hit.cc]!.test(lineBefore(text, label.index)))
    ) {
      if (!(hit.cc === 'KR' && placeholderKrPlate(hit.plate))) found.add('plate', `${hit.cc}:${hit.plate}`, origin);
      continue;
    }
    // A plate in Cyrillic twins ("Госномер: А 123 ВС 77" on a page of a country without a
    // listed format) is the same plate in Latin letters; other Cyrillic words stay as they are.
    const generic = GENERIC.exec(rest.replace(CYRILLIC_PLATE_LETTER, (c) => CYRILLIC_TWIN[c]!))?.[0];
    // ... but not a word in lower case: "Registration: 12 months", "Plate: 2 keys".
    if (generic && !notPlate(generic, rest) && !LOWER_CASE_WORD.test(written.slice(0, generic.length))) {
      const compact = generic.replace(/[ -]/g, '');
      // Seven digits in a row are no plate's ("ALV-rekisteri FI24829361", a VAT number under a
      // register's label): the longest run of the formats above, and of the countries without one, is six.
      if (compact.length >= 4 && compact.length <= 10 && hasLetterAndDigit(compact) && !SEVEN_DIGITS.test(compact)) {
        found.add('plate', `${country}:${compact}`, origin);
      }
    }
  }

  const own = SCAN[country];
  if (!own) return;
  const stopWords = STOP[country] ?? NO_STOP;
  own.lastIndex = 0;
  for (let m = own.exec(text); m; m = own.exec(text)) {
    if (NOT_BEFORE.test(text.charAt(m.index - 1))) {
      own.lastIndex = m.index + 1; // "XAB 12345": a later start may still be a plate
      continue;
    }
    if (stopWords.has(letterPrefix(m[0]))) continue;
    if (YEAR_R.test(m[0].replace(/^\p{Lu}+/u, ' '))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (UNIT_AFTER.test(after)) continue;
    // A model's code with its variant's letters after ("Typ WEN K 9 TL", "Wendell K 12 TS"): a
    // type's name, where a plate away from a label ends as a word.
    if (VARIANT_AFTER.test(after)) continue;
    // A court's file number ("I ZR 123/07": senate, register, number, year) or a law journal's
    // volume and page ("NJW-RR 2004, 1234"), as legal texts cite them.
    if (CITATION_AFTER.test(after)) continue;
    if (POWER_END.test(m[0]) || STORAGE_END.test(m[0])) continue;
    // The tail of a number written with a thousands separator ("1,234가 5678" is no plate).
    if (/\d[,.]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (country === 'KR' && (KR_UNIT_AFTER.test(after) || placeholderKrPlate(m[0]))) continue;
    if (ENGINE_SIZE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (MAKE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (otherLabelBefore(text, m.index)) continue;
    found.add('plate', `${country}:${m[0]}`, origin);
  }
}
