/**
 * What an inline script writes into the page where it stands, when that is a constant: small
 * firms' sites hide their mailbox from harvesters by assembling it in a script
 * (`var u = "info"; var d = "wendell-bau.de"; document.write('<a href="mailto:' + u + '@' + d +
 * '">' + u + '@' + d + '</a>')`). The visitor sees the link; the page's HTML has only the script,
 * which the parse cuts out unread (parse.ts). The written markup is put back where the browser
 * puts it, at the script's place, and read as the page's own.
 *
 * Only constants are evaluated: string and number literals, the script's own variables bound to
 * them, "+", `String.fromCharCode(…)`, `unescape(…)` / `decodeURIComponent(…)` and the
 * `.split("").reverse().join("")` idiom, and calls of the script's own functions whose bodies
 * write their parameters (`function mail(u, d) { document.write(u + "@" + d) } mail("info",
 * "wendell-bau.de")`). Nothing is run.
 *
 * Why by hand: the page's code is untrusted and is never run (not in node:vm either, whose
 * isolation the Node.js documentation says is no security mechanism), and a general JavaScript
 * parser (acorn and the like) would parse every script of every page for the few constant
 * expressions read here; this reads only scripts that call `document.write`, with a tokenizer of
 * the few token kinds such expressions are made of. A script with any write it cannot evaluate
 * writes nothing here, so no half-written tag can swallow the page after it.
 */

/** Scripts longer than this are not read (the obfuscation snippets are a few hundred characters). */
const MAX_SCRIPT_CHARS = 20_000;
/** Tokens read per script, at most. */
const MAX_TOKENS = 5_000;
/** Characters written per script, at most. */
const MAX_WRITTEN_CHARS = 4_000;
/** Calls of the script's own functions evaluated per script, at most. */
const MAX_CALLS = 20;

type Token =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'punct'; readonly value: string }
  /** A template literal with substitutions: its value is not a constant. */
  | { readonly kind: 'opaque'; readonly value: '' };

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
/** After these tokens a "/" starts a regular expression literal rather than a division. */
const BEFORE_REGEX = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', '==', '+=']);

/** The script's tokens, or undefined where a string does not end (the script is not read). */
function tokenizeScript(src: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    if (out.length > MAX_TOKENS) return undefined;
    const c = src[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0') {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end + 1;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (c === '/' && (out.length === 0 || isRegexStart(out[out.length - 1]!))) {
      // A regular expression literal: skipped to its closing "/" (not one inside a class).
      let k = i + 1;
      let inClass = false;
      for (; k < src.length && src[k] !== '\n'; k++) {
        const d = src[k];
        if (d === '\\') k++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      i = k + 1;
      while (i < src.length && /[a-z]/i.test(src[i]!)) i++;
      out.push({ kind: 'opaque', value: '' });
    } else if (c === '"' || c === "'" || c === '`') {
      const read = readString(src, i, c);
      if (!read) return undefined;
      out.push(read.substituted ? { kind: 'opaque', value: '' } : { kind: 'string', value: read.value });
      i = read.end;
    } else if (/[A-Za-z_$]/.test(c)) {
      let k = i + 1;
      while (k < src.length && /[\w$]/.test(src[k]!)) k++;
      out.push({ kind: 'name', value: src.slice(i, k) });
      i = k;
    } else if (c >= '0' && c <= '9') {
      const m = /^(?:0[xX][\da-fA-F]+|\d+(?:\.\d+)?)/.exec(src.slice(i, i + 32))!;
      out.push({ kind: 'number', value: Number(m[0]) });
      i += m[0].length;
    } else if ((c === '+' || c === '=') && src[i + 1] === '=') {
      out.push({ kind: 'punct', value: c === '+' ? '+=' : '==' });
      i += 2;
    } else {
      out.push({ kind: 'punct', value: c });
      i++;
    }
  }
  return out;
}

function isRegexStart(previous: Token): boolean {
  if (previous.kind === 'punct') return BEFORE_REGEX.has(previous.value);
  return previous.kind === 'name' && (previous.value === 'return' || previous.value === 'typeof');
}

/** The string literal opened by `quote` at `at`: its value, and where it ends. */
function readString(src: string, at: number, quote: string): { value: string; end: number; substituted: boolean } | undefined {
  let value = '';
  let substituted = false;
  for (let k = at + 1; k < src.length; k++) {
    const c = src[k]!;
    if (c === quote) return { value, end: k + 1, substituted };
    if (c === '\n' && quote !== '`') return undefined;
    if (quote === '`' && c === '$' && src[k + 1] === '{') substituted = true;
    if (c !== '\\') {
      value += c;
      continue;
    }
    const e = src[++k];
    if (e === undefined) return undefined;
    if (e === 'x' && /^[\da-fA-F]{2}$/.test(src.slice(k + 1, k + 3))) {
      value += String.fromCharCode(parseInt(src.slice(k + 1, k + 3), 16));
      k += 2;
    } else if (e === 'u' && /^[\da-fA-F]{4}$/.test(src.slice(k + 1, k + 5))) {
      value += String.fromCharCode(parseInt(src.slice(k + 1, k + 5), 16));
      k += 4;
    } else if (e === '\r' || e === '\n') {
      // a line continuation adds nothing
      if (e === '\r' && src[k + 1] === '\n') k++;
    } else value += ESCAPES[e] ?? e;
  }
  return undefined;
}

