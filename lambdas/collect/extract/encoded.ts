/**
 * Phone numbers a page hides from harvesters by Base64-encoding them ("data-p" on a "Show
 * number" button, "phone": "KzM1MyA4NyAxMjMgNDU2Nw==" in page data); the page's script decodes
 * them on a click. Only a value that decodes to a number as people dial it is taken.
 */

/** Base64 of 8 to 40 bytes, padded as encoders pad it (its length a multiple of four). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4}){3,13}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** A number as dialled: an optional "tel:", digits and the separators people write, 7 digits at least. */
const DIALLED = /^(?:tel:)?\+?[\d ()./-]{7,24}$/;

/**
 * The phone number `value` encodes, or undefined. `named`: the attribute or key says it holds a
 * phone ("data-phone"); otherwise (a bare "data-p") the decoded text must be written as a number
 * is dialled, with a "+", a trunk "0" or separators, not as one run of digits: Base64 ids
 * ("MTIzNDU2Nzg5" is "123456789") are common, numbers written so are not.
 */
export function decodedPhone(value: string, named = false): string | undefined {
  if (value.length < 12 || value.length > 56 || !BASE64.test(value)) return undefined;
  let text: string;
  try {
    // atob, not Buffer: the same in every runtime; it throws on what is not Base64.
    text = atob(value);
  } catch {
    return undefined;
  }
  if (!DIALLED.test(text)) return undefined;
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
  if (digits < 7 || digits > 15) return undefined;
  const number = text.replace(/^tel:/, '');
  if (!named && !/^(?:\+|0)/.test(number) && !/\d[ ()./-]+\d/.test(number)) return undefined;
  return number;
}

/**
 * The mailbox a TYPO3 site's mail link hides by shifting its characters ("javascript:
 * linkTo_UnCryptMailto('nbjmup+mfob/nbsufoAxfoefmm/fybnqmf');", or since TYPO3 11
 * "<a data-mailto-token='nbjmup+…' data-mailto-vector='1'>"): the CMS's own script shifts each
 * character back within its range ("+" to ":", "@" to "Z", "a" to "z") by the site's configured
 * amount, one to ten either way, on a click. Written here as TYPO3's script does it (no package
 * decodes it); the amount is the one that turns the text into "mailto:". Undefined when none does.
 */
export function decodeShiftedMailto(token: string): string | undefined {
  if (token.length < 12 || token.length > 200) return undefined;
  for (let offset = -10; offset <= 10; offset++) {
    if (offset === 0 || shiftedChar(token.charCodeAt(0), offset) !== 'm' || shiftedChar(token.charCodeAt(6), offset) !== ':') continue;
    let out = '';
    for (let i = 0; i < token.length; i++) out += shiftedChar(token.charCodeAt(i), offset);
    if (out.startsWith('mailto:')) return out.slice(7).split('?')[0];
  }
  return undefined;
}

/** The character `n` shifted by `offset` within its range, as TYPO3's decryptCharcode shifts it; other characters stay. */
function shiftedChar(n: number, offset: number): string {
  const range = n >= 0x2b && n <= 0x3a ? [0x2b, 0x3a] : n >= 0x40 && n <= 0x5a ? [0x40, 0x5a] : n >= 0x61 && n <= 0x7a ? [0x61, 0x7a] : undefined;
  if (!range) return String.fromCharCode(n);
  const [start, end] = range as [number, number];
  const size = end - start + 1;
  return String.fromCharCode(start + ((((n - start + offset) % size) + size) % size));
}

/** The shifted text in a TYPO3 mail link's address ("javascript:linkTo_UnCryptMailto('…')", its quotes as written or URL-encoded). */
const UNCRYPT_CALL = /UnCryptMailto\(\s*(?:%27|%22|['"])(.*?)(?:%27|%22|['"])/;

/** The shifted mailbox of a TYPO3 mail link's address, its script's escapes ("\/") undone; undefined when the address holds none. */
export function shiftedMailtoOfLink(href: string): string | undefined {
  const m = UNCRYPT_CALL.exec(href);
  return m ? decodeShiftedMailto(m[1]!.replace(/\\(.)/g, '$1')) : undefined;
}
