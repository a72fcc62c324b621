import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory per test; remove it with the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'adwarden-crypto-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

import { createCipheriv, randomBytes } from 'node:crypto';
import type { KeyService } from '../../../lambdas/shared/crypto/key-service.js';

/**
 * The envelope writer as it was before issue 10 point 6 (format v1: the PHYSICAL table name
 * in the AAD), kept here to produce data "written with the old binding" for migration tests.
 */
export async function legacyV1Envelope(
  keys: KeyService,
  keyId: string,
  aad: { tenantId: string; table: string; recordId: string },
  plaintext: string,
): Promise<string> {
  const { plaintext: dataKey, ciphertext } = await keys.generateDataKey(keyId, { tenant: aad.tenantId, purpose: 'field' });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(JSON.stringify(['adwarden.field', 'v1', aad.tenantId, aad.table, aad.recordId]), 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `v1.${Buffer.from(ciphertext).toString('base64url')}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}
