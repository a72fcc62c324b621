/**
 * Errors of the shared crypto area (index keys, blind indexes). Each names what the runtime
 * should do next (ARCHITECTURE.md decision 11) in `classification`, and sets `name` explicitly:
 * SQS batch handling and Step Functions Retry/Catch match on it.
 *
 * Messages carry tenant ids, table names and versions only: never keys, hashes or values.
 */
export type ErrorClassification = 'transient' | 'permanent' | 'poison';

export abstract class IndexKeyError extends Error {
  abstract readonly classification: ErrorClassification;
  /** The tenant id, or `platform` for the suppression list's key. */
  readonly tenantId: string;
  constructor(message: string, tenantId: string, options?: { cause?: unknown }) {
    super(message, options);
    this.tenantId = tenantId;
  }
}

/**
 * The wrapped index key is not where it must be. Index keys are created only by provisioning
 * (`npx adwarden provision`); at run time a missing key fails closed: silently creating a new
 * one would make every suppression hash (platform key) or every index entry and ad id (tenant
 * key) stop matching, so an erased person would be collected again. Poison: the message goes
 * to the dead-letter queue and can be redriven once the key item is restored.
 */
export class IndexKeyMissingError extends IndexKeyError {
  override readonly name = 'IndexKeyMissingError';
  readonly classification = 'poison';
  constructor(tenantId: string, where: string, options?: { cause?: unknown }) {
    super(
      `index key of ${tenantId === 'platform' ? 'the platform (suppression list)' : `tenant ${tenantId}`} is missing from ${where}; ` +
        'refusing to create one at run time (it would silently stop matching existing hashes). ' +
        'Restore the key item from a backup; only provisioning (npx adwarden provision) creates index keys',
      tenantId,
      options,
    );
  }
}

/**
 * The stored index key was made for another normaliser (or key) version than this code
 * uses: hashes computed now would not meet the stored ones. Fails closed until the data is
 * migrated (docs/operations/key-rotation.md). Poison, as above.
 */
export class IndexVersionMismatchError extends IndexKeyError {
  override readonly name = 'IndexVersionMismatchError';
  readonly classification = 'poison';
}

/**
 * Provisioning refuses to create an index key for a table that already holds indexed data:
 * the key was lost, and a new one would orphan the data. Restore the key item instead, or
 * follow the rotation procedure. Permanent: retrying does not help.
 */
export class IndexKeyProvisioningError extends IndexKeyError {
  override readonly name = 'IndexKeyProvisioningError';
  readonly classification = 'permanent';
}

/** The key service returned something that is not a usable 32-byte key. Poison. */
export class IndexKeyCorruptError extends IndexKeyError {
  override readonly name = 'IndexKeyCorruptError';
  readonly classification = 'poison';
}
