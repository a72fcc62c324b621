/**
 * The local stand-in for AWS KMS (ARCHITECTURE.md, local runtime: "no emulator exists").
 *
 * Master keys (32 random bytes per key id) live in one JSON file, created with mode 0600 on
 * first use of a key id. A key file that group or others can read or write is refused.
 * Data keys are wrapped with AES-256-GCM under the master key; the key id and the encryption
 * context (canonical, sorted by name) are the AAD, so a wrong key id or context fails like KMS
 * (InvalidCiphertextException).
 *
 * Wrapped data key (61 bytes): 0x01 || iv (12) || AES-GCM(data key) (32) || tag (16).
 * Key file: { "format": "adwarden-local-kms/v1", "keys": { "<keyId>": "<base64 32 bytes>" } }.
 *
 * Writers are serialised in-process and across processes (an exclusive "<file>.lock"), and the
 * file is replaced atomically (write a 0600 temp file, then rename), so two runtimes that create
 * keys at the same time cannot lose each other's keys. Never log the file's content.
 */
import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { open, mkdir, readFile, rename, stat, unlink, writeFile, chmod } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DATA_KEY_BYTES, type KeyService } from '../../shared/crypto/key-service.js';

export type FileKeyServiceErrorCode =
  | 'InvalidCiphertextException' // same name as the KMS exception: wrong key, context or tampered blob
  | 'NotFoundException' // unknown key id on decrypt
  | 'InsecureKeyFile' // the key file is accessible to group/others
  | 'CorruptKeyFile'
  | 'KeyFileLockTimeout';

export class FileKeyServiceError extends Error {
  override readonly name: FileKeyServiceErrorCode;
  constructor(readonly code: FileKeyServiceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = code;
  }
}

export interface FileKeyServiceOptions {
  /** How long to wait for another process's lock on the key file. Default 10 s. */
  readonly lockTimeoutMs?: number;
  /** A lock file older than this is considered abandoned and removed. Default 30 s. */
  readonly staleLockMs?: number;
}

const FILE_FORMAT = 'adwarden-local-kms/v1';
const BLOB_VERSION = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BLOB_BYTES = 1 + IV_BYTES + DATA_KEY_BYTES + TAG_BYTES;

export class FileKeyService implements KeyService {
  private readonly masterKeys = new Map<string, KeyObject>();
  private writeQueue: Promise<unknown> = Promise.resolve();
  private readonly lockTimeoutMs: number;
  private readonly staleLockMs: number;

  constructor(private readonly path: string, options: FileKeyServiceOptions = {}) {
    if (!path) throw new TypeError('FileKeyService: a key file path is required');
    this.lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
    this.staleLockMs = options.staleLockMs ?? 30_000;
  }

  async generateDataKey(keyId: string, context: Record<string, string>): Promise<{ plaintext: Uint8Array; ciphertext: Uint8Array }> {
    const aad = wrapAad(keyId, context);
    const master = await this.masterKey(keyId, true);
    const plaintext = randomBytes(DATA_KEY_BYTES);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', master, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    const ciphertext = Buffer.concat([Buffer.of(BLOB_VERSION), iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    const result = { plaintext: new Uint8Array(plaintext), ciphertext: new Uint8Array(ciphertext) };
    plaintext.fill(0);
    return result;
  }

