/**
 * The shortcuts of the embedded-data reader (what it skips to be cheap) against plain oracles:
 * a blob that looks like JSON is not handed to JSON.parse when its first member shows JSON.parse
 * would refuse it, and the scans for flight data and state assignments start at the first state
 * hint. What the reader gives must be what it gave without them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasNamespacedLiteral, hasSingleQuotedObject, nextDeclaredParty, nextNamespaceAssignment, parseBlob } from '../../../lambdas/collect/extract/embedded.js';
import { cutPage } from '../../../lambdas/collect/extract/parse.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { mulberry32 } from '../../../local/demo-site/generate.js';
import { naiveLiterals } from './literal-oracle.js';

/** What parseBlob gives a text with no state hint: the whole text as JSON, else its literals. */
function oracle(text: string): unknown[] {
  const t = text.trim();
  if (t[0] === '{' || t[0] === '[') {
    try {
      return [JSON.parse(t)];
    } catch {
      // not JSON as a whole
    }
  }
  return naiveLiterals(t);
}

const rnd = mulberry32(20261130);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** A literal the scan reads (over 200 characters), holding a seller. */
const BIG = JSON.stringify({ seller: { name: 'Kari Nordmann', phone: '412 83 920' }, pad: 'x'.repeat(220) });
/** Whitespace JSON allows, and whitespace trim() removes but JSON.parse refuses. */
const SPACE = ['', ' ', '\n', '\t', '\r\n  '];
const OTHER_SPACE = ['\u00a0', '\ufeff', '\u2028', '\v', '\f'];
const space = (): string => (rnd() < 0.8 ? pick(SPACE) : pick(OTHER_SPACE));
/** What follows "{" or "[": members JSON.parse accepts and ones it refuses at once or later. */
const OBJECT_START = ['"a":1', '"a":1,"b":' + BIG, '', "'a':1", 'a:1', 'a:' + BIG, '1:2', '"a" 1', '"a":tru', '}x', '"a":1,', '/*c*/"a":1'];
const ARRAY_START = ['1', '-1', '1.5e3', 'true', 'tru', 'false', 'fals', 'fa', 'null', 'nul', 'nulll', '"x"', '{"a":1}', BIG, '[]', '', '.5', '+1', 'make_id:1', 'frontend-of', "'x'", 'undefined', 'NaN', '-', '[' + BIG];
const TAIL = ['', ';', ' ', '\n', '\u00a0', ',' + BIG, ' x', '}', ']'];

