/**
 * Traceability (issue 8 point 2): docs/compliance/promises.md maps every promise of the fixed list
 * to its mechanism and to the tests that prove it. This test reads the file and fails on a
 * missing promise, a test file that does not exist, a test title that is not in that file, a
 * mechanism path that does not exist, or a promise with neither a test nor `not proved: <reason>`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PROMISES_FILE = 'docs/compliance/promises.md';

/** The promises of issue 8 point 2, in its order. */
export const PROMISES = [
  'Legal basis and three-part test',
  'Controller and processor roles',
  'No transfer outside the market',
  'Encryption in transit and at rest',
  'MFA',
  'Password rules',
  'Automatic blocking',
  'Inactive accounts blocked',
  'Access only per rights',
  'Access logging',
  'Logically separate data per customer',
  'Encrypted backups kept at most one week',
  'Restore',
  'Minimisation',
  'Storage limitation',
  'Accuracy',
  'Access and portability',
  'Erasure',
  'Objection',
  'Replies within one week',
  'Records of processing',
  'Breach response',
  'Vulnerability patching',
  'No data shared between customers',
] as const;

interface TestRef {
  readonly file: string;
  /** describe titles (outermost first), then the test title. */
  readonly path: readonly string[];
  readonly line: string;
}

interface PromiseRow {
  readonly name: string;
  readonly mechanisms: readonly string[];
  readonly tests: readonly TestRef[];
  readonly notProved?: string;
  readonly problems: readonly string[];
}

/** Parses promises.md (format described at its top). Lines it does not know are problems, not ignored. */
export function parsePromises(md: string): { promises: PromiseRow[]; problems: string[] } {
  const promises: PromiseRow[] = [];
  const problems: string[] = [];
  let current: { name: string; mechanisms: string[]; tests: TestRef[]; notProved?: string; problems: string[] } | undefined;
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    const heading = line.match(/^## (.+)$/);
    if (heading) {
      current = { name: heading[1]!.trim(), mechanisms: [], tests: [], problems: [] };
      promises.push(current);
      continue;
    }
    if (!current || !line.startsWith('- ')) continue; // the introduction, blank lines
    const mechanism = line.match(/^- mechanism: (.+)$/);
    const test = line.match(/^- test: `([^`]+)` › (.+)$/);
    const notProved = line.match(/^- not proved: (.+)$/);
    if (mechanism) {
      const paths = [...mechanism[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((p) => /^[\w.-]+(\/[\w.-]+)*\.(ts|json|md)$|^\.ci\/run$/.test(p));
      if (paths.length === 0) current.problems.push(`mechanism names no file: ${line}`);
      current.mechanisms.push(...paths);
    } else if (test) {
      current.tests.push({ file: test[1]!, path: test[2]!.split(' › ').map((s) => s.trim()), line });
    } else if (notProved) {
      if (notProved[1]!.trim().length < 20) current.problems.push(`"not proved" needs a reason: ${line}`);
      current.notProved = notProved[1]!.trim();
    } else {
      current.problems.push(`unknown line: ${line}`);
    }
  }
  for (const p of promises) if (p.tests.length === 0 && p.notProved === undefined) problems.push(`${p.name}: neither a test nor "not proved: <reason>"`);
  return { promises, problems };
}

/** The string titles of describe / it / test calls in a test file, unescaped. */
export function titlesIn(source: string): { describes: Set<string>; tests: Set<string> } {
  const describes = new Set<string>();
  const tests = new Set<string>();
  const call = /\b(describe|it|test)\(\s*(['"`])((?:\\[\s\S]|(?!\2)[^\\])*)\2\s*,/g;
  for (const m of source.matchAll(call)) {
    if (m[2] === '`' && m[3]!.includes('${')) continue; // a computed title cannot be named
    const title = m[3]!.replace(/\\([\s\S])/g, '$1');
    (m[1] === 'describe' ? describes : tests).add(title);
  }
  return { describes, tests };
}

/** Why a reference does not hold (undefined: it holds). */
export function checkRef(ref: TestRef, read: (file: string) => string | undefined): string | undefined {
  if (!/^test\/.+\.test\.ts$/.test(ref.file)) return `${ref.file} is not a test file under test/`;
  const source = read(ref.file);
  if (source === undefined) return `${ref.file} does not exist`;
  const { describes, tests } = titlesIn(source);
  const title = ref.path.at(-1)!;
  if (!tests.has(title)) return `${ref.file} has no test titled "${title}"`;
  for (const d of ref.path.slice(0, -1)) if (!describes.has(d)) return `${ref.file} has no describe titled "${d}"`;
  return undefined;
}

