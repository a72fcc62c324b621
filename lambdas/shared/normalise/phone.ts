import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cleanText, countryCode } from './text.js';

/**
 * The value with a no-break space's entity that a page escaped twice ("(030)&amp;nbsp;5550142" in
 * a meta tag, read once as "(030)&nbsp;5550142") turned back into a space: without it, the area
 * code is cut off from the number.
 */
export function withEscapedSpaces(text: string): string {
  return text.includes('&') ? text.replace(ESCAPED_SPACE, ' ') : text;
}
const ESCAPED_SPACE = /&(?:nbsp|#160|#x0*a0);/gi;

/**
 * Brazil's old way to write an area code with the long-distance carrier's two digits left to the
 * caller ("(0xx11) 3555-…", "0XX21 …"): the area code with its trunk 0, "(011) 3555-…".
 */
export function withoutCarrierPlaceholder(text: string): string {
  return CARRIER_HINT.test(text) ? text.replace(CARRIER_PLACEHOLDER, '0$1') : text;
}
const CARRIER_PLACEHOLDER = /(?<![\p{L}\d])0xx(\d{2})(?!\d)/giu;
const CARRIER_HINT = /0xx/i;
const APOSTROPHE_GROUPS = /\d['’]\d/;
const APOSTROPHE_GROUP = /(?<=\d)['’](?=\d)/g;

/** A call link's digits alone, no "+", "00" or trunk "0" before them. */
const CALL_LINK_DIGITS = /^[1-9][\d\s().-]{7,}$/;

/**
 * Phone -> E.164 ("+4791234567"), or undefined when the number is not valid.
 *
 * Full ("max") metadata, because the default metadata only checks lengths: it would accept an
 * ad id such as 284751936 as a Norwegian number, and the validity test is what keeps decoys out.
 * The whole input must be one number (`extract: false`); finding numbers in running text is the
 * extractor's job, where the surrounding words are known.
 */
export function normalisePhone(raw: string, country: string): string | undefined {
  let text = cleanText(withoutCarrierPlaceholder(withEscapedSpaces(raw)));
  const link = /^tel:/i.test(text);
  // RFC 3966 URIs from tel: links; the library only understands them with extract on.
  text = text.replace(/^tel:/i, '').split(';')[0]!.trim();
  if (text.length < 3 || text.length > 40 || !/\d/.test(text)) return undefined;
  // A country code in brackets ("(+33) 06 12 34 56 78", as French and Italian sites print a
  // seller's line): the library reads a country code only outside them, and then itself drops
  // the trunk 0 where the country's numbers have none ("+33 06…" is +33 6…; "+39 06…" keeps it).
  text = text.replace(/^\(\+(\d{1,3})\)\s*/, '+$1 ');
  // Swiss offices' apostrophes between groups ("021 555'10'10"), which the library does not
  // take for punctuation.
  if (APOSTROPHE_GROUPS.test(text)) text = text.replace(APOSTROPHE_GROUP, ' ');
  const cc = countryCode(country);
  const defaultCountry = cc && isSupportedCountry(cc) ? cc : undefined;
  // "1-866-555-0142": North America's country code and plan, whatever the page's country, where
  // some countries' plans would take the digits for a national number without its trunk 0.
  if (defaultCountry !== 'US' && NANP_WRITTEN.test(text.trim())) return northAmerican(text);
  // A call link that gives the country's code without its "+" ("tel:4915555031122" on a German
  // site whose text reads "01555 5031122"): the international number, where it is a valid one of
  // that country (a national number of the same digits, a Norwegian "tel:47912345", is too short
  // to read so).
  if (link && defaultCountry && CALL_LINK_DIGITS.test(text)) {
    const intl = parsePhoneNumberFromString(`+${text.replace(/\D/g, '')}`);
    if (intl?.isValid() && intl.country === defaultCountry && text.replace(/\D/g, '').startsWith(intl.countryCallingCode)) return intl.number;
  }
  const parsed = parsePhoneNumberFromString(text, { defaultCountry, extract: false });
  if (!parsed?.isValid()) {
    if (defaultCountry === 'AR') return buenosAires(text);
    return mexicanMobileOne(text, defaultCountry) ?? northAmerican(text) ?? bracketedCountryCode(text) ?? (defaultCountry === 'PL' ? polishFormerTrunk(text, link) : undefined);
  }
  return parsed.number;
}

/**
 * A Mexican mobile with the "1" that Mexico's plan dropped in 2019 between the country code and the
 * number ("+52 1 55 5012 3456", "521 5550123456"): WhatsApp's links and the sites that copy them
 * still write it, and people type it so. The number without it, where that is a valid Mexican one.
 * The library's metadata no longer knows the form.
 */
function mexicanMobileOne(text: string, defaultCountry: string | undefined): string | undefined {
  const m = MEXICAN_MOBILE_ONE.exec(text.trim());
  // Without its "+", only on a Mexican page and set apart ("52 1 55…"): a bare run of 13 digits
  // is an id as often.
  if (!m || (!m[1] && (defaultCountry !== 'MX' || !/[\s.()-]/.test(text.trim())))) return undefined;
  const rest = m[2]!.replace(/\D/g, '');
  if (rest.length !== 10) return undefined;
  const parsed = parsePhoneNumberFromString(`+52${rest}`);
  return parsed?.isValid() && parsed.country === 'MX' ? parsed.number : undefined;
}
const MEXICAN_MOBILE_ONE = /^(\+|00)?\s*52[\s.-]*1[\s.-]*(\(?\d{2,3}\)?(?:[\s.-]*\d){7,8})$/;

/**
 * A Polish number written with the trunk 0 that Poland's plan dropped in 2005 and businesses still
 * print ("0 15 555 32 40", "(0-15) 555 32 40", "(015) 555 32 40", a call link's "tel:0155553240"):
 * the nine digits after it. Written so, the area code set apart by a space or a bracket, or in a
 * call link; a bare run of ten digits in the text is an id as often.
 */
function polishFormerTrunk(text: string, link: boolean): string | undefined {
  const t = text.trim();
  if (!(link ? /^0\d{9}$/.test(t.replace(/[\s().-]/g, '')) : FORMER_TRUNK.test(t))) return undefined;
  const parsed = parsePhoneNumberFromString(t.replace(/\D/g, '').slice(1), { defaultCountry: 'PL', extract: false });
  return parsed?.isValid() ? parsed.number : undefined;
}
const FORMER_TRUNK = /^(?:0[ -]?\d{2}[ )]|\(0[ -]?\d{2}\)|0 \d{2}[ -])[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}$/;

/**
 * A country code in brackets without its "+" ("( 86 ) 755-8555-0142", "(49) 30 5550142", "( 852 )
 * 2555 3057"), as firms print their offices abroad: read as that country's number where the page's
 * country's plan has no such number (an area code in brackets, "(030) …", "(11) 9…", is read by that
 * plan first). A code of three digits only with spaces inside the brackets.
 */
function bracketedCountryCode(text: string): string | undefined {
  const m = BRACKETED_CODE.exec(text.trim());
  // Three digits in brackets with no space inside are a North American area code as often ("(201)
  // 555-0123"), which the page's other plans read (the phone finder's fallback countries).
  if (!m || (m[1]!.length === 3 && !m[0].startsWith('( '))) return undefined;
  const parsed = parsePhoneNumberFromString(`+${m[1]} ${m[2]}`, { extract: false });
  return parsed?.isValid() ? parsed.number : undefined;
}
const BRACKETED_CODE = /^\(\s*([1-9]\d{0,2})\s*\)\s*(\d[\d\s./-]*\d)$/;

/**
 * A North American number as firms abroad print their line for American callers, invalid in the
 * page's country: "1-866-555-0142", "1-(866)-555-0142", "1 (212) 555-0142" (the country code 1 and
 * ten digits, grouped 3-3-4 with separators), or a toll-free number without it ("866-555-0142",
 * "(800) 555 0142"), whose codes (800, 833, 844, 855, 866, 877, 888) are North America's alone.
 * Read as dialled in the US (the library places the number in the plan's country it belongs to).
 */
function northAmerican(text: string): string | undefined {
  const t = text.trim();
  if (!NANP_WRITTEN.test(t) && !NANP_TOLL_FREE.test(t)) return undefined;
  const parsed = parsePhoneNumberFromString(t.replace(/^\+?1(?=[ .-])/, ''), { defaultCountry: 'US', extract: false });
  return parsed?.isValid() ? parsed.number : undefined;
}
const NANP_WRITTEN = /^\+?1[ .-]\(?[2-9]\d{2}\)?[ .-]\d{3}[ .-]\d{4}$/;
const NANP_TOLL_FREE = /^\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?\d{3}[ .-]\d{4}$/;

/**
 * An Argentine number written without its area code: only Buenos Aires' area (11) has 8-digit
 * subscriber numbers, so "15-6498-1234" (a mobile, "15" and eight digits) and "4321-5678" (a
 * landline of eight digits) can only be there, and the library, which needs the area code, is
 * given it. Other areas' numbers without their code stay unread (their code cannot be known).
 */
function buenosAires(text: string): string | undefined {
  // Written as such numbers are: "15-6498-1234", "15 64981234", "1564981234", "4321-5678", "43215678".
  const t = text.trim();
  const national = /^15[ .-]?\d{4}[ .-]?\d{4}$/.test(t)
    ? `11 15 ${t.replace(/\D/g, '').slice(2)}`
    : /^[2-7]\d{3}[ .-]?\d{4}$/.test(t)
      ? `11 ${t.replace(/\D/g, '')}`
      : undefined;
  if (national === undefined) return undefined;
  const parsed = parsePhoneNumberFromString(national, { defaultCountry: 'AR', extract: false });
  return parsed?.isValid() ? parsed.number : undefined;
}
