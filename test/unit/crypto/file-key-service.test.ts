import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileKeyService, FileKeyServiceError } from '../../../lambdas/adapters/local/file-key-service.js';
import { tempDir } from './helpers.js';

const ctx = { tenant: 'tenant-a', purpose: 'field' };

describe('FileKeyService (local KMS stand-in)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let path: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    path = join(dir, 'nested', 'keys.json');
  });
  afterEach(async () => cleanup());

  it('generates 32-byte data keys and unwraps them with the same key id and context', async () => {
    const keys = new FileKeyService(path);
    const { plaintext, ciphertext } = await keys.generateDataKey('alias/a', ctx);
    expect(plaintext).toHaveLength(32);
    expect(ciphertext).toHaveLength(61);
    expect(Buffer.from(ciphertext).includes(Buffer.from(plaintext))).toBe(false);
    // Context key order does not matter (canonical, sorted).
    expect(Buffer.from(await keys.decrypt('alias/a', ciphertext, { purpose: 'field', tenant: 'tenant-a' }))).toEqual(Buffer.from(plaintext));
  });

  it('fails like KMS on a wrong context, a wrong key id, tampering and an unknown key', async () => {
    const keys = new FileKeyService(path);
    const { ciphertext } = await keys.generateDataKey('alias/a', ctx);
    await keys.generateDataKey('alias/b', ctx);
    const invalid = { name: 'InvalidCiphertextException' };
    await expect(keys.decrypt('alias/a', ciphertext, { ...ctx, tenant: 'tenant-b' })).rejects.toMatchObject(invalid);
    await expect(keys.decrypt('alias/a', ciphertext, { ...ctx, extra: 'x' })).rejects.toMatchObject(invalid);
    await expect(keys.decrypt('alias/a', ciphertext, { tenant: 'tenant-a' })).rejects.toMatchObject(invalid);
    await expect(keys.decrypt('alias/b', ciphertext, ctx)).rejects.toMatchObject(invalid);
    const tampered = Uint8Array.from(ciphertext);
    tampered[20] = tampered[20]! ^ 1;
    await expect(keys.decrypt('alias/a', tampered, ctx)).rejects.toMatchObject(invalid);
    await expect(keys.decrypt('alias/a', ciphertext.subarray(1), ctx)).rejects.toMatchObject(invalid);
    await expect(keys.decrypt('alias/unknown', ciphertext, ctx)).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('creates the key file with mode 0600 and one 32-byte master key per key id, on first use', async () => {
    const keys = new FileKeyService(path);
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
    await keys.generateDataKey('alias/a', ctx);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await keys.generateDataKey('alias/b', ctx);
    await keys.generateDataKey('alias/a', ctx);
    const file = JSON.parse(await readFile(path, 'utf8')) as { format: string; keys: Record<string, string> };
    expect(file.format).toBe('adwarden-local-kms/v1');
    expect(Object.keys(file.keys).sort()).toEqual(['alias/a', 'alias/b']);
    for (const key of Object.values(file.keys)) expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('persists keys: another instance (a restart) unwraps what the first wrapped', async () => {
    const { plaintext, ciphertext } = await new FileKeyService(path).generateDataKey('alias/a', ctx);
    expect(Buffer.from(await new FileKeyService(path).decrypt('alias/a', ciphertext, ctx))).toEqual(Buffer.from(plaintext));
  });

  it.skipIf(process.platform === 'win32')('refuses a key file readable by group or others (0644) with a clear error', async () => {
    await new FileKeyService(path).generateDataKey('alias/a', ctx);
    await chmod(path, 0o644);
    const error = await new FileKeyService(path).generateDataKey('alias/a', ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileKeyServiceError);
    expect(error).toMatchObject({ name: 'InsecureKeyFile', code: 'InsecureKeyFile' });
    expect((error as Error).message).toContain('0644');
    expect((error as Error).message).toContain('chmod 600');
    expect((error as Error).message).toContain(path);
    await chmod(path, 0o640);
    await expect(new FileKeyService(path).decrypt('alias/a', new Uint8Array(61), ctx)).rejects.toMatchObject({ name: 'InsecureKeyFile' });
  });

  it('refuses a corrupt key file', async () => {
    await new FileKeyService(path).generateDataKey('alias/a', ctx);
    await writeFile(path, '{"format":"something-else","keys":{}}', { mode: 0o600 });
    await expect(new FileKeyService(path).generateDataKey('alias/a', ctx)).rejects.toMatchObject({ name: 'CorruptKeyFile' });
  });

  it('takes over at once a lock left by a killed process, but waits for a live owner', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdir } = await import('node:fs/promises');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // has exited: its pid is free
    await mkdir(join(dir, 'nested'), { recursive: true });
    await writeFile(`${path}.lock`, String(dead));
    const keys = new FileKeyService(path, { lockTimeoutMs: 2_000, staleLockMs: 60_000 });
    expect((await keys.generateDataKey('alias/a', ctx)).plaintext).toHaveLength(32);
    await writeFile(`${path}.lock`, String(process.pid)); // a live owner (this process)
    const blocked = new FileKeyService(path, { lockTimeoutMs: 300, staleLockMs: 60_000 });
    await expect(blocked.generateDataKey('alias/b', ctx)).rejects.toMatchObject({ name: 'KeyFileLockTimeout' });
  });

  it('does not lose keys when several instances create key ids at the same time', async () => {
    const instances = Array.from({ length: 4 }, () => new FileKeyService(path));
    const wrapped = await Promise.all(
      instances.flatMap((keys, i) => ['alias/shared', `alias/own-${i}`].map(async (id) => ({ id, dk: await keys.generateDataKey(id, ctx) }))),
    );
    const fresh = new FileKeyService(path);
    for (const { id, dk } of wrapped) {
      expect(Buffer.from(await fresh.decrypt(id, dk.ciphertext, ctx))).toEqual(Buffer.from(dk.plaintext));
    }
    const file = JSON.parse(await readFile(path, 'utf8')) as { keys: Record<string, string> };
    expect(Object.keys(file.keys)).toHaveLength(5);
  });
});