describe('embedded data: what the shortcuts skip is what JSON.parse would refuse', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads generated blobs starting with "{" or "[" as the plain reading does (fixed seed)', () => {
    let asJson = 0;
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const object = rnd() < 0.5;
      const member = object ? pick(OBJECT_START) : pick(ARRAY_START);
      const close = rnd() < 0.85 ? (object ? '}' : ']') : '';
      const text = `${space()}${object ? '{' : '['}${space()}${member}${space()}${close}${rnd() < 0.6 ? '' : pick(TAIL)}${space()}`;
      const want = oracle(text);
      expect(parseBlob({ source: 's', text }), JSON.stringify(text)).toEqual(want);
      let ok = true;
      try {
        JSON.parse(text.trim());
      } catch {
        ok = false;
      }
      if (ok) asJson++;
      else refused++;
    }
    // Both kinds are generated, not only one.
    expect(asJson).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });

  it('does not hand JSON.parse a blob whose first member it refuses (an unquoted or single-quoted key, a bare word)', () => {
    const parse = vi.spyOn(JSON, 'parse');
    for (const text of ["{'filter': '(And.Hidden.N._.CarType.Y.)', 'carid': '42357147'}", '{a: 1, b: [1, 2]}', '[make_id:1, model_id:2]', '[fals]']) {
      expect(parseBlob({ source: 's', text })).toEqual([]);
    }
    expect(parse).not.toHaveBeenCalled();
  });

  it('still reads a literal nested in a blob it does not parse whole', () => {
    const text = `{cfg: 1, data: ${BIG}}`;
    expect(parseBlob({ source: 's', text })).toEqual([JSON.parse(BIG)]);
    expect(parseBlob({ source: 's', text: `[frontend-of, ${BIG}]` })).toEqual([JSON.parse(BIG)]);
  });

  it('reads an assignment written as a JavaScript literal without a refused JSON.parse first', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseBlob({ source: 's', text: '__PRELOADED_STATE__ = {pender: {pending: false}, cars: {seller: {name: "Kari Nordmann"}}};' })).toEqual([
      { pender: { pending: false }, cars: { seller: { name: 'Kari Nordmann' } } },
    ]);
    // one parse: of the literal turned into JSON
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe('embedded data: literal starts are found where the regex finds them', () => {
  it('reads generated code around literals as the regex scan does (fixed seed)', () => {
    // Around each literal: what may come before its "{" ("=", "(", ",", ":", spaces of every
    // kind, "[", "[[", a word), and braces that start no literal ("{ x", "{}", "{'a'").
    const LEAD = ['=', '(', ',', ':', ';', 'x', ')', '', '.concat(', 'init('];
    const GAP = ['', ' ', '\n\t', '\u00a0', '\u3000', '\ufeff', '\u2028', '\u200b'];
    const OPEN = ['{', '[{', '[ {', '[[{', '{ ', '{\u00a0'];
    const NOISE = ['{ x: 1 }', '{}', "{'a':1}", '{ "b": 2 }', '[', ']', '}', '"{\\"s\\":1}"', 'f(a, b)', '=>', '({"c":1})'];
    let read = 0;
    for (let i = 0; i < 2000; i++) {
      let text = 'go';
      const n = 1 + Math.floor(rnd() * 6);
      for (let k = 0; k < n; k++) {
        text += pick(NOISE) + pick(LEAD) + pick(GAP);
        const open = pick(OPEN);
        const body = JSON.stringify({ k, seller: { name: 'Kari Nordmann' }, pad: 'x'.repeat(rnd() < 0.8 ? 220 : 20) }).slice(1);
        text += `${open}${body}${open.startsWith('[') ? ']'.repeat(open.split('[').length - 1) : ''}`;
      }
      text += ')';
      const want = naiveLiterals(text.trim());
      expect(parseBlob({ source: 's', text }), JSON.stringify(text)).toEqual(want);
      read += want.length;
    }
    expect(read).toBeGreaterThan(1000);
  });
});

describe('embedded data: the scans start at the first state hint', () => {
  const code = 'function f(a){return a.b=a.c||{}}var x=[1,2,3];'.repeat(20);

  it('finds flight data and assignments after other code and after other hints', () => {
    const flightText = `${code}window.x.y;${code}self.__next_f.push([1,${JSON.stringify(`5:${BIG}`)}])`;
    expect(parseBlob({ source: 's', text: flightText })).toEqual([JSON.parse(BIG)]);
    const assigned = `${code}window.location.href;${code}window.__INITIAL_STATE__ = ${BIG};${code}window["appData"] = {"a":1};`;
    expect(parseBlob({ source: 's', text: assigned })).toEqual([JSON.parse(BIG), { a: 1 }]);
    // a hint inside a longer word is still a hint; the assignment after it is read
    const inWord = `${code}myself.x;a__X__ = 1;${code}__APOLLO_STATE__ = ${BIG}`;
    expect(parseBlob({ source: 's', text: inWord })).toEqual([JSON.parse(BIG)]);
  });

  it('reads the literals of code with no hint, and of code whose hints assign nothing readable', () => {
    expect(parseBlob({ source: 's', text: `${code}init(${BIG});` })).toEqual([JSON.parse(BIG)]);
    expect(parseBlob({ source: 's', text: `${code}window.dataLayer = [];init(${BIG});` })).toEqual([JSON.parse(BIG)]);
  });
});

describe('embedded data: the walk reads each key by its own role, whatever its siblings', () => {
  it('reads phones, names and skipped subtrees in lists whose objects change keys, order and depth', () => {
    // Siblings share the walk's slots for their keys' roles: a phone key where a sibling had a
    // plain key (and the reverse), a skipped key where a sibling had a party, nested objects that
    // reuse the slots in between.
    const ads = [
      { id: 1, title: 'a', seller: { name: 'Kari Nordmann', phone: '412 83 920' } },
      { id: 2, phone: '413 83 920', seller: { id: 9 } },
      { footer: { phone: '414 83 920' }, title: 'b', contact: { phone: '415 83 920' } },
      { seller: { name: 'Ola Hansen' }, id: 3, footer: { name: 'Per Olsen', phone: '416 83 920' } },
      { title: { phone: '417 83 920' }, id: { label: 'VIN', value: 'WVWZZZ1JZXW000001' } },
      { id: 4, title: 'c', seller: 'x' },
    ];
    const html = `<script>window.__INITIAL_STATE__ = ${JSON.stringify({ search: { ads } })};</script>`;
    const found = extractFindings(html, { url: 'https://www.finn.no/ad/1', country: 'NO' }).map((f) => `${f.kind} ${f.value} ${f.origin}`);
    expect(found.filter((f) => f.includes('embedded:')).sort()).toEqual([
      'name kari nordmann embedded:script:search.ads.0.seller.name',
      'name ola hansen embedded:script:search.ads.3.seller.name',
      'phone +4741283920 embedded:script:search.ads.0.seller.phone',
      'phone +4741383920 embedded:script:search.ads.1.phone',
      'phone +4741583920 embedded:script:search.ads.2.contact.phone',
      'phone +4741783920 embedded:script:search.ads.4.title.phone',
      'vin WVWZZZ1JZXW000001 embedded:script:search.ads.4.id.value',
    ]);
  });
});

