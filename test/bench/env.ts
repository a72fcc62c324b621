/**
 * Imported first by run.ts, before any Crawlee module: stdout is reserved for the one JSON
 * document, and Crawlee must never write a ./storage directory into the repo.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.CRAWLEE_STORAGE_DIR = mkdtempSync(join(tmpdir(), 'adwarden-bench-storage-'));
process.env.CRAWLEE_PERSIST_STORAGE = 'false';
process.env.CRAWLEE_PURGE_ON_START = 'true';
process.env.CRAWLEE_LOG_LEVEL ??= 'WARNING';

// Anything a library prints with console.log/info/debug goes to stderr.
const toStderr = (...args: unknown[]): void => console.error(...args);
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;

/** Writes the result document: the only bytes the bench ever puts on stdout. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
}

export const progress = (msg: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
};
