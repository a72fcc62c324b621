/**
 * The command line of the scripts that build a generated source file (given-names.ts,
 * city-names.ts): with `--check`, exit 1 when the committed file differs from `text`; otherwise
 * write it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export function writeOrCheck(target: string, text: string, script: string): void {
  const file = basename(target);
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    console.log(same ? `${file} is up to date` : `${file} differs: run npx tsx ${script}`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