/** Every HTML page of the corpus and the samples. */
function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? pages(p) : f.endsWith('.html') ? [p] : [];
  });
}
const root = fileURLToPath(new URL('../../pages/', import.meta.url));

describe('embedded data: the test for single-quoted keys finds what its regex finds', () => {
  const REFERENCE = /\{\s*'[\w$-]+'\s*:/;

  it('on the scripts of every corpus and sample page (some with such keys, most without)', () => {
    const scripts = pages(root).flatMap((p) => cutPage(readFileSync(p, 'utf8')).blobs.map((b) => b.text));
    expect(scripts.length).toBeGreaterThan(300);
    const found = scripts.filter((t) => REFERENCE.test(t)).length;
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(scripts.length);
    for (const t of scripts) expect(hasSingleQuotedObject(t)).toBe(REFERENCE.test(t));
  });

  it('on generated text: spaces of every kind, quotes inside keys, empty keys, keys at both ends', () => {
    const PARTS = ['{', '}', "'", "'a'", "'a-b$_9'", "'é'", "''", ':', ' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b', 'x', '"', '{ ', "' :", "':"];
    for (let i = 0; i < 5000; i++) {
      let t = '';
      const n = 1 + Math.floor(rnd() * 12);
      for (let k = 0; k < n; k++) t += pick(PARTS);
      expect([t, hasSingleQuotedObject(t)]).toEqual([t, REFERENCE.test(t)]);
    }
  });
});

describe('embedded data: the scan for namespace assignments finds what its regex finds', () => {
  const REFERENCE = /\b[A-Z][\w$]*(?:\.[A-Za-z_$][\w$]*){1,4}(?:\[(["'])[\w$-]+\1\])?\s*=(?!=)\s*(?=\[\s*\{|\{)/g;
  /** Every match as [name start, literal start], the regex's way (each search from the last match's end). */
  const byRegex = (t: string): number[][] => [...t.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);
  /** The same, by the scan. */
  const byScan = (t: string): number[][] => {
    const out: number[][] = [];
    for (let m = nextNamespaceAssignment(t); m; m = nextNamespaceAssignment(t, m.literal)) out.push([m.index, m.literal]);
    return out;
  };

  it('on every script of every corpus and sample page', () => {
    // Every script, not only those cutPage keeps: the test decides which it keeps.
    const scripts = pages(root).flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!));
    expect(scripts.length).toBeGreaterThan(1000);
    const found = scripts.filter((t) => byRegex(t).length > 0).length;
    expect(found).toBeGreaterThan(0);
    for (const t of scripts) {
      expect(byScan(t)).toEqual(byRegex(t));
      expect(hasNamespacedLiteral(t)).toBe(/=\s*\[?\s*\{/.test(t) && byRegex(t).length > 0);
    }
  });

  it('on generated text: names of every length, digits, "$", words before, quoted keys in brackets, "==", spaces of every kind', () => {
    // Slots an assignment has (what comes before, the name's parts, spaces, "=", spaces, the
    // literal's opening), each filled with right and wrong pieces, repeated up to three times.
    const BEFORE = ['', 'x', 'a.', '9', '$', '_', '.', ' ', ';', '"', 'É', 'var '];
    const PART = ['A', 'Ab', 'Ab', 'a', 'a', 'b1', '$', '_', '9', 'É', 'A$B', '$C', '9A', ''];
    const SPACE = ['', ' ', '\t', '\u00a0', '\u2028', '\ufeff', '\n'];
    // The right pieces more often, so that many texts hold an assignment.
    const EQUALS = ['=', '=', '=', '=', '==', '===', '!=', '>=', '+=', '= =', ''];
    const OPEN = ['{', '{', '[{', '[ {', '[', '[1', '}', 'x', ''];
    // A quoted key in brackets after the name, right and wrong ones.
    const INDEX = ['', '', '', '', '', '', '', '', '', '', "['k']", '["a-b"]', "['$x']", "['']", '[x]', "['k\"]", "['a b']", "[' k']"];
    let matched = 0;
    let keyed = 0;
    for (let i = 0; i < 20000; i++) {
      let t = '';
      const n = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < n; k++) {
        const parts = Array.from({ length: Math.floor(rnd() * 7) }, () => pick(PART));
        t += pick(BEFORE) + parts.join(rnd() < 0.9 ? '.' : '..') + pick(INDEX) + pick(SPACE) + pick(EQUALS) + pick(SPACE) + pick(OPEN);
      }
      const want = byRegex(t);
      if (want.length) matched++;
      if (want.some(([from, to]) => t.slice(from, to).includes("']") || t.slice(from, to).includes('"]'))) keyed++;
      expect([t, byScan(t)]).toEqual([t, want]);
    }
    // The generator makes text with such assignments, not only text without, and with quoted keys.
    expect(matched).toBeGreaterThan(1000);
    expect(keyed).toBeGreaterThan(100);
  });
});

describe('embedded data: the scan for declared people finds what its regex finds', () => {
  const REFERENCE =
    /\b(?:const|let|var)\s+(agents|sellers|contacts|dealers|salespeople|salesAgents|salesTeam|salesStaff|staff|team|teamMembers|advisors|advisers|consultants|brokers|realtors)\s*=(?!=)\s*(?=\[\s*\{|\{)/g;
  /** Every match as [start, name, literal start], each search from `from` (as declaredParties goes on from a literal's end). */
  const byRegex = (t: string, from = 0): [number, string, number][] => {
    const out: [number, string, number][] = [];
    REFERENCE.lastIndex = from;
    for (let m = REFERENCE.exec(t); m; m = REFERENCE.exec(t)) out.push([m.index, m[1]!, m.index + m[0].length]);
    return out;
  };
  const byScan = (t: string, from = 0): [number, string, number][] => {
    const out: [number, string, number][] = [];
    for (let m = nextDeclaredParty(t, from); m; m = nextDeclaredParty(t, m.literal)) out.push([m.index, m.name, m.literal]);
    return out;
  };

  it('on every script of every corpus and sample page', () => {
    const scripts = pages(root).flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!));
    expect(scripts.length).toBeGreaterThan(1000);
    for (const t of scripts) expect(byScan(t)).toEqual(byRegex(t));
  });

  it('on generated text: keywords, names and spaces of every kind, words glued before, "==", searches from inside a declaration', () => {
    const BEFORE = ['', 'x', '$', '_', '9', '.', ';', '(', 'É', '\n', ' '];
    const KEYWORD = ['const', 'let', 'var', 'const', 'let', 'var', 'Const', 'lett', 'avar', 'con', ''];
    const NAME = ['agents', 'team', 'teamMembers', 'salesTeam', 'staff', 'realtors', 'teamMember', 'xagents', 'agents1', 'agents_', 'Agents', 'é', 'sellers$', ''];
    const SPACE = ['', ' ', ' ', '\t', '\u00a0', '\u2028', '\ufeff', '\n', '  '];
    const EQUALS = ['=', '=', '=', '==', '===', '!=', '+=', '= ='];
    const OPEN = ['{', '{', '[{', '[ {', '[', '}', 'x', ''];
    let matched = 0;
    for (let i = 0; i < 20000; i++) {
      let t = '';
      const n = 1 + Math.floor(rnd() * 3);
      // The keyword's space right more often, so that many texts hold a declaration.
      for (let k = 0; k < n; k++) t += pick(BEFORE) + pick(KEYWORD) + (rnd() < 0.6 ? ' ' : pick(SPACE)) + pick(NAME) + pick(SPACE) + pick(EQUALS) + pick(SPACE) + pick(OPEN);
      const from = rnd() < 0.7 ? 0 : Math.floor(rnd() * t.length);
      const want = byRegex(t, from);
      if (want.length) matched++;
      expect([t, from, byScan(t, from)]).toEqual([t, from, want]);
    }
    // The generator makes text with such declarations, not only text without.
    expect(matched).toBeGreaterThan(500);
  });
});
