/**
 * The JavaScript-literal conversion (Nuxt's state, state written as a formatter prints it) is a
 * hand-written scan of character codes; the regex it replaced is its reference. Both must give
 * the same text for every input: on the corpus's scripts, and on generated literals mixing every
 * token the regex knows with broken ones (unclosed strings, escapes, code, letters beyond ASCII).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsLiteralToJson, jsLiteralToJsonByRegex, scanJsLiteral } from '../../../lambdas/collect/extract/embedded.js';
import { parsePage } from '../../../lambdas/collect/extract/parse.js';
import { mulberry32 } from '../../../local/demo-site/generate.js';
import { balancedEnd } from './literal-oracle.js';

const ROOT = join(import.meta.dirname, '..', '..', 'pages', 'real');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? pages(p) : /\.html?$/.test(f) ? [p] : [];
  });
}

/** The balanced value starting with "{" or "[" at `start` (strings skipped), or undefined. */
function balanced(text: string, start: number): string | undefined {
  const end = balancedEnd(text, start);
  return end < 0 ? undefined : text.slice(start, end);
}

const rnd = mulberry32(20261130);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** Pieces of literals: what the conversion rewrites, what it leaves, and what makes it give up. */
const PIECES = [
  '{', '}', '[', ']', ',', ':', ' ', '\n', '\t', '\v', '\f', '\r',
  'a:', 'key: ', '$k:', '_x :', 'a1:', '"q":', "'s':", 'a b:', '1:', 'x.y:',
  '"plain"', '"esc \\" q"', '"back\\\\"', '"\\u002F\\x41"', '"line\\\ncont"', '"a\\\'b"', '"unclosed', '"ends in \\',
  "'single'", "'it\\'s \"ok\"'", "'\\x4a'", "'unclosed", '"\\\\"', "'\\\\'",
  '!0', '!1', '!01', '!0.', '!1a', '!0$', '!2',
  'void 0', 'void  0', 'void\t0', 'void 0x', 'void 0$', '$void 0', '1void 0', 'void', 'voidx', 'avoid 0', 'void0',
  '.5', '1.5', 'a.5', '-.25', '1e5', '2e-3', '0x10', 'x.y', '..5',
  'true', 'false', 'null', 'undefined', 'NaN', 'S', 'cp', '$', '_',
  ',}', ', ]', ',\n}', ',,',
  '/', '`t`', 'f(1)', ';', ')', '=', '#', '@', '\\',
  'ä', '개인:', '{개인: 1}', '"grüße"', "'日本'", '\u00a0', '\u2028', '\u3000', '\ufeff', '\u00aa:', 'a\u00e9:',
];

function literal(): string {
  let s = pick(['{', '[', '{a:', '{"a":']);
  const n = 1 + Math.floor(rnd() * 14);
  for (let i = 0; i < n; i++) s += pick(PIECES);
  return s + pick(['}', ']', '', '}}']);
}

describe('JavaScript literal to JSON: the scan gives what the regex gives', () => {
  it('on generated literals (fixed seed), most of them read by the scan itself', () => {
    let scanned = 0;
    let undefinedByScan = 0;
    for (let i = 0; i < 20_000; i++) {
      const js = literal();
      const want = jsLiteralToJsonByRegex(js);
      expect(jsLiteralToJson(js), JSON.stringify(js)).toBe(want);
      const fast = scanJsLiteral(js);
      if (fast !== null) {
        scanned++;
        if (fast === undefined) undefinedByScan++;
        expect(fast, JSON.stringify(js)).toBe(want);
      }
    }
    // The scan answers most of them (text beyond ASCII goes to the regex), and both ways.
    expect(scanned).toBeGreaterThan(10_000);
    expect(undefinedByScan).toBeGreaterThan(1000);
    expect(scanned - undefinedByScan).toBeGreaterThan(1000);
  });

  it('on the examples the reader documents', () => {
    const js = `{a:.5,b:!0,c:!1,d:void 0,e:'it\\'s "ok"',f:x,"g":[1,-.25,1.5,2e-3],h:"\\u002F\\x41",i:{j:[{k:S,},]},}`;
    const json = jsLiteralToJson(js);
    expect(json).toBe(jsLiteralToJsonByRegex(js));
    expect(JSON.parse(json!)).toEqual({ a: 0.5, b: true, c: false, d: null, e: 'it\'s "ok"', f: null, g: [1, -0.25, 1.5, 2e-3], h: '/A', i: { j: [{ k: null }] } });
    expect(scanJsLiteral('{a:f(1)}')).toBeUndefined();
    expect(scanJsLiteral('{개인: {a: 1}}')).toBeNull();
    expect(jsLiteralToJson('{개인: {a: 1}}')).toBe('{"개인": {"a": 1}}');
  });

  it('on every object literal of the corpus’s scripts', () => {
    let compared = 0;
    let scanned = 0;
    for (const file of pages(ROOT)) {
      for (const blob of parsePage(readFileSync(file, 'utf8')).blobs) {
        for (const m of blob.text.matchAll(/(?:return|=|\()\s*(?=[{[])/g)) {
          const js = balanced(blob.text, m.index + m[0].length);
          if (!js) continue;
          const want = jsLiteralToJsonByRegex(js);
          expect(jsLiteralToJson(js)).toBe(want);
          const fast = scanJsLiteral(js);
          if (fast !== null) {
            expect(fast).toBe(want);
            scanned++;
          }
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(scanned).toBeGreaterThan(compared / 2);
  });
});