const readRepo = (file: string) => {
  const path = `${ROOT}${file}`;
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

describe('docs/compliance/promises.md', () => {
  const md = readFileSync(`${ROOT}${PROMISES_FILE}`, 'utf8');
  const parsed = parsePromises(md);

  it('lists every promise of the fixed list once, and nothing else, each with a mechanism', () => {
    expect(parsed.promises.map((p) => p.name)).toEqual([...PROMISES]);
    for (const p of parsed.promises) expect(p.mechanisms.length, p.name).toBeGreaterThan(0);
  });

  it('has no line it does not understand, and every promise has a test or says why not', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.promises.flatMap((p) => p.problems.map((x) => `${p.name}: ${x}`))).toEqual([]);
  });

  it('names only mechanism files that exist', () => {
    const missing = parsed.promises.flatMap((p) => p.mechanisms.filter((m) => !existsSync(`${ROOT}${m}`)).map((m) => `${p.name}: ${m}`));
    expect(missing).toEqual([]);
  });

  it('names only tests that exist, by file and exact title', () => {
    const broken = parsed.promises.flatMap((p) => p.tests.map((t) => checkRef(t, readRepo)).filter((x): x is string => x !== undefined).map((x) => `${p.name}: ${x}`));
    expect(broken).toEqual([]);
    // Most promises are proved; the exceptions say so (listed in the report of this branch).
    expect(parsed.promises.filter((p) => p.tests.length === 0).map((p) => p.name)).toEqual([]);
  });
});

describe('the promises check itself (it must be able to fail)', () => {
  const source = `describe('outer', () => {\n  it('does a thing', () => {});\n  it("quotes 'it'", () => {});\n  it('A\\'s id', () => {});\n  it.each([1])('each %s', () => {});\n});`;
  const read = (f: string) => (f === 'test/unit/x.test.ts' ? source : undefined);
  const ref = (file: string, ...path: string[]) => ({ file, path, line: '' });

  it('accepts an existing title, escaped quotes included, with or without its describe', () => {
    expect(checkRef(ref('test/unit/x.test.ts', 'does a thing'), read)).toBeUndefined();
    expect(checkRef(ref('test/unit/x.test.ts', 'outer', 'does a thing'), read)).toBeUndefined();
    expect(checkRef(ref('test/unit/x.test.ts', "quotes 'it'"), read)).toBeUndefined();
    expect(checkRef(ref('test/unit/x.test.ts', "A's id"), read)).toBeUndefined();
  });

  it('refuses a missing file, a missing or partial title, a wrong describe, a non-test file', () => {
    expect(checkRef(ref('test/unit/y.test.ts', 'does a thing'), read)).toMatch(/does not exist/);
    expect(checkRef(ref('test/unit/x.test.ts', 'does a'), read)).toMatch(/no test titled/);
    expect(checkRef(ref('test/unit/x.test.ts', 'does a thing!'), read)).toMatch(/no test titled/);
    expect(checkRef(ref('test/unit/x.test.ts', 'outer'), read)).toMatch(/no test titled/);
    expect(checkRef(ref('test/unit/x.test.ts', 'inner', 'does a thing'), read)).toMatch(/no describe titled "inner"/);
    expect(checkRef(ref('lib/app.ts', 'does a thing'), read)).toMatch(/not a test file/);
  });

  it('flags a promise without proof, an empty "not proved", an unknown line and a missing promise', () => {
    const md = [
      '## MFA',
      '- mechanism: `lib/constructs/user-pool.ts`',
      '## Restore',
      '- mechanism: `lib/stacks/data-stack.ts`',
      '- not proved: soon',
      '## Erasure',
      '- mechanism: no file here',
      '- proof: trust me',
      '- test: `test/unit/x.test.ts` › does a thing',
    ].join('\n');
    const r = parsePromises(md);
    expect(r.problems).toEqual(['MFA: neither a test nor "not proved: <reason>"']);
    expect(r.promises.find((p) => p.name === 'Restore')!.problems).toEqual(['"not proved" needs a reason: - not proved: soon']);
    expect(r.promises.find((p) => p.name === 'Erasure')!.problems).toEqual(['mechanism names no file: - mechanism: no file here', 'unknown line: - proof: trust me']);
    expect(r.promises.map((p) => p.name)).not.toEqual([...PROMISES]);
  });
});
