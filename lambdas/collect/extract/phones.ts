/**
 * Phone numbers in running text.
 *
 * libphonenumber-js's own finder (`findPhoneNumbersInText`) was the first choice, but measured
 * here it costs about 1 ms per kilobyte of text, joins numbers across commas ("070-123 45 67,
 * 08" became one candidate) and gives up on two numbers separated by a space. So the candidates
 * are cut out here with a small grammar (digit groups joined by single separators), decoys that
 * libphonenumber cannot know about are masked first (dates, amounts, measures), and
 * libphonenumber (full metadata) still decides what is a valid number.
 */
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import type { FindingSet } from './findings.js';
import { regionsByName } from './region-names.js';
import { hasPhoneLabel, LETTER, lineAt, notPhoneLabelEnd, PHONE_LABEL, words } from './labels.js';
import { withoutCarrierPlaceholder } from '../../shared/normalise/phone.js';
import { MAKE_BEFORE } from './plates.js';

/**
 * Units after an amount: currencies and measures, in Latin script and in the scripts of the other
 * markets' pages ("2016 - 58 300 км", "350 000 сум", "12 500 грн", "2.500.000đ", "1 200 000 ₸").
 */
const UNIT =
  "kr\\.?|,-|:-|nok|sek|dkk|eur|euro|€|£|\\$|zł|zl|pln|chf|usd|gbp|km|kms|mil|miles?|mi|hk|ps|kw|hp|" +
  // (and "mq", square metres as Italian ads write them: "85 mq")
  'cc|ccm|kg|mm|cm|g/km|%|m²|m2|mq|bhp|' +
  'км|тыс\\.?|млн\\.?|сум|so[\'’]m|руб\\.?|р\\.|₽|грн\\.?|₴|₸|тг|лв\\.?|lei|ron|ft|huf|kč|czk|kn|rsd|din|₺|tl|₹|rs\\.?|inr|₫|đ|vnd|' +
  'л\\.? ?с\\.?|см³|куб\\.? ?см|м²|кв\\.? ?м';
const CURRENCY = '€|£|\\$|kr\\.?|nok|sek|dkk|eur|pln|chf|usd|gbp|zł|₽|₴|₸|₺|₹|₫|rs\\.?|inr|huf|czk|ron|uzs|kzt|rub|uah';
const AMOUNT = "\\d{1,3}(?:[ .,\\u00A0'’]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";

/** Spans that look like numbers but are dates, times, amounts or measures. */
const DECOYS = new RegExp(
  [
    // 12.03.2024, 12/03/24, 2024-03-12 (but not 06.12.34.56.78, a French phone): a day and a month
    // in either order, so "58.44.41" is no date, and not after a bracketed area code ("(014) 12.03.41",
    // a Belgian number)
    '(?<!\\d[./-]?|\\(\\d{2,5}\\) ?)(?:(?:(?:0?[1-9]|[12]\\d|3[01])[./-](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\\d|3[01]))[./-](?:\\d{4}|\\d{2})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})(?![./-]?\\d)',
    // 13.03-17.03.2023, 13.03.–17.03.2023, "13.03-17-03.2023" as a lunch list heads its week: a day and
    // a month, then the range's last date (its separators written any way)
    '(?<!\\d[./-]?)(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.? ?[-–] ?(?:0?[1-9]|[12]\\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:\\d{4}|\\d{2})(?![./-]?\\d)',
    // 03/2019 (first registration, inspection due)
    '(?<!\\d[./-]?)(?:0?[1-9]|1[0-2])[./](?:19|20)\\d{2}(?![./-]?\\d)',
    // 0001234-56.2019.8.26.0100: a Brazilian court case's number (CNJ: sequence, check digits, year,
    // branch, court, origin), printed on every judicial auction's lot
    '(?<![\\d.-])\\d{7}-\\d{2}\\.\\d{4}\\.\\d\\.\\d{2}\\.\\d{4}(?![.-]?\\d)',
    // 2007/2008: a car's model years ("ano/modelo 2007/2008", "Ford Focus 1.6 - 2007/2008")
    '(?<!\\d[./-]?)(?:19|20)\\d{2}/(?:19|20)\\d{2}(?![./-]?\\d)',
    // 47.3712345,8.5423456, or with a map's zoom after them (",12"): a latitude and a longitude
    // joined by a comma alone, which the next pattern's look-around does not take apart
    '(?<![\\d.,+-])-?\\d{1,3}\\.\\d{4,}, ?-?\\d{1,3}\\.\\d{4,}(?:,\\d{1,2})?(?![.,]?\\d)',
    // 51.5514218, 9,993682: coordinates and other decimals (a phone has a trunk 0 or more groups)
    '(?<![\\d.,+])[1-9]\\d{0,2}[.,]\\d{5,}(?![.,]?\\d)',
    // ?hl=de&tid=555014200: a query's value in a web address the text prints (a tracking id in a
    // privacy notice's links), but a number's own parameter's ("send?phone=4930…")
    '(?<=[?&](?!(?:phone|tel|mobile|number|to)=)[a-z_][\\w.-]*=)\\d[\\d.-]*',
    // 14:33
    '(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)',
    // 09.00 - 18.00, 9:00–17:30: opening hours, a range of two times (the dotted ones read as
    // "0900 1800" otherwise)
    '(?<![\\d.,])(?:[01]?\\d|2[0-3])[.:][0-5]\\d ?[-–—] ?(?:[01]?\\d|2[0-4])[.:][0-5]\\d(?![.,:]?\\d)',
    // DE89 3704 0044 0532 0130 00: a bank account's IBAN (a country's letters, two check digits,
    // then groups), whose digits hold a national number's shape ("0532 0130 00")
    `(?<![${LETTER}0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![${LETTER}0-9])`,
    // 149 000 kr, 12.500,-, 123 456 km, 45,000 miles (but in "2025$166.300.000" the "$" is the price's, not the year's unit)
    `(?<!\\d[ .,\\u00A0]?)(?:${AMOUNT}) ?(?:${UNIT})(?![${LETTER}])(?!(?<=[$€£])\\d)`,
    // €12,500, kr 149 000, NOK 149.000
    `(?<![${LETTER}])(?:${CURRENCY}) ?(?:${AMOUNT})`,
  ].join('|'),
  'gi',
);