  async decrypt(keyId: string, ciphertext: Uint8Array, context: Record<string, string>): Promise<Uint8Array> {
    const aad = wrapAad(keyId, context);
    const master = await this.masterKey(keyId, false);
    const blob = Buffer.from(ciphertext.buffer, ciphertext.byteOffset, ciphertext.byteLength);
    if (blob.length !== BLOB_BYTES || blob[0] !== BLOB_VERSION) {
      throw new FileKeyServiceError('InvalidCiphertextException', 'the ciphertext is not a data key wrapped by this key service');
    }
    try {
      const iv = blob.subarray(1, 1 + IV_BYTES);
      const body = blob.subarray(1 + IV_BYTES, blob.length - TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', master, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad);
      decipher.setAuthTag(blob.subarray(blob.length - TAG_BYTES));
      return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
    } catch (cause) {
      throw new FileKeyServiceError('InvalidCiphertextException', 'the key id or encryption context does not match the ciphertext, or it was tampered with', { cause });
    }
  }

  // --- master keys -----------------------------------------------------------------------

  private async masterKey(keyId: string, create: boolean): Promise<KeyObject> {
    const cached = this.masterKeys.get(keyId);
    if (cached) return cached;
    // Another process may have created it since we last read the file.
    this.remember(await this.readKeyFile());
    const loaded = this.masterKeys.get(keyId);
    if (loaded) return loaded;
    if (!create) throw new FileKeyServiceError('NotFoundException', `no master key with id ${JSON.stringify(keyId)} in the local key file`);
    await this.serialised(() => this.withFileLock(async () => {
      const keys = await this.readKeyFile();
      if (!keys.has(keyId)) {
        keys.set(keyId, randomBytes(DATA_KEY_BYTES));
        await this.writeKeyFile(keys);
      }
      this.remember(keys);
    }));
    const created = this.masterKeys.get(keyId);
    if (!created) throw new Error('FileKeyService: master key vanished after creation');
    return created;
  }

  private remember(keys: Map<string, Buffer>): void {
    for (const [id, bytes] of keys) {
      if (!this.masterKeys.has(id)) this.masterKeys.set(id, createSecretKey(bytes));
    }
  }

  /** Reads and checks the key file; an absent file is an empty key set. */
  private async readKeyFile(): Promise<Map<string, Buffer>> {
    let handle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new FileKeyServiceError('CorruptKeyFile', `key file ${this.path} is not a regular file`);
      this.checkMode(info.mode);
      let parsed: unknown;
      try {
        parsed = JSON.parse(await handle.readFile('utf8'));
      } catch (cause) {
        throw new FileKeyServiceError('CorruptKeyFile', `key file ${this.path} is not valid JSON`, { cause });
      }
      const file = parsed as { format?: unknown; keys?: unknown };
      if (file?.format !== FILE_FORMAT || typeof file.keys !== 'object' || file.keys === null || Array.isArray(file.keys)) {
        throw new FileKeyServiceError('CorruptKeyFile', `key file ${this.path} is not an ${FILE_FORMAT} key file`);
      }
      const keys = new Map<string, Buffer>();
      for (const [id, value] of Object.entries(file.keys as Record<string, unknown>)) {
        const bytes = typeof value === 'string' ? Buffer.from(value, 'base64') : undefined;
        if (!bytes || bytes.length !== DATA_KEY_BYTES) {
          throw new FileKeyServiceError('CorruptKeyFile', `key file ${this.path} has a malformed key for id ${JSON.stringify(id)}`);
        }
        keys.set(id, bytes);
      }
      return keys;
    } finally {
      await handle.close();
    }
  }

  private checkMode(mode: number): void {
    if (process.platform === 'win32') return; // POSIX modes do not apply there
    if ((mode & 0o077) !== 0) {
      const octal = (mode & 0o777).toString(8).padStart(4, '0');
      throw new FileKeyServiceError(
        'InsecureKeyFile',
        `refusing key file ${this.path}: its mode is ${octal}, so group/others can access the master keys; ` +
          `it must be 0600 (run: chmod 600 ${JSON.stringify(this.path)})`,
      );
    }
  }

  private async writeKeyFile(keys: Map<string, Buffer>): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const body = { format: FILE_FORMAT, keys: Object.fromEntries([...keys].map(([id, bytes]) => [id, bytes.toString('base64')])) };
    const temp = `${this.path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(body, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
      await chmod(temp, 0o600);
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }

  /** Runs writers of this instance one at a time. */
  private serialised<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeQueue.then(fn, fn);
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * Cross-process exclusion: "<file>.lock" created with O_EXCL, holding the owner's pid. A lock
   * whose owner is no longer running (a killed process) is removed at once; any other lock
   * expires after `staleLockMs`.
   */
  private async withFileLock<T>(fn: () => Promise<T>): Promise<T> {
    const lockPath = `${this.path}.lock`;
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const deadline = Date.now() + this.lockTimeoutMs;
    for (;;) {
      try {
        const handle = await open(lockPath, 'wx', 0o600);
        try {
          await handle.writeFile(String(process.pid));
        } finally {
          await handle.close();
        }
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const info = await stat(lockPath).catch(() => undefined);
        if (info && (Date.now() - info.mtimeMs > this.staleLockMs || (await ownerGone(lockPath)))) {
          await unlink(lockPath).catch(() => undefined);
          continue;
        }
        if (Date.now() > deadline) {
          throw new FileKeyServiceError('KeyFileLockTimeout', `timed out waiting for ${lockPath}; remove it if no other adwarden process is running`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
      }
    }
    try {
      return await fn();
    } finally {
      await unlink(lockPath).catch(() => undefined);
    }
  }
}

/** True when the lock file names a pid that no longer runs on this machine (its owner was killed). */
async function ownerGone(lockPath: string): Promise<boolean> {
  const text = await readFile(lockPath, 'utf8').catch(() => '');
  const pid = Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0) return false; // being written, or not ours: wait for expiry
  try {
    process.kill(pid, 0); // signal 0: existence check only
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** AAD for wrapping: format, key id and the encryption context sorted by name. */
function wrapAad(keyId: string, context: Record<string, string>): Buffer {
  if (typeof keyId !== 'string' || keyId.length === 0) throw new TypeError('FileKeyService: keyId is required');
  const entries = Object.entries(context ?? {});
  for (const [, value] of entries) {
    if (typeof value !== 'string') throw new TypeError('FileKeyService: encryption context values must be strings');
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Buffer.from(JSON.stringify([FILE_FORMAT, keyId, entries]), 'utf8');
}
