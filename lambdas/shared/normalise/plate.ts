import { cleanText, countryCode } from './text.js';

/**
 * Cyrillic plate letters that have a Latin twin. Ukrainian and Russian plates use only these;
 * sellers and sites write them in either script ("АА 1234 ВВ", "AA 1234 BB"), so the Latin
 * spelling is the one stored.
 */
export const CYRILLIC_TWIN: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', У: 'Y',
};

/**
 * Korean plates (KR): two or three digits (vehicle class), one Hangul syllable from the set the
 * state issues (private 가-주 series, commercial 아 바 사 자, rental 하 허 호, delivery 배) and four
 * digits ("12가3456", "123가4567"); older and commercial plates carry the province first
 * ("서울12가3456", "경기 70 아 1234", with a one- or two-digit class). Shared with the extractor, which
 * finds them in text with the same pieces.
 */
export const KR_PLATE_SYLLABLES = '가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자하허호배';
export const KR_PLATE_REGIONS = '서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주';
const KR_PLATE = new RegExp(`^(?:(?:${KR_PLATE_REGIONS})\\d{1,2}|\\d{2,3})[${KR_PLATE_SYLLABLES}]\\d{4}$`);
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;

/**
 * Plate -> "CC:" + upper-case letters and digits, e.g. "NO:AB12345", "DE:BAB1234", "UA:AA1234BB".
 * A value that already carries a country ("DE:B-AB 1234") keeps it, so normalising a stored
 * value again changes nothing. Letters outside A-Z stay (German district codes such as "TÜ");
 * Cyrillic letters with a Latin twin become that twin when the whole plate is made of such
 * letters and digits (a plate is never mixed-script, a Cyrillic word is not a plate). Korean plates
 * keep their Hangul syllable and province ("KR:12가3456", "KR:서울12가3456").
 */
export function normalisePlate(raw: string, country: string): string | undefined {
  let text = cleanText(raw).toUpperCase();
  let cc = countryCode(country);
  const prefixed = /^([A-Z]{2}):(.*)$/.exec(text);
  if (prefixed) {
    cc = prefixed[1];
    text = prefixed[2]!;
  }
  if (!cc) return undefined;
  let body = text.replace(/[\s\-‐‑–—.·•]/g, '');
  if (/^[0-9A-Z\u0400-\u04FF]+$/.test(body) && [...body].every((c) => c <= 'Z' || CYRILLIC_TWIN[c])) {
    body = body.replace(/[\u0400-\u04FF]/g, (c) => CYRILLIC_TWIN[c]!);
  }
  // Hangul is written only on Korean plates, and only in their shape ("12가3456", "서울12가3456"):
  // a Korean word or a price in 만원 is not a plate. (Such values normalised to nothing before,
  // so no stored value changes: NORMALISER_VERSION stays.)
  if (HANGUL.test(body)) return KR_PLATE.test(body) ? `${cc}:${body}` : undefined;
  if (!/^[\p{Lu}\p{N}]{2,10}$/u.test(body)) return undefined;
  return `${cc}:${body}`;
}
