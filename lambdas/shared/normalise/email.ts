import { cleanText } from './text.js';

/*
 * Shape check only (no MX look-up: normalising must be pure and fast). Unicode letters are
 * allowed in both parts (RFC 6531), quoted local parts and IP-literal domains are not: nobody
 * publishes those in an ad, and accepting them would let page junk through.
 */
const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** E-mail -> trimmed, NFKC, lower-case; undefined unless it has the shape local@domain.tld. */
export function normaliseEmail(raw: string): string | undefined {
  const text = cleanText(raw).toLowerCase();
  if (text.length > 254) return undefined;
  const at = text.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local) || labels.length < 2) return undefined;
  if (!labels.every((l) => LABEL.test(l)) || !TLD.test(labels[labels.length - 1]!)) return undefined;
  return `${local}@${labels.join('.')}`;
}