/**
 * Digit groups joined by one separator (a hyphen may be any of Unicode's: "080‐1234‐5678" with
 * U+2010, as Japanese pages write it, and the minus sign); "(0)" and "(030)" groups as written in DE/UK, and a
 * bracketed trunk prefix (0 or 8) and area code with a space or hyphen between them
 * ("(0 30) 1234 5678" in DE, "(8 5) 212 3456" and "(8-612) 34567" in LT, "(8 017) 123-45-67"
 * in BY), and an area code spelt in pairs of digits from its end, as German offices once wrote
 * them ("(0 73 41) 5 28 61", "(01 76) 4 83 27 19"); a bracket of other digits with a space inside
 * ("(2-3) rooms") is not a number's head.
 * A run glued to a word by an underscore ("unmask_674093362", "user_0612345678") is an
 * identifier's tail. The country code may be bracketed at the start ("(+44) 7700 900123",
 * "(+371)21234567"). A direct line's extension after a space and a hyphen closes the number as
 * German and Austrian offices write it ("030-612 48 93 -19": 030 6124893-19; "-0" the switchboard).
 * A slash or a hyphen may have a space after it ("+49 (0) 30/ 5550 12 34", "0117- 55 01 23"), and a
 * hyphen a space before it where the subscriber's number of five digits or more follows, as German
 * offices once set off the area code ("0711 -5550436", "+49 (0)711 -5550436"); one to four
 * digits after " -" stay an extension (below).
 * An apostrophe joins a group of exactly two digits, as Swiss offices write their lines
 * ("021/ 555'10'10", "078 555’12’34"); Swiss amounts put one before groups of three
 * ("CHF 1'250'000"), which stay apart. A code in brackets may have a space inside them, on both
 * sides as some firms print a country code ("Tel ( 852 ) 2555- 3057") or on one ("(925 ) 846-…").
 */
const AREA_IN_BRACKETS = '\\((?:\\d{1,5}|[08][ -]\\d{1,4}|0(?: \\d{2}){2}|0\\d \\d{2}| \\d{1,4} ?|\\d{1,4} )\\)';
const RUN = new RegExp(
  `(?<![${LETTER}0-9+#_])(?:\\+ ?|\\(\\+\\d{1,3}\\) ?)?(?:${AREA_IN_BRACKETS}[ -]?)?\\d+(?:(?:[ ./\\u00A0\\u2010-\\u2012\\u2212-]| [/–-] |[/–-] | [–-](?=\\d{5,}(?!\\d))| ?${AREA_IN_BRACKETS} ?|['’](?=\\d{2}(?!\\d)))\\d+)*(?: -\\d{1,4}(?![\\d.,:]))?`,
  'g',
);
/** The digits of a run's groups from the k-th on. */
function digitsFrom(groups: readonly Group[], k: number): number {
  let n = 0;
  for (let g = k; g < groups.length; g++) n += groups[g]!.digits;
  return n;
}
/** A dash or a slash with a space either side, between two of a run's groups. */
const SPACED_MARK = /^ [/–-] $/;
/** A country code and an area code each closed by a slash, then the number ("+43/1/555 12 34"). */
const COUNTRY_AREA_SLASHES = /^\+\d{1,3}\/\d{1,5}\/[^/]+$/;
/** A bracket of digits only, right before a run: the head of a number the run did not take. */
const NUMBER_HEAD_BEFORE = /\(\+?[\d .-]*\d[\d .-]*\) ?$/;
/** A number's head, a space and a dot glued to the run ("030 .5550931"). */
const STRAY_DOT_BEFORE = /\d \.$/;
const GROUP = new RegExp(`(\\+ ?)?(?:${AREA_IN_BRACKETS}|\\(\\+\\d{1,3}\\)|\\d+)`, 'g');

/** A candidate that opens with an area code of two or three digits in brackets. */
const BRACKETED_AREA = /^\(\d{2,3}\)/;

/** A line of digits alone (spaces allowed). */
const BARE_DIGITS_LINE = /^[ \t]*\d[\d \t]*$/;

/**
 * Where a bare run alone on its line may be a phone: an ad's body in the page data, which its
 * seller wrote. Not the page's text, whose lines of bare digits are as often ids and counters
 * (a FINN code under the seller's line, test/unit/extract/decoys.test.ts).
 */
const BODY_ORIGINS: ReadonlySet<string> = new Set(['embedded-text']);

/** A line that is the run alone, or the run and one or two capitalised words before or after it. */
const NAME_BESIDE = /^(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)?$/u;

function standsAlone(line: string, at: number, run: string): boolean {
  const before = line.slice(0, at).trim();
  const after = line.slice(at + run.length).trim();
  return (before === '' || after === '') && NAME_BESIDE.test(before || after);
}

/** Whether an E.164 number is a mobile one by libphonenumber's type (not where the plan does not tell them apart, as in North America). */
function isMobile(e164: string): boolean {
  const type = parsePhoneNumberFromString(e164)?.getType();
  return type === 'MOBILE';
}

/** The shortest valid numbers of the markets served have 7 digits (with the trunk 0). */
const MIN_DIGITS = 7;
/** Digits of each of two national numbers side by side with their trunk "0" (see scanRun). */
const SIDE_BY_SIDE_MIN = 9;
/** Seven digits with at most two separators between each: a line worth a closer look. */
const DIGITS_MIDDLE_DOT = /(?<=\d)·(?=\d)/g;
const LONG_RUN = /\d(?:[ ./\u00A0()+\u2010-\u2012\u2212–'’-]{0,3}\d){6}/g;
/** Labels further back than this do not describe the number. */
const CONTEXT = 40;
/**
 * Bounds the parse attempts on pages that are tables of numbers: MAX_ATTEMPTS, one more per
 * ATTEMPT_CHARS characters of text scanned, and never more than MAX_ATTEMPTS_PER_PAGE. A fixed
 * 300 alone cut a real directory short: a dealer list of ~3,400 numbers in 350,000 characters of
 * text (one number per ~100 characters) kept its first thousand. The ceiling keeps a page of
 * numbers only cheap: without it, a 4.8 MB page of ~150,000 distinct numbers cost 7.4 s of
 * extraction (2.2 s with the fixed 300). The bound is each finder's: a page's own reading (its
 * attributes and its text) uses one, and the few blocks read again on their own (a platform's
 * block, a contact block) use small ones of their own.
 */
const MAX_ATTEMPTS = 300;
const ATTEMPT_CHARS = 50;
const MAX_ATTEMPTS_PER_PAGE = 6000;

interface Group {
  start: number;
  end: number;
  digits: number;
  /** First character; a "+" starts a new number. */
  lead: string;
}

// exec loops instead of matchAll in the hot paths: matchAll clones the RegExp on every call.
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) end = m.index + m[0].length;
  return end;
}

const labelCache = new Map<string, boolean>();

/** labelledAsOther for attribute names, which repeat on every page (data-ad-id, title...). */
function attributeLabelledAsOther(label: string): boolean {
  let result = labelCache.get(label);
  if (result === undefined) {
    result = labelledAsOther(label);
    if (labelCache.size < 1000) labelCache.set(label, result);
  }
  return result;
}

/** True when the words before a number say it is an id, amount or measure. */
function labelledAsOther(prefix: string): boolean {
  if (!/\p{L}/u.test(prefix)) return false;
  // Not a mailbox's or a web address's domain ("info@wendell.org or (312) …", "post@wendell.no
  // 22 …": ".org" and ".no" are no "Org.nr" or "No." label).
  const bare = prefix.includes('@') || prefix.includes('www.') || prefix.includes('://') ? prefix.replace(ADDRESS_IN_TEXT, ' ') : prefix;
  const words = bare.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_]/g, ' ');
  const other = notPhoneLabelEnd(words);
  // A label names the first value after it: "NK 120 €. 0152 …" (service charges, then the
  // number), "NR. WLAN, all-in 510€. 0176/…" ("Nichtraucher", then the rent). A value with its
  // unit or words after it between the label and the number is the label's, not the number.
  return other >= 0 && other > lastEnd(PHONE_LABEL, words) && !VALUE_BETWEEN.test(words.slice(other));
}

