/**
 * The scan for JSON literals handed to code (`init({...})`): what it reads must be what parsing
 * every literal it meets would read, and a literal JSON.parse refuses must not make the scan
 * parse its nested literals over and over (that was quadratic in the depth).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBlob } from '../../../lambdas/collect/extract/embedded.js';
import { mulberry32 } from '../../../local/demo-site/generate.js';
import { naiveLiterals } from './literal-oracle.js';

const pad = (n: number): string => 'x'.repeat(n);
const big = (o: Record<string, unknown>): string => JSON.stringify({ ...o, pad: pad(220) });

/** Scripts whose literals JSON.parse refuses in different ways, with readable literals around and inside. */
const SCRIPTS: string[] = [
  // a function deep inside; readable siblings before and after the failure
  `init({"a":${big({ seller: { name: 'Kari Nordmann' } })},"b":{"c":${big({ phone: '412 83 920' })},"fn":function(){return 1}},"d":${big({ e: 1 })}});`,
  // an unquoted key ("at position" in the message) after a readable nested literal
  `x = [{"a":${big({ user: { email: 'kari@example.org' } })}, b: 1, "c":${big({ vin: 'WVWZZZ1JZXW000001' })}}];`,
  // a bare word as a value ("Unexpected token": no position in the message)
  `f({"a":${big({ k: 1 })},"u":undefined,"w":${big({ j: 2 })}})`,
  // literal starts inside strings, which are not values of the outer literal
  `g({"s":"= {\\"q\\": [${'1,'.repeat(120)}1]}","t":${big({ m: 'n' })},"v":bad})`,
  // a control character in a string (JSON refuses it) and a trailing comma
  `h({"a":${big({ p: 'a\u0001b' })},"b":${big({ q: 3 })},})`,
  // nested failures: the inner literal fails before the outer one's failure
  `k({"a":{"b":{"c":${big({ r: 1 })},"d":nope},"e":${big({ s: 2 })}},"f":also})`,
  // a literal start inside a string of the refused literal, before the failure, reaching past it:
  // not one of its values, so what JSON.parse says of the outer literal does not hold for it
  `init({"k":["a = {",${' '.repeat(250)}":[", {x:1}, "]}"]})`,
  // the refused literal stops at a comma; the literal right after that comma is valid
  `f({"a":1,,${big({ b: { phone: '412 83 920' } })}})`,
  // the refused literal fails right after a valid nested literal ends
  `f({"a":${big({ c: { email: 'kari@example.org' } })}x})`,
  // unbalanced: the scan stops
  `m({"a":${big({ t: 1 })},"b":{"c":1`,
];

describe('JSON literals in code', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(SCRIPTS.map((s, i) => [i, s]))('script %i: reads what parsing every literal would read', (_i, text) => {
    const want = naiveLiterals(text);
    expect(parseBlob({ source: 's', text })).toEqual(want);
  });

  it('reads what parsing every literal would read, on generated scripts (fixed seed)', () => {
    // A small deterministic generator (mulberry32): nested objects and arrays, strings holding
    // brackets, quotes and literal starts, and here and there something JSON refuses (a bare
    // word, an unquoted key, a trailing comma, a function), with or without a position in
    // JSON.parse's message.
    const rnd = mulberry32(20261130);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const BAD = ['undefined', 'function(){return 1}', 'new Map([])', '!0', '.5', "'single'"];
    const STRINGS = ['"plain"', '"= {\\"a\\": 1}"', '"}]{["', '"esc \\" quote"', `"${pad(120)}"`];
    const value = (depth: number): string => {
      const r = rnd();
      if (depth > 5 || r < 0.3) return rnd() < 0.06 ? pick(BAD) : rnd() < 0.5 ? pick(STRINGS) : String(Math.floor(rnd() * 1000));
      if (r < 0.45) return `[${Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => value(depth + 1)).join(',')}]`;
      const n = 1 + Math.floor(rnd() * 5);
      const members = Array.from({ length: n }, (_, i) => (rnd() < 0.03 ? `k${i}` : `"k${i}"`) + `:${value(depth + 1)}`);
      return `{${members.join(',')}${rnd() < 0.03 ? ',' : ''}}`;
    };
    let compared = 0;
    let read = 0;
    for (let i = 0; i < 300; i++) {
      const text = `init(${value(0)}, ${value(0)}); x = [${value(0)}];`;
      const want = naiveLiterals(text);
      expect(parseBlob({ source: 's', text })).toEqual(want);
      compared++;
      read += want.length;
    }
    // The generator makes scripts where literals are read, not only ones where nothing is.
    expect(compared).toBe(300);
    expect(read).toBeGreaterThan(50);
  });

  it('reads a literal nested under one that fails, wherever the failure is', () => {
    const inner = big({ seller: { name: 'Kari Nordmann', phone: '412 83 920' } });
    for (const text of [`f({"a":${inner},"z":oops})`, `f({"z":oops,"a":${inner}})`, `f({"a":{"b":${inner}},"z":[1,oops]})`]) {
      expect(parseBlob({ source: 's', text })).toEqual(naiveLiterals(text));
      expect(parseBlob({ source: 's', text }).length).toBeGreaterThan(0);
    }
  });

  it('does not parse again the literals that enclose the place where the outer one failed', () => {
    // 400 literals, each nesting the next; the innermost has an unquoted key (JSON.parse says
    // where it stopped). Parsing each nested one on its own (each fails at the same place) took
    // 400 parses of ever shorter text.
    const depth = 400;
    const text = `init(${'{"a":'.repeat(depth)}{fn:1,"pad":"${pad(300)}"}${'}'.repeat(depth)});`;
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseBlob({ source: 's', text })).toEqual([]);
    expect(parse.mock.calls.length).toBeLessThanOrEqual(3);
    parse.mockRestore();
    expect(naiveLiterals(text)).toEqual([]);
  });
});