/** A function of the script's own, `function name(a, b) { … }`: its parameters and body's tokens. */
interface ScriptFunction {
  readonly params: readonly string[];
  readonly from: number;
  readonly to: number;
}

class Evaluator {
  private calls = 0;
  readonly functions = new Map<string, ScriptFunction>();
  constructor(private readonly tokens: readonly Token[]) {}

  /**
   * Everything the tokens from `from` to `to` write, in order, with `env` as the variables
   * known; undefined when one write is not a constant.
   */
  writes(from: number, to: number, env: Map<string, string>): string | undefined {
    const t = this.tokens;
    let out = '';
    for (let i = from; i < to; i++) {
      const tok = t[i]!;
      if (tok.kind !== 'name') continue;
      if (tok.value === 'function' && t[i + 1]?.kind === 'name') {
        // A declaration: remembered, its body evaluated only where it is called.
        const fn = this.declaration(i + 1, to);
        if (!fn) continue;
        this.functions.set((t[i + 1] as { value: string }).value, fn);
        i = fn.to;
        continue;
      }
      if (tok.value === 'document' && punct(t[i + 1], '.') && (t[i + 2]?.value === 'write' || t[i + 2]?.value === 'writeln') && punct(t[i + 3], '(')) {
        const args = this.args(i + 4, env);
        if (!args) return undefined;
        out += args.values.join('') + (t[i + 2]!.value === 'writeln' ? '\n' : '');
        i = args.end;
      } else if (punct(t[i + 1], '=') && !punct(t[i - 1], '.')) {
        const v = this.expression(i + 2, env);
        if (v && ends(t[v.end])) env.set(tok.value, v.value);
        else env.delete(tok.value);
      } else if (punct(t[i + 1], '+=') && !punct(t[i - 1], '.')) {
        const v = this.expression(i + 2, env);
        const before = env.get(tok.value);
        if (v && before !== undefined && ends(t[v.end])) env.set(tok.value, before + v.value);
        else env.delete(tok.value);
      } else if (punct(t[i + 1], '(') && !punct(t[i - 1], '.') && this.functions.has(tok.value)) {
        const fn = this.functions.get(tok.value)!;
        const args = this.args(i + 2, env);
        if (!args) {
          // a call with arguments that are not constants: its writes are unknown
          if (this.bodyWrites(fn)) return undefined;
          continue;
        }
        if (++this.calls > MAX_CALLS) return undefined;
        const local = new Map(env);
        fn.params.forEach((p, k) => {
          const v = args.values[k];
          if (v === undefined) local.delete(p);
          else local.set(p, v);
        });
        const w = this.writes(fn.from, fn.to, local);
        if (w === undefined) return undefined;
        out += w;
        i = args.end;
      }
      if (out.length > MAX_WRITTEN_CHARS) return undefined;
    }
    return out;
  }

  /** A declaration's parameters and body, its name at `at`; undefined when it is not one this reads. */
  private declaration(at: number, to: number): ScriptFunction | undefined {
    const t = this.tokens;
    if (!punct(t[at + 1], '(')) return undefined;
    const params: string[] = [];
    let i = at + 2;
    for (; i < to && !punct(t[i], ')'); i++) {
      const p = t[i]!;
      if (p.kind === 'name') params.push(p.value);
      else if (!punct(p, ',')) return undefined;
    }
    if (!punct(t[i + 1], '{')) return undefined;
    let depth = 0;
    for (let k = i + 1; k < to; k++) {
      if (punct(t[k], '{')) depth++;
      else if (punct(t[k], '}') && --depth === 0) return { params, from: i + 2, to: k };
    }
    return undefined;
  }

  private bodyWrites(fn: ScriptFunction): boolean {
    for (let k = fn.from; k < fn.to; k++) if (this.tokens[k]!.value === 'document' && (this.tokens[k + 2]?.value === 'write' || this.tokens[k + 2]?.value === 'writeln')) return true;
    return false;
  }

  /** A call's arguments from `at` (after its "("), each a constant, to its ")". */
  private args(at: number, env: Map<string, string>): { values: string[]; end: number } | undefined {
    const values: string[] = [];
    let i = at;
    if (punct(this.tokens[i], ')')) return { values, end: i };
    for (;;) {
      const v = this.expression(i, env);
      if (!v) return undefined;
      values.push(v.value);
      const next = this.tokens[v.end];
      if (punct(next, ')')) return { values, end: v.end };
      if (!punct(next, ',')) return undefined;
      i = v.end + 1;
    }
  }

