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
