/**
 * One normaliser per identifier kind (ARCHITECTURE.md decision 3). Extraction, blind indexes,
 * search and erasure all go through `normalise`, so a value found on a page and the same value
 * typed into a search or an erasure request meet as the same string.
 */
import type { IdentifierKind } from '../identifiers.js';
import { normaliseAddress } from './address.js';
import { normaliseEmail } from './email.js';
import { normaliseName, normaliseNickname } from './name.js';
import { normalisePhone } from './phone.js';
import { normalisePlate } from './plate.js';
import { normaliseVin } from './vin.js';

export { normaliseAddress } from './address.js';
export { normaliseEmail } from './email.js';
export { normaliseName, normaliseNickname } from './name.js';
export { normalisePhone } from './phone.js';
export { normalisePlate } from './plate.js';
export { hasValidVinCheckDigit, normaliseVin, VIN_CHECK_DIGIT_COUNTRIES } from './vin.js';
export { cleanText } from './text.js';

/**
 * The version of what `normalise` returns. Every blind-index hash and suppression entry
 * records it, and each index key item records the version its data was indexed with, so a
 * change here is detected (collection fails closed) instead of silently un-suppressing people.
 * Bump it whenever any normaliser may return a different string for the same input, and ship
 * the migration described in docs/operations/key-rotation.md.
 */
export const NORMALISER_VERSION = 1;

/**
 * The normalised form of `raw`, or undefined when it is not a valid identifier of that kind.
 * `country` is the source's ISO 3166-1 alpha-2 code: the default region for phones, the prefix
 * of plates and the switch for the VIN check digit.
 */
export function normalise(kind: IdentifierKind, raw: string, country: string): string | undefined {
  switch (kind) {
    case 'phone':
      return normalisePhone(raw, country);
    case 'email':
      return normaliseEmail(raw);
    case 'vin':
      return normaliseVin(raw, country);
    case 'plate':
      return normalisePlate(raw, country);
    case 'name':
      return normaliseName(raw);
    case 'nickname':
      return normaliseNickname(raw);
    case 'address':
      return normaliseAddress(raw);
  }
}