  /** A constant expression at `at`: terms joined by "+". */
  private expression(at: number, env: Map<string, string>, depth = 0): { value: string; end: number } | undefined {
    if (depth > 8) return undefined;
    let term = this.term(at, env, depth);
    if (!term) return undefined;
    let value = term.value;
    while (punct(this.tokens[term.end], '+')) {
      term = this.term(term.end + 1, env, depth);
      if (!term) return undefined;
      value += term.value;
      if (value.length > MAX_WRITTEN_CHARS) return undefined;
    }
    return { value, end: term.end };
  }

  private term(at: number, env: Map<string, string>, depth: number): { value: string; end: number } | undefined {
    const t = this.tokens;
    const tok = t[at];
    if (!tok) return undefined;
    let value: string;
    let end: number;
    if (tok.kind === 'string') {
      value = tok.value;
      end = at + 1;
    } else if (tok.kind === 'number') {
      value = String(tok.value);
      end = at + 1;
    } else if (punct(tok, '(')) {
      const inner = this.expression(at + 1, env, depth + 1);
      if (!inner || !punct(t[inner.end], ')')) return undefined;
      value = inner.value;
      end = inner.end + 1;
    } else if (tok.kind === 'name' && tok.value === 'String' && punct(t[at + 1], '.') && t[at + 2]?.value === 'fromCharCode' && punct(t[at + 3], '(')) {
      const codes: number[] = [];
      let i = at + 4;
      for (; t[i]?.kind === 'number'; i += punct(t[i + 1], ',') ? 2 : 1) codes.push((t[i] as { value: number }).value);
      if (!punct(t[i], ')') || codes.some((c) => !Number.isInteger(c) || c > 0xffff)) return undefined;
      value = String.fromCharCode(...codes);
      end = i + 1;
    } else if (tok.kind === 'name' && (tok.value === 'unescape' || tok.value === 'decodeURIComponent' || tok.value === 'decodeURI') && punct(t[at + 1], '(')) {
      const inner = this.expression(at + 2, env, depth + 1);
      if (!inner || !punct(t[inner.end], ')')) return undefined;
      try {
        value = tok.value === 'unescape' ? unescapeLike(inner.value) : decodeURIComponent(inner.value);
      } catch {
        return undefined;
      }
      end = inner.end + 1;
    } else if (tok.kind === 'name' && env.has(tok.value) && !punct(t[at + 1], '(')) {
      value = env.get(tok.value)!;
      end = at + 1;
    } else return undefined;
    // `"ed.llewdnew@ofni".split("").reverse().join("")`
    if (punct(t[end], '.') && t[end + 1]?.value === 'split' && punct(t[end + 2], '(') && t[end + 3]?.kind === 'string' && t[end + 3]!.value === '' && punct(t[end + 4], ')')) {
      const rest = t.slice(end + 5, end + 14).map((x) => (x.kind === 'string' ? `"${x.value}"` : String(x.value))).join('');
      if (rest !== '.reverse().join("")') return undefined;
      value = [...value].reverse().join('');
      end += 14;
    }
    return { value, end };
  }
}

/** `unescape`: "%XX" and "%uXXXX" sequences; the rest as it is. */
function unescapeLike(s: string): string {
  return s.replace(/%u([\da-fA-F]{4})|%([\da-fA-F]{2})/g, (_, u: string | undefined, x: string | undefined) => String.fromCharCode(parseInt(u ?? x!, 16)));
}

function punct(tok: Token | undefined, value: string): boolean {
  return tok !== undefined && tok.kind === 'punct' && tok.value === value;
}

/** What may follow an assignment's value: its end (";", ",", ")", "}", the script's end or the next statement's first word). */
function ends(tok: Token | undefined): boolean {
  return tok === undefined || tok.kind === 'name' || punct(tok, ';') || punct(tok, ',') || punct(tok, ')') || punct(tok, '}');
}

/** Signs of a mailbox in written markup: "@", its character references, "mailto". */
const MAILBOX_SIGN = /@|&#0*64;|&#x0*40;|mailto/i;

/**
 * The markup the inline script `body` writes where it stands, when every write is a constant and
 * the markup shows a mailbox; undefined otherwise. Markup that would open a script, a style or
 * another element cut before the parse, or end inside a tag, is not returned.
 */
export function scriptWrites(body: string): string | undefined {
  if (body.length > MAX_SCRIPT_CHARS || !body.includes('document.write')) return undefined;
  const tokens = tokenizeScript(body);
  if (!tokens) return undefined;
  const written = new Evaluator(tokens).writes(0, tokens.length, new Map());
  if (!written || !MAILBOX_SIGN.test(written)) return undefined;
  if (/<(?:!--|(?:script|style|svg|select|noscript|template|iframe|textarea)\b)/i.test(written)) return undefined;
  if (written.lastIndexOf('<') > written.lastIndexOf('>')) return undefined;
  return written;
}
