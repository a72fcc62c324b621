/**
 * Migration of stored envelopes from format v1 (AAD bound to the PHYSICAL table name) to v2
 * (bound to the stable logical name `tenant:<tenantId>`), issue 10 point 6. After it, a
 * DynamoDB restore, which always creates a table with a new name, decrypts as it is.
 *
 * Idempotent and safe to interrupt: v2 items are skipped; each v1 item is replaced only if its
 * envelope is still the one read (a concurrent writer wins), so running it again finishes the job.
 * No AWS import: the table is reached through `AdFieldsStore`.
 */
import { DecryptionError, FieldCipher } from './field-cipher.js';

/** The ad items of one tenant table, as the migration needs them. */
export interface AdFieldsStore {
  /** Every ad item's id and envelope, page by page. */
  adFields(): AsyncIterable<{ readonly adId: string; readonly fields: string }>;
  /** Replaces `fields` if it is still `expected`; false when someone changed it meanwhile. */
  replaceFields(adId: string, expected: string, next: string): Promise<boolean>;
}

export interface AadMigrationReport {
  readonly scanned: number;
  readonly migrated: number;
  readonly alreadyCurrent: number;
  /** Changed by someone else between read and write (left as they are: rerun to check). */
  readonly raced: number;
  /** v1 envelopes that did not decrypt under `boundTable` (wrong table name given, or tampered). */
  readonly failed: number;
}

export async function migrateAad(
  store: AdFieldsStore,
  cipher: FieldCipher,
  opts: { readonly tenantId: string; readonly boundTable: string },
): Promise<AadMigrationReport> {
  let scanned = 0;
  let migrated = 0;
  let alreadyCurrent = 0;
  let raced = 0;
  let failed = 0;
  for await (const { adId, fields } of store.adFields()) {
    scanned++;
    if (!FieldCipher.isLegacy(fields)) {
      alreadyCurrent++;
      continue;
    }
    let next: string;
    try {
      next = (await cipher.migrateEnvelope(fields, { tenantId: opts.tenantId, table: opts.boundTable, recordId: adId })).envelope;
    } catch (e) {
      if (e instanceof DecryptionError) {
        failed++;
        continue;
      }
      throw e;
    }
    if (await store.replaceFields(adId, fields, next)) migrated++;
    else raced++;
  }
  return { scanned, migrated, alreadyCurrent, raced, failed };
}
