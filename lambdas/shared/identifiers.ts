/**
 * The identifier kinds adwarden collects and the shape of one finding. Shared by extraction,
 * storage, search and erasure, so it lives with the domain (no AWS imports).
 */
export const IDENTIFIER_KINDS = ['phone', 'email', 'vin', 'plate', 'name', 'nickname', 'address'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Where on a page a value came from, e.g. "json-ld:seller.telephone", "text", "attr:href", "rule:.seller-name". */
export type FindingOrigin = string;

export interface Finding {
  readonly kind: IdentifierKind;
  /** The normalised value (ARCHITECTURE.md decision 3). Personal data: never log it. */
  readonly value: string;
  readonly origin: FindingOrigin;
}
