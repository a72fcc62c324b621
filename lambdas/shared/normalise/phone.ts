import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cleanText, countryCode } from './text.js';

/**
 * Phone -> E.164 ("+4791234567"), or undefined when the number is not valid.
 *
 * Full ("max") metadata, because the default metadata only checks lengths: it would accept an
 * ad id such as 284751936 as a Norwegian number, and the validity test is what keeps decoys out.
 * The whole input must be one number (`extract: false`); finding numbers in running text is the
 * extractor's job, where the surrounding words are known.
 */
export function normalisePhone(raw: string, country: string): string | undefined {
  let text = cleanText(raw);
  // RFC 3966 URIs from tel: links; the library only understands them with extract on.
  text = text.replace(/^tel:/i, '').split(';')[0]!.trim();
  if (text.length < 3 || text.length > 40 || !/\d/.test(text)) return undefined;
  const cc = countryCode(country);
  const defaultCountry = cc && isSupportedCountry(cc) ? cc : undefined;
  const parsed = parsePhoneNumberFromString(text, { defaultCountry, extract: false });
  if (!parsed?.isValid()) return undefined;
  return parsed.number;
}