/**
 * Whether the line above labels the number under it as an id, amount or measure: the label ends
 * that line ("Anzeigen-ID" / "284751936", as dt/dd and th/td layouts write it), not a word with
 * words after it ("Mais de 3 anos no mercado": Portuguese "no" is "in the", not "No.").
 */
function labelsLineBelow(previous: string): boolean {
  if (!labelledAsOther(previous)) return false;
  const words = previous.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_]/g, ' ');
  return !/\p{L}/u.test(words.slice(notPhoneLabelEnd(words)));
}

/** A mailbox or a web address in a number's context, whose domain's words are no labels (see labelledAsOther). */
const ADDRESS_IN_TEXT = /[^\s<>()]*@[^\s<>(),;]+|(?:https?:\/\/|www\.)[^\s<>(),;]+/g;

/** A value between a label and a number: digits, then a unit, a currency or a word. */
const VALUE_BETWEEN = /\d[\d .,]*[\p{L}€£$%]/u;

/**
 * How many of a number's last digits identify it elsewhere on the page (a subscriber number's length):
 * a platform-labelled number (FindingSet.platformLabelledDigits), or one on the platform address's line (index.ts).
 */
export const PLATFORM_DIGITS = 8;

/**
 * A third party's line in a property's facts: the building's owners' association (HOA, condo or
 * strata body, NL VvE, FR syndic, PL wspólnota, NO borettslag, SE bostadsrättsförening).
 */
const THIRD_PARTY_LABELS =
  "hoa|(?:home ?)?owners[’']? association|condo(?:minium)? association|strata (?:corporation|council|corp)|vve|syndic|wspólnota mieszkaniowa|borettslag|bostadsrättsförening";

/** Labels of the platform's own lines: customer service, hotlines, support. */
const PLATFORM_LABEL = new RegExp(
  words(
    'kundenservice|kundeservice|kundservice|kundtjänst|kundeservicen|customer service|customer support|customer care|support|hotline|' +
      // German compounds of it for bookings ("Buchungshotline", "Reservierungshotline"); not a workshop's "Servicehotline"
      '(?:buchungs|reservierungs)hotline|' +
      'helpdesk|service client|service clients|serwis|obsługa klienta|biuro obsługi|asiakaspalvelu|klantenservice|' +
      'servicecenter|service center|servicecentre|redaktion|redaksjon|presse|press office|' +
      // KR: customer centre, call centre, counselling centre, customer support, and a company's
      // "representative number" (대표번호, 대표전화: its main line, usually a nationwide 15xx/16xx one)
      '고객 ?센터|콜 ?센터|상담 ?센터|고객 ?지원|고객 ?상담|대표 ?번호|대표 ?전화|' +
      // ZH and JA: customer-service and service hotlines, free-consultation lines, complaint and report lines, customer centres
      '客服热线|客服熱線|客服电话|客服電話|客服|服务热线|服務熱線|全国热线|免费咨询|免費諮詢|投诉电话|投訴電話|举报电话|舉報電話|热线电话|熱線電話|热线|熱線|' +
      'お客様センター|お客さまセンター|カスタマーセンター|サポートセンター|' +
      // and a third party's line in a property's facts (THIRD_PARTY_LABELS)
      THIRD_PARTY_LABELS,
  ),
  'i',
);

/** "visit <domain> or call", closing the words before a number (otherSiteCalled). */
const VISIT_OR_CALL = /\b(?:visit|go to|see)\s+(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:\/\S*)?\s+(?:or|and)\s+(?:call|phone|dial)(?:\s+us)?(?:\s+(?:at|on))?\s*$/i;

/**
 * Whether the words before a number send the visitor to another site, and the number is that
 * site's ("For tickets, visit WendellTickets.com or call (800) …": a ticket agency's line on a
 * theatre's page). Not the page's own site ("visit wendell.com or call us at …"), under any suffix.
 */
function otherSiteCalled(before: string, site: string): boolean {
  const m = VISIT_OR_CALL.exec(before);
  if (!m) return false;
  const domain = getDomain(m[1]!);
  // The same name under another suffix ("wendell-zoo.org" on "wendell-zoo.com") is the page's own.
  return domain !== null && domain !== site && getDomainWithoutSuffix(domain) !== getDomainWithoutSuffix(site);
}

/**
 * A model's number of one to four digits, a space and a year ("520 1998"; see MAKE_BEFORE), and
 * what the run took after them (a price's digits: "520 1998 4100 €").
 */
const MODEL_AND_YEAR = /^[1-9]\d{0,3} (?:19[5-9]\d|20[0-4]\d)(?!\d)/;
/** A run of digits alone, not opened by a trunk "0" or a "+". */
const BARE_DIGITS = /^[1-9]\d{5,}$/;
/** Whether the last word before a number is the site's own name (its registrable domain's label, four letters or more). */
function siteNamedBefore(before: string, site: string): boolean {
  const label = getDomainWithoutSuffix(site);
  if (!label || label.length < 4) return false;
  const m = /(\p{L}[\p{L}\d.-]*)\s*[:#№]?\s*$/u.exec(before);
  return m !== null && m[1]!.toLowerCase().replace(/[.-]/g, '') === label.replace(/[.-]/g, '');
}

/** Lines above a number looked at for a country's name heading it (PhoneFinder.headingCountry). */
const HEADING_LINES = 3;
/** A line's words before a colon or its end, as a country's name may head it ("New Zealand:", "Canada: 1-800-…"). */
const COUNTRY_HEADING = /^[\s\p{P}]*(\p{L}[\p{L} .'’-]{2,40}?)\s*(?::|$)/u;

/** The markets' languages a country's name heading a number is read in (PhoneFinder.headingCountry). */
const NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'nb', 'fi', 'pl', 'cs'];

/** The ISO code of the country `name` names in one of NAME_LANGUAGES, with a numbering plan libphonenumber knows (not "EU", "UN"). */
export function countryNamed(name: string): string | undefined {
  const lower = name.trim().toLowerCase();
  // The same few labels on every line of a page ("Tel:", "Fax:", "Germany:"): looked up once.
  if (namedCache.has(lower)) return namedCache.get(lower);
  const code = namedCountry(lower);
  if (namedCache.size > MAX_NAMED_CACHE) namedCache.clear();
  namedCache.set(lower, code);
  return code;
}
const namedCache = new Map<string, string | undefined>();
const MAX_NAMED_CACHE = 5000;
/** countryNamed, uncached: `lower` is the name in small letters. */
function namedCountry(lower: string): string | undefined {
  const code = regionsByName(NAME_LANGUAGES).get(lower) ?? SHORT_COUNTRY_NAMES.get(lower);
  if (code !== undefined) return isSupportedCountry(code) ? code : undefined;
  // Two countries that share a line ("UK & Ireland:", "USA/Canada:"): the first one's plan, which
  // the line's number is written in (the other's callers dial it from abroad).
  const parts = lower.split(COUNTRIES_JOINED);
  return parts.length > 1 ? namedCountry(parts[0]!.trim()) : undefined;
}
/** The short names a firm's list of lines writes for countries, which ICU's names are not. ("US" is no country here: "Call us:".) */
const SHORT_COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ['uk', 'GB'],
  ['u.k.', 'GB'],
  ['usa', 'US'],
  ['u.s.a.', 'US'],
  ['uae', 'AE'],
]);
/** What joins two countries' names over one line ("UK & Ireland", "USA/Canada", "Österreich und Schweiz"). */
const COUNTRIES_JOINED = /\s*[&/,+]\s*|\s+(?:and|und|et|en|y|e|og|och|i|a)\s+/;
/** A country's name right before a number on its line, after the line's last digit ("… 261 UK & Ireland: 44 800 …"). */
const COUNTRY_RIGHT_BEFORE = /(?:^|\d)[\s\p{P}]*(\p{L}[\p{L} .&'’/-]{1,40}?)\s*:\s*$/u;

/** Every platform label in a text, and the press office's among them (see PhoneFinder.pressRelease). */
const PLATFORM_LABEL_ALL = new RegExp(PLATFORM_LABEL.source, 'gi');
const PRESS_LABEL = /^(?:presse|press office|redaktion|redaksjon)$/i;
/**
 * The third parties' labels among them (a building's owners' association): no site's own line,
 * also on a site of its own (PhoneFinder.ownSite).
 */
const THIRD_PARTY_LABEL = new RegExp(`^(?:${THIRD_PARTY_LABELS})$`, 'i');

/** PLATFORM_LABEL closing the text before a number, with at most a colon or a dash between. */
const PLATFORM_LABEL_RIGHT_BEFORE = new RegExp(`${PLATFORM_LABEL.source}[\\s:：.-]{0,3}$`, 'i');
/**
 * A line that is a platform label alone ("ServiceCenter", "Kundenservice:"): it labels the number
 * on the next line. Not a company's "representative number" (대표번호) alone over a number: on a
 * dealer's branch card that is the branch's own line.
 */
const PLATFORM_LABEL_LINE = new RegExp(`^\\s*(?!대표)${PLATFORM_LABEL.source}[\\s:：.-]{0,3}$`, 'i');

/** The words before position `at` on the line, back to a separator or CONTEXT characters. */
function contextBefore(line: string, at: number): string {
  return line.slice(Math.max(0, at - CONTEXT), at).replace(/^.*[;|·•!?]/, '');
}

/**
 * A label written after its number, closing the line or followed only by words ("3001234567
 * (WhatsApp)", "612 345 678 – móvil", "0171 2345678 Handy"): sellers who put the number first.
 * Not when another number follows the label on the line ("284751936 · Telefon 0171 2345678":
 * there the label opens the next number).
 */
const LABEL_AFTER = new RegExp(`^[\\s(\\[/|,:·•–—-]{0,4}(\\p{L}[\\p{L}.]*(?:[ -]\\p{L}[\\p{L}.]*)?)[\\s)\\]:.]*([^]{0,24})`, 'u');

function labelledAfter(line: string, end: number): boolean {
  const m = LABEL_AFTER.exec(line.slice(end, end + 60));
  if (!m || /\d/.test(m[2]!)) return false;
  return hasPhoneLabel(m[1]!) && !labelledAsOther(m[1]!);
}

/** Between two items of a list of ids: a comma or a semicolon and spaces. */
const ID_LIST_GAP = /^\s*[;,]\s*$/;

/** Whether two runs have the same shape: the same separators between the same counts of digits. */
function sameShape(a: string, b: string): boolean {
  return a.length === b.length && a.replace(/\d/g, '9') === b.replace(/\d/g, '9');
}

/** A line holding a number alone ("312-555-0110", "+49 (0)30 555011"): a row of a column of numbers. */
const NUMBER_LINE = /^[\s+(]*\d[\d\s()./-]*$/;
/** A line holding a short label alone ("Fax", "Toll Free", "Telefon:"): a row of a column of labels. */
const LABEL_LINE = /^\s*\p{L}[\p{L}\p{M} .&'’/-]{0,30}:?\s*$/u;
/** Rows of such columns looked at, at most. */
const MAX_ROWS = 8;

/**
 * The label of the number on the line [start, end) of `text`, written on a line above. Usually the
 * line right above ("Anzeigen-ID" / "284751936"). A number
 * alone on its line in a column of such lines (a directory card's `Sales` / `Toll Free` / `Fax`
 * printed beside their numbers, a table's `Telefon:` / `Telefax:` cell beside its numbers' cell:
 * the text gives the labels' column, then the numbers'), with a column of as many labels right
 * above, is labelled by the label in its row. With another count of labels, which row is whose is
 * not known: the line right above, as before.
 */
function labelAbove(text: string, start: number, end: number, line: string): string {
  const lineAbove = (at: number): number => (at > 0 ? text.lastIndexOf('\n', at - 2) + 1 : -1);
  const up = lineAbove(start);
  const previous = up < 0 ? '' : text.slice(up, start - 1);
  if (!NUMBER_LINE.test(line) || (!NUMBER_LINE.test(previous) && !NUMBER_LINE.test(lineAfter(text, end)))) return previous;
  // The column of numbers: rows above this one, then below.
  let row = 0;
  let at = start;
  for (let u = up; u >= 0 && row <= MAX_ROWS && NUMBER_LINE.test(text.slice(u, at - 1)); u = lineAbove(u)) {
    row++;
    at = u;
  }
  let rows = row + 1;
  for (let e = end; e < text.length && rows <= MAX_ROWS && NUMBER_LINE.test(lineAfter(text, e)); rows++) {
    const next = text.indexOf('\n', e + 1);
    e = next < 0 ? text.length : next;
  }
  // The column of labels right above it.
  const labels: string[] = [];
  for (let u = lineAbove(at); u >= 0 && labels.length <= rows; u = lineAbove(u)) {
    const l = text.slice(u, at - 1);
    if (!LABEL_LINE.test(l)) break;
    labels.unshift(l);
    at = u;
  }
  // Another count of label-like lines: which row is whose is not known. One more ("Sales" / "Toll
  // Free" / "Fax" over two numbers, or a card's heading "Lake RV" over "Sales" / "Fax"): which label
  // has no number, or whether the first is a label at all; fewer: which numbers have none.
  return labels.length === rows ? labels[row]! : previous;
}

/** The line after the line that ends at `end` ('' when none). */
function lineAfter(text: string, end: number): string {
  if (end >= text.length) return '';
  const next = text.indexOf('\n', end + 1);
  return text.slice(end + 1, next < 0 ? text.length : next);
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Masked or placeholder digits right after a run, spaced or not ("… 5550 XX", "… 555-xxxx"). Not
 * asterisks: "0180 555 1234**" is a number with its tariff's footnote.
 */
const MASKED_DIGITS_AFTER = /^[ .-]?[Xx]{2,}(?![\p{L}])/u;

/**
 * True when `candidate` is the bare national number of `e164` although its country writes a
 * trunk prefix in front of it ("020 123 4567" in NL, "030 1234567" in DE, "8 (912) 345-67-89" in
 * RU, but "(11) 96123-4567" in BR and "(201) 555-0123" in the US): libphonenumber accepts
 * "20 1632769" as Amsterdam, but nobody writes an NL number so, while a year and a mileage on
 * one line ("2016 32.769 km") read exactly like it. Whether the prefix is written is the
 * library's own national format of that number; a number written with a country code or a
 * trunk prefix has digits before its national number and is not concerned.
 */
export function lacksTrunkPrefix(candidate: string, e164: string): boolean {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return false;
  const national = parsed.nationalNumber;
  if (candidate.replace(/\D/g, '') !== national) return false;
  return parsed.formatNational().replace(/\D/g, '').length > national.length;
}

/**
 * Digits joined by dots with a group of one digit after the first ("31337.1.4.3", an ad slot's
 * path; "3.2.1.4", a version or a section): no number is written so. Dotted numbers group their
 * digits by two to four ("06.12.34.56.78", "0475.12.34.56", "555.123.4567"; "1.800.555.1234"
 * opens with its one-digit country code).
 */
const DOTTED_PATH = /^\d+(?:\.\d+)*\.\d(?!\d)(?:\.\d+)*$/;

/** True when three groups in a row count up by one (pagination, numbered lists). */
function counting(run: string): boolean {
  const groups = run.split(/\D+/).filter(Boolean);
  let streak = 1;
  for (let i = 1; i < groups.length; i++) {
    streak = Number(groups[i]) === Number(groups[i - 1]) + 1 && groups[i]!.length <= 4 ? streak + 1 : 1;
    if (streak >= 3) return true;
  }
  return false;
}

/** Words of a pager: previous / next / page, in the markets' languages. */
const PAGER_WORD = new RegExp(
  words(
    'prev|previous|next|page|назад|вперед|вперёд|далее|далі|попередня|наступна|страница|сторінка|zurück|weiter|vorherige|' +
      'nächste|seite|précédent|précédente|suivant|suivante|forrige|neste|næste|side|föregående|nästa|sida|poprzednia|' +
      'następna|strona|anterior|siguiente|próxima|página|vorige|volgende|pagina|edellinen|seuraava|sivu|precedente|successiva',
  ),
  'i',
);
const PAGE_NUMBERS = /(?<![\d.,])(\d{1,3})(?:\s*[|·•]\s*|\s+)(\d{1,3})(?:\s*[|·•]\s*|\s+)(\d{1,3})(?![\d.,])/g;

/**
 * "← Назад 1 2 3 4 5 ... 5 667 Вперед →": a pager (page numbers counting up, and a previous /
 * next / page word). Its last page and its "3 / 5 667" read together like a number; no phone
 * is on such a line.
 */
function isPager(line: string): boolean {
  if (!PAGER_WORD.test(line)) return false;
  PAGE_NUMBERS.lastIndex = 0;
  for (let m = PAGE_NUMBERS.exec(line); m; m = PAGE_NUMBERS.exec(line)) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (b === a + 1 && c === b + 1) return true;
    PAGE_NUMBERS.lastIndex = m.index + m[1]!.length + 1;
  }
  return false;
}

/** An event handler's function named for a chat or a phone ("handleModalWhatsApp(…)", "showPhone(…)", "openViber(…)"). */
const CHAT_OR_PHONE_HANDLER = /(?:whats_?app|phone|zalo|viber|telegram)\w*\s*\(/i;
/** A call link quoted in an event handler's script: "'tel:+33655501420'". */
const HANDLER_CALL_LINK = /(['"])(?:tel|callto):(\+?[\d ()./-]{6,24})\1/gi;
/** A quoted argument of such a call, written as people write a number ("'(11) 98765-4321'", "'+39 333 123 4567'"). */
const QUOTED_NUMBER = /(['"])(\+?\(?\d[\d (). -]{5,22}\d)\1/g;

/**
 * Numbers passed to an event handler's script that opens a chat or shows a phone: result pages
 * pass each card's WhatsApp number so ("onclick=\"handleDealProposalModalWhatsApp(4711, 1, …,
 * '(11) 98765-4321', …)\"") and print it nowhere else. Only an argument written with spaces,
 * dashes, dots or brackets is taken: a bare run of digits in a script is an id as often (the same
 * calls pass the ad's id so), and a site's own routing line is passed bare beside it.
 */
export function scanHandlerPhones(script: string, found: FindingSet, origin: string): void {
  // A call link the handler opens ("onclick=\"window.location.href='tel:+33655501420'\""): a button
  // that dials as a link does, read as one.
  if (script.includes('tel:') || script.includes('callto:')) for (const m of script.matchAll(HANDLER_CALL_LINK)) found.add('phone', `tel:${m[2]!}`, `${origin}:call-link`);
  if (!CHAT_OR_PHONE_HANDLER.test(script)) return;
  for (const m of script.matchAll(QUOTED_NUMBER)) {
    const number = m[2]!;
    if (!/[ ().-]/.test(number)) continue;
    found.add('phone', number, `${origin}:chat-handler`);
  }
}

/**
 * What may stand between two numbers of one list ("(0299) 512-3407 / 512-3408", "030 123456 oder
 * 123457"): the second, written without its area code, shares the first's.
 */
const LIST_GAP = /^\s*(?:\/{1,2}|[–-]|,|;|o|y|or|oder|ou|eller|of|lub|ó)?\s*$/;

/**
 * The next item's label glued to a number, as inline boxes side by side print them with no space
 * between ("T. +39 0471 555 231F. +39 0471 555 232", "… 12 34E-Mail: …", "… 12 34e-mail: …"): a capitalised label of a
 * few letters closed by a dot or a colon, then the next number, or a mail or fax label. Only after a
 * number written with separators: an unbroken run glued to a letter is an id ("12345678F").
 */
const LABEL_GLUED_AFTER = /^(?:\p{Lu}[\p{Ll}-]{0,8}[.:] ?[+(\d]|(?:[Ee]-?[Mm]ail|[Ff]ax|Tel|Mobil|Mobile|Phone|Telefon|Telefax)[.:])/u;

/**
 * What a number written with separators may be glued to and still end there: the next item's label
 * (LABEL_GLUED_AFTER), or, right after a phone's label, the next sentence's first word
 * ("tel: 605-555-123Przestronne mieszkanie…", an ad's text typed with no space after the number).
 */
function gluedAfterNumber(line: string, start: number, end: number): boolean {
  const rest = line.slice(end, end + 16);
  if (LABEL_GLUED_AFTER.test(rest)) return true;
  if (!SENTENCE_GLUED_AFTER.test(rest)) return false;
  const before = line.slice(Math.max(0, start - 16), start);
  return PHONE_LABEL_RIGHT_BEFORE.test(before) && hasPhoneLabel(before);
}
/** A capitalised word of small letters: a sentence's first. */
const SENTENCE_GLUED_AFTER = /^\p{Lu}\p{Ll}{3,}/u;
/** A label's end right before a number: a colon or a dot and a space. */
const PHONE_LABEL_RIGHT_BEFORE = /\p{L}\.?[:.]? ?$/u;

/**
 * An Italian mobile as Italians write it, the operator's prefix, a dot, then the number
 * ("333.5550142"): read as "333 5550142", not masked as a decimal (DECOYS' "51.5514218"). Only on the
 * markets of the Italian plan, and not before a unit ("312.5546875 mq"); elsewhere three digits, a
 * dot and seven are as often a decimal.
 */
const DOTTED_MOBILE = new RegExp(`(?<![\\d.,+])(3\\d{2})\\.(\\d{7})(?![.,]?\\d)(?! ?(?:${UNIT})(?![${LETTER}]))`, 'gi');
const DOTTED_MOBILE_MARKETS: ReadonlySet<string> = new Set(['IT', 'SM', 'VA']);

export class PhoneFinder {
  private attempts = 0;
  /** Attempts allowed so far: MAX_ATTEMPTS, and more for each text scanned, up to MAX_ATTEMPTS_PER_PAGE (see ATTEMPT_CHARS). */
  private allowed = MAX_ATTEMPTS;
  /** The area code (as written, with its trunk 0) of the last number taken on the line, and where that number ends. */
  private area: { text: string; end: number } | undefined;
  private readonly cache = new Map<string, string | undefined>();
  /** lacksTrunkPrefix per candidate (its value is fixed by `cache`): each answer is another libphonenumber parse. */
  private readonly trunkless = new Map<string, boolean>();

  /**
   * @param fallbackCountries where a number in national format may also be from, tried only
   * when it is not valid in the source's country: a German seller on a Norwegian site writes
   * "0176 47332837", and the page's `lang="de"` says which plan to read it by.
   */
  constructor(
    private readonly found: FindingSet,
    private readonly fallbackCountries: readonly string[] = [],
  ) {}

  /**
   * Whether the page is an organisation's press release (its press contacts' block: index.ts), where
   * a press office's line ("Pressestelle: 030 …", "presse@…, Tel. …") is the contact the release
   * gives, not a platform's desk.
   */
  pressRelease = false;

  /**
   * Whether the page is a business's own site (its chrome is the seller's: index.ts), where its
   * customer service, hotline or help desk ("Kundenservice 04521 …" in a shop's header) is its own
   * line, not a platform's desk. A press office's keeps its rule (pressRelease), a third party's too.
   */
  ownSite = false;

  /** The page's registrable domain, where the caller knows it (see otherSiteCalled). */
  site: string | undefined;

  private valid(candidate: string): string | undefined {
    // Under another country's name ("Germany: 0800 …" on a New Zealand page, "Australia: 1800 …"
    // beside it, "Canada:" / "1-800-…" a line below): that country's plan first, though the
    // page's own may read the digits too ("0800 5550 214" is a New Zealand number as well). Not
    // kept for the page: the next number may be under another country's name.
    const international = !/^\s*(?:\+|00)/.test(candidate);
    const heading = international ? this.runCountry ?? this.headingCountry() : null;
    if (heading !== null && heading !== this.found.country) {
      if (this.attempts++ > this.allowed) return undefined;
      const under = this.found.normalisePhone(candidate, heading);
      if (under !== undefined) return under;
    }
    if (this.cache.has(candidate)) return this.cache.get(candidate);
    if (this.attempts++ > this.allowed) return undefined;
    let value = this.found.normalisePhone(candidate);
    if (value === undefined && international) {
      // Under a country's name ("New Zealand:" / "Customer Hotline: 0800-…") that did not read it:
      // no other plan.
      if (heading !== null) return undefined;
      for (const c of this.fallbackCountries) if ((value = this.found.normalisePhone(candidate, c))) break;
    }
    this.cache.set(candidate, value);
    return value;
  }

  /** The country named right before the run being scanned, on its line (COUNTRY_RIGHT_BEFORE; scanLine sets it). */
  private runCountry: string | null = null;

  /** The text being scanned and where its current line starts (scan sets them), for headingCountry. */
  private scanText = '';
  private lineStart = 0;
  /** The current line's heading country: undefined until asked for (headingCountry). */
  private heading: string | null | undefined;

  /**
   * The country whose name heads the current line or one of the HEADING_LINES lines above it, the
   * nearest first: a line that is the name alone ("New Zealand", "Österreich:") or opens with it and
   * a colon ("Canada: 1-800-…"). An international firm lists its countries' lines so, each number
   * in its country's national format. Asked for only where a number is no number of the page's
   * country: most are.
   */
  private headingCountry(): string | null {
    if (this.heading !== undefined) return this.heading;
    this.heading = null;
    let end = this.scanText.indexOf('\n', this.lineStart);
    if (end < 0) end = this.scanText.length;
    let start = this.lineStart;
    for (let k = 0; k <= HEADING_LINES && start >= 0; k++) {
      const line = this.scanText.slice(start, end);
      const m = COUNTRY_HEADING.exec(line);
      const cc = m ? countryNamed(m[1]!) : undefined;
      if (cc !== undefined) return (this.heading = cc);
      if (start === 0) break;
      end = start - 1;
      start = this.scanText.lastIndexOf('\n', end - 1) + 1;
    }
    return null;
  }

  /** True when the text between the last number with an area code and `at` only separates items of a list. */
  private listedAfterArea(line: string, at: number): boolean {
    return this.area !== undefined && at > this.area.end && at - this.area.end <= 6 && LIST_GAP.test(line.slice(this.area.end, at));
  }

  private lacksTrunkPrefix(candidate: string, value: string): boolean {
    let result = this.trunkless.get(candidate);
    if (result === undefined) this.trunkless.set(candidate, (result = lacksTrunkPrefix(candidate, value)));
    return result;
  }

  /**
   * Scans text (lines separated by "\n") and adds the phones found. `label` is what describes
   * the text as a whole, e.g. the attribute name "data-ad-id".
   */
  scan(text: string, origin: string, label = ''): void {
    if (label && attributeLabelledAsOther(label)) return;
    // A middle dot between a number's groups ("06·55·50·01·42"), as a dot is written: one character for one.
    if (text.includes('·')) text = text.replace(DIGITS_MIDDLE_DOT, '.');
    this.allowed = Math.min(MAX_ATTEMPTS_PER_PAGE, this.allowed + text.length / ATTEMPT_CHARS);
    // Only lines with seven digits close together can hold a number; one pass finds them.
    LONG_RUN.lastIndex = 0;
    for (let m = LONG_RUN.exec(text); m; m = LONG_RUN.exec(text)) {
      const start = text.lastIndexOf('\n', m.index) + 1;
      const end = text.indexOf('\n', m.index);
      // Brazil's "(0xx11) 3555-…" read as "(011) 3555-…" (withoutCarrierPlaceholder).
      const line = withoutCarrierPlaceholder(text.slice(start, end < 0 ? undefined : end));
      LONG_RUN.lastIndex = end < 0 ? text.length : end;
      // dt/dd and th/td layouts put the label on the line above ("Anzeigen-ID" / "284751936"),
      // and a column of labels beside a column of numbers puts it a few lines above (labelAbove).
      const above = labelAbove(text, start, end < 0 ? text.length : end, line);
      this.besideBare =
        (start > 0 && BARE_DIGITS_LINE.test(lineAt(text, text.lastIndexOf('\n', start - 2) + 1) ?? '')) ||
        (end >= 0 && BARE_DIGITS_LINE.test(lineAt(text, end + 1) ?? ''));
      this.scanText = text;
      this.lineStart = start;
      this.heading = undefined;
      this.scanLine(line, origin, label, above.length <= 40 ? above : '');
    }
  }

  /** Whether a platform's label is in `context`: not a press office's on a press release (pressRelease). */
  private platformLabelled(context: string): boolean {
    if (!this.pressRelease && !this.ownSite) return PLATFORM_LABEL.test(context);
    PLATFORM_LABEL_ALL.lastIndex = 0;
    for (let m = PLATFORM_LABEL_ALL.exec(context); m; m = PLATFORM_LABEL_ALL.exec(context)) {
      const press = PRESS_LABEL.test(m[0]);
      if (press ? !this.pressRelease : !this.ownSite || THIRD_PARTY_LABEL.test(m[0])) return true;
    }
    return false;
  }

  /** Whether the line above or below the one being scanned holds nothing but digits (scan sets it). */
  private besideBare = false;

  /** `previous`: the label on the line above (labelAbove). */
  private scanLine(line: string, origin: string, label: string, previous: string): void {
    // Whether the line is a pager is asked only before the first run that reaches scanRun (the
    // first step with an effect): most lines with seven digits are dates, prices or ids that the
    // cheaper checks below drop, and then the pager words are never looked for.
    let pager: boolean | undefined = line.length <= 300 ? undefined : false;
    this.area = undefined;
    const masked = (DOTTED_MOBILE_MARKETS.has(this.found.country) ? line.replace(DOTTED_MOBILE, '$1 $2') : line).replace(DECOYS, (m) => '#'.repeat(m.length));
    let deskAbove: boolean | undefined;
    // The last run an id's or an amount's label refused, and where it ends: the list's next item.
    let otherEnd = -1;
    let otherRun = '';
    RUN.lastIndex = 0;
    for (let run = RUN.exec(masked); run; run = RUN.exec(masked)) {
      if (digitCount(run[0]) < MIN_DIGITS && !this.listedAfterArea(masked, run.index)) continue;
      const after = masked.charAt(run.index + run[0].length);
      if (after && /[\p{L}#]/u.test(after) && !(/\D/.test(run[0]) && gluedAfterNumber(masked, run.index, run.index + run[0].length))) continue;
      // A number whose last digits are masked or not yet filled in ("+39 02 5550 XX", "0170 555 12xx"):
      // the digits before them are no number.
      if (MASKED_DIGITS_AFTER.test(masked.slice(run.index + run[0].length, run.index + run[0].length + 8))) continue;
      // An unbroken run longer than any E.164 number is an id or a hash, and so is the rest of it.
      if (/\d{16}/.test(run[0])) continue;
      // "3000/5000/7000", "12/24/36": a list of models or sizes; a number has one slash at most,
      // but after its country code and its area code as Austrians write it ("+43/1/555 12 34-18").
      if (/\/.*\//.test(run[0]) && !COUNTRY_AREA_SLASHES.test(run[0])) {
        // ...unless each part is a number's length: "15-3107-5520/15-4862-1937/4362-0718", a list of lines.
        const parts = run[0].split('/');
        if (parts.every((p) => digitCount(p) >= MIN_DIGITS)) {
          const labelled = hasPhoneLabel(`${label} ${contextBefore(line, run.index)}`);
          let offset = run.index;
          for (const part of parts) {
            this.scanRun(line, offset, part, origin, label, labelled);
            offset += part.length + 1;
          }
        }
        continue;
      }
      // "357 358 359 360": page numbers counting up.
      if (counting(run[0])) continue;
      // The tail of a number whose bracketed head the run could not take ("(0 300 30) 4827 3915"):
      // alone it reads as a shorter, wrong number.
      if (NUMBER_HEAD_BEFORE.test(masked.slice(Math.max(0, run.index - 16), run.index))) continue;
      // ...nor a head split from it by a stray dot ("030 .5550931"): the tail alone is no number.
      if (STRAY_DOT_BEFORE.test(masked.slice(Math.max(0, run.index - 3), run.index))) continue;
      const before = contextBefore(line, run.index);
      // Decided before any parse: "Annonse-ID: 284751936" costs no libphonenumber call.
      if (labelledAsOther(`${label} ${before}`)) {
        otherEnd = run.index + run[0].length;
        otherRun = run[0];
        continue;
      }
      // The next item of a list of such ids, of the same shape ("PIN : 31.07.400.008; 33.14.300.021").
      // (Its shape is compared only where the gap is a list's: most refused runs have no next item.)
      if (otherEnd >= 0 && ID_LIST_GAP.test(masked.slice(otherEnd, run.index)) && sameShape(run[0], otherRun)) {
        otherEnd = run.index + run[0].length;
        continue;
      }
      // "BMW 520 1998", "Volvo 240 1988": a make, its model's number and the car's year, as a result
      // card prints them side by side; not a number.
      if (MODEL_AND_YEAR.test(run[0]) && MAKE_BEFORE.test(before)) continue;
      // "visit WendellTickets.com or call (800) …": the line of the site the sentence sends the visitor to.
      if (this.site !== undefined && otherSiteCalled(before, this.site)) continue;
      // "Qorvan 73550142" at the end of an ad's text on qorvan.example: the site's own reference for
      // the ad, its name then a bare run of digits (no trunk "0", no "+", no groups), no number.
      if (this.site !== undefined && BARE_DIGITS.test(run[0]) && siteNamedBefore(before, this.site)) continue;
      // No words before the run on its line: the line above may label it.
      const bare = run.index === 0 || !/\p{L}/u.test(before);
      if (bare && previous && labelsLineBelow(previous)) continue;
      // A label alone on the line above ("ServiceCenter" / "0221 …"), as a portal's menu prints its
      // desk; looked at once per line.
      const labelAbove = bare && (deskAbove ??= PLATFORM_LABEL_LINE.test(previous));
      if (labelAbove || this.platformLabelled(`${label} ${before}`)) {
        // Noted for the rest of the page only where the label names this one number: right before
        // it, and the run is one number ("客服电话：400-100-1111"); not "HOTLINE + zalo: 035… – 0888…",
        // a seller's own two lines, nor "Kontakt zu Technical Support sind u.a. 0711 …", a firm's name.
        const digits = run[0].replace(/\D/g, '');
        if (digits.length >= PLATFORM_DIGITS && digits.length <= 13 && (labelAbove || PLATFORM_LABEL_RIGHT_BEFORE.test(before))) {
          this.found.platformLabelledDigits.add(digits.slice(-PLATFORM_DIGITS));
        }
        continue;
      }
      const labelled =
        hasPhoneLabel(`${label} ${before}`) || (bare && hasPhoneLabel(previous)) || labelledAfter(line, run.index + run[0].length);
      if ((pager ??= isPager(line))) return;
      const named = before.includes(':') ? COUNTRY_RIGHT_BEFORE.exec(before) : null;
      this.runCountry = named ? (countryNamed(named[1]!) ?? null) : null;
      this.scanRun(line, run.index, run[0], origin, label, labelled);
      this.runCountry = null;
    }
  }

  private scanRun(line: string, at: number, run: string, origin: string, label: string, labelled: boolean): void {
    if (DOTTED_PATH.test(run)) return;
    const groups: Group[] = [];
    GROUP.lastIndex = 0;
    for (let g = GROUP.exec(run); g; g = GROUP.exec(run)) {
      groups.push({ start: g.index, end: g.index + g[0].length, digits: digitCount(g[0]), lead: g[0][0]! });
    }
    // A country code written without its "+" before a bracketed area code ("64 (6) 759 1234",
    // "61 (2) 9876 5432": a New Zealand or an Australian dealer's line on a US directory): the
    // whole run is that country's number, not a national one whose digits happen to add up
    // ("6467591234" is a valid US number). Where the run is no number so (the first group is a
    // trunk prefix: "8 (916) 482-37-15" in Russia), it is read as before.
    if (groups.length >= 3 && groups[0]!.lead !== '+' && groups[0]!.lead !== '0' && groups[0]!.digits <= 3 && groups[1]!.lead === '(' && !/^\(\+/.test(run.slice(groups[1]!.start))) {
      const value = this.valid(`+${run.slice(groups[0]!.start, groups[groups.length - 1]!.end)}`);
      if (value !== undefined) {
        this.found.addNormalised('phone', value, origin);
        return;
      }
    }
    let i = 0;
    while (i < groups.length) {
      let taken = 0;
      // The rest of a list after such a number, written without the area code, is read with it
      // first ("oder 88459389" alone would be read as a number of its own).
      if (this.area && this.listedAfterArea(line, at + groups[i]!.start)) {
        const area = this.area;
        for (let j = groups.length; j > i && taken === 0; j--) {
          let digits = 0;
          for (let k = i; k < j; k++) digits += groups[k]!.digits;
          if (digits < 5 || groups[i]!.lead === '0' || groups[i]!.lead === '(' || groups[i]!.lead === '+') break;
          const value = this.valid(`${area.text} ${run.slice(groups[i]!.start, groups[j - 1]!.end)}`);
          if (value === undefined) continue;
          this.found.addNormalised('phone', value, origin);
          this.area = { text: area.text, end: at + groups[j - 1]!.end };
          taken = j - i;
        }
      }
      // Longest first: "2019 912 34 567" tries the year-led spans, fails, then "912 34 567".
      for (let j = groups.length; j > i && taken === 0; j--) {
        let digits = 0;
        let breaks = false;
        for (let k = i; k < j; k++) {
          if (k > i && groups[k]!.lead === '+') breaks = true;
          // "04521 555946 - 0160 5553927": a second national number after a spaced dash or slash,
          // its trunk 0 first and a number's digits in it; not a switchboard's "… 55 59 – 0".
          if (k > i && groups[k]!.lead === '0' && SPACED_MARK.test(run.slice(groups[k - 1]!.end, groups[k]!.start)) && digitsFrom(groups, k) >= MIN_DIGITS) breaks = true;
          // "02841 555260 0157 555 31 208": two numbers, each with its trunk "0" and a whole national
          // number's length (SIDE_BY_SIDE_MIN), side by side with a space between (two call links
          // in a row, their texts run together); not "0711 555 0142" or "0800 0005 512", whose "0"
          // group closes one number, nor "0117 555 0142 / 0117 555 0143" at its inner "0142".
          if (k > i && groups[k]!.lead === '0' && groups[i]!.lead === '0' && groups[k]!.digits >= 3 && digits >= SIDE_BY_SIDE_MIN && digitsFrom(groups, k) >= SIDE_BY_SIDE_MIN) breaks = true;
          digits += groups[k]!.digits;
        }
        if (breaks || digits < MIN_DIGITS || digits > 17) continue;
        const start = groups[i]!.start;
        // "(+371) 21234567": libphonenumber reads a country code only outside brackets.
        const written = run.slice(start, groups[j - 1]!.end);
        const candidate = written.charCodeAt(1) === 43 /* "(+" */ ? written.replace(')', ' ').slice(1) : written;
        // A bare run of digits ("284751936") with no "+", no trunk "0" and no separator is what
        // ids, prices and counters look like: it is a phone only after a phone label, or alone on
        // a line of an ad's body in the page data (perhaps beside a capitalised name: "937461205
        // Anna", as sellers end an ad's text) where the country writes no trunk prefix, and then
        // only a mobile number. Not an attribute's or a field's whole value, which is a bare run
        // as ids are ("data-item=\"214839507\""), nor one of a column of such runs ("601482936" /
        // "601482937" / …, a list of ids).
        const bareRun = !labelled && /^[1-9]\d*$/.test(candidate);
        if (bareRun && !(i === 0 && j === groups.length && BODY_ORIGINS.has(origin) && !this.besideBare && standsAlone(line, at, run))) continue;
        const value = this.valid(candidate);
        if (value === undefined) continue;
        if (bareRun && (this.lacksTrunkPrefix(candidate, value) || !isMobile(value))) continue;
        // Two groups of five digits ("21455-50147", a parts catalogue's part number) are no North
        // American number, which is written 3-3-4 (or 3-7) from its area code.
        if (j - i === 2 && groups[i]!.digits === 5 && groups[i + 1]!.digits === 5 && value.startsWith('+1') && /^\d/.test(candidate)) continue;
        // A run that opens with an area code in brackets ("(29) 613-27-45", as Belarusians write
        // their mobile numbers without the trunk "8 0") is a number's shape, not a year's and a
        // mileage's; not the tail of a longer run ("64 (800) 123 456": a country code before it).
        if (!labelled && !(i === 0 && BRACKETED_AREA.test(candidate)) && this.lacksTrunkPrefix(candidate, value)) continue;
        if (start === 0 || !labelledAsOther(`${label} ${contextBefore(line, at + start)}`)) this.found.addNormalised('phone', value, origin);
        taken = j - i;
        // "(0299) 512-3407": a trunk-prefixed area code, then the subscriber's number.
        const first = groups[i]!;
        this.area = j - i >= 2 && (first.lead === '(' || first.lead === '0') && first.digits >= 2 && first.digits <= 5
          ? { text: run.slice(first.start, first.end).replace(/[()]/g, ''), end: at + groups[j - 1]!.end }
          : undefined;
        break;
      }
      // A run that opens with a trunk prefix ("0176 47332837") is one national number: if it
      // is not valid here, its tail is not another number.
      if (taken === 0 && i === 0 && groups[0]!.lead === '0') break;
      // So is one that opens with its country code ("+49 1512 05550101", a digit too many): its tail
      // ("055 50101", a shorter national number's shape) is no number of its own. A second number
      // with its own "+" after it still is.
      if (taken === 0 && groups[i]!.lead === '+') {
        let next = i + 1;
        while (next < groups.length && groups[next]!.lead !== '+') next++;
        i = next;
        continue;
      }
      i += taken || 1;
    }
  }
}
