/**
 * Embedded page data: the JSON state that real sites ship inside the page (Next.js
 * `__NEXT_DATA__`, `<script type="application/json">`, `window.__INITIAL_STATE__ = {...}`,
 * `__PRELOADED_STATE__`, `__NUXT__`, `__APOLLO_STATE__`, JSON in `data-*` attributes). Seller
 * names, phones and e-mails are often there and nowhere else in the HTML.
 *
 * Nothing is evaluated: a JSON literal is cut out of the script by a bracket scan that knows
 * strings, and handed to JSON.parse; of a script that builds its state in a function (Nuxt's
 * `(function(a,b){return {...}}(1,2))`) the returned object literal is read with its variables
 * unknown (null); Next.js flight data (`self.__next_f.push([1,"..."])`) is read for the JSON
 * literals inside its strings. Sizes are bounded.
 *
 * The walker finds party objects (seller, contact, user, advertiser... by key, in several
 * languages) and reads their name, phone, e-mail and address fields; VIN and plate fields are
 * read wherever they are; subtrees under chrome keys (footer, i18n, config, similar ads...) are
 * never read.
 */
import { unflatten } from 'devalue';
import type { IdentifierKind } from '../../shared/identifiers.js';
import type { FindingSet } from './findings.js';
import { decodedPhone } from './encoded.js';
import { hasPhoneLabel, LETTER, PLATE_LABEL, VIN_LABEL } from './labels.js';
import { hasKnownName, opensWithGivenName } from './given-names.js';
import { agentOfTradeName, isCityName, licensedNames, plausibleName, withoutPostNominals } from './names.js';
import { soleTradersName } from './sole-traders.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One blob of embedded data, still as text; `source` names where it came from. */
export interface EmbeddedBlob {
  readonly source: string;
  readonly text: string;
}

/** Blobs larger than this are not parsed (real state blobs are 10 KB - 2 MB). */
export const MAX_BLOB_CHARS = 4_000_000;
/** All blobs of one page together. */
export const MAX_PAGE_BLOB_CHARS = 8_000_000;
const MAX_DEPTH = 60;
/** Bounds the walk on pages whose state holds thousands of items. */
const MAX_NODES = 200_000;

/**
 * State that frameworks and sites assign in inline scripts: `window.__INITIAL_STATE__ = {...}`,
 * `window.FLUX_STATE = {...}`, `window["__APOLLO_STATE__"] = ...`, `__NUXT__ = ...`. Any global
 * assigned a JSON literal is read (JSON.parse decides whether it is one); analytics queues such
 * as `window.dataLayer` are not state and are skipped.
 */
const STATE_ASSIGNMENT =
  /(?:(?:window|self|globalThis)(?:\.([A-Za-z_$][\w$]*)|\[["']([A-Za-z_$][\w$]*)["']\])|\b(__[A-Za-z][\w$]*__|__remixContext|__staticRouterHydrationData))\s*=(?!=)\s*/g;
/** Cheap test before the assignment scan; the first match is where the scans start (see parseBlob). */
const HAS_STATE = /(?:window|self|globalThis)[.[]|__[A-Za-z][\w$]*__\s*=|__remixContext|__staticRouterHydrationData/;
/** Globals that hold analytics, ads or consent queues, not page state. */
const NOT_STATE = /^(?:dataLayer|_?gaq?|gtag|googletag|pbjs|_paq|_hsq|utag_data|adsbygoogle|OneTrust|Didomi|__tcfapi|__cmp|dfp\w*|_satellite|digitalData|criteo_q|fbq|_fbq|twq|hj|_hj\w*|Sentry|newrelic|NREUM)$/i;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Index of the quote that closes the string opening at `open` with the same quote (escapes
 * skipped), or at least the text's length when none does. Found with `indexOf` from quote to
 * quote: a quote is escaped when an odd run of backslashes stands right before it (the run starts
 * a pair, as the character before it is no backslash), which is what reading the string from its
 * start pair by pair says. A loop over every character of the string was 12 % of parseBlob in a
 * CPU profile of the corpus's page data (with the brackets' loop around it, balancedEnd).
 */
function closingQuote(text: string, open: number): number {
  const quote = text.charCodeAt(open) === 34 /* " */ ? '"' : "'";
  for (let q = text.indexOf(quote, open + 1); q >= 0; q = text.indexOf(quote, q + 1)) {
    let b = q;
    while (text.charCodeAt(b - 1) === 92 /* \ */) b--;
    if ((q - b) % 2 === 0) return q;
  }
  return text.length;
}

/**
 * End (exclusive) of the JSON value starting with "{" or "[" at `start`, or -1. `singleQuotes`:
 * strings in single quotes too, as a JavaScript literal writes them (see singleQuotedLiterals).
 * `parens`: round brackets nest too, for a call's argument list starting with "(".
 */
function balancedEnd(text: string, start: number, singleQuotes = false, parens = false): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ || (c === 39 /* ' */ && singleQuotes)) {
      i = closingQuote(text, i);
    } else if (c === 123 || c === 91 || (c === 40 && parens)) depth++;
    else if (c === 125 || c === 93 || (c === 41 && parens)) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** JSON.parse that returns undefined instead of throwing. */
export function parseJson(text: string): Json | undefined {
  return parseJsonOrFailure(text).value;
}

/**
 * False when JSON.parse is sure to refuse `text`, which starts with "{" or "[", at its first
 * member: "{" not followed by a quoted key or "}" (`{'a': 1}`, `{a: 1}`), "[" not followed by a
 * value or "]" (`[make_id:1]`). True says nothing. A refused JSON.parse throws, and the exception
 * costs 10-50 times a small successful parse (5-25 µs measured): on the corpus, 240 of the 277
 * refusals were of this kind (`data-*` attributes and state written as JavaScript).
 */
function startsLikeJson(text: string): boolean {
  let i = 1;
  let c = text.charCodeAt(i);
  // JSON's whitespace only: JSON.parse refuses any other
  while (c === 32 || c === 9 || c === 10 || c === 13) c = text.charCodeAt(++i);
  if (text.charCodeAt(0) === 123 /* { */) return c === 34 /* " */ || c === 125 /* } */;
  // " { [ ] - 0-9 true false null
  if (c === 34 || c === 123 || c === 91 || c === 93 || c === 45 || (c >= 48 && c <= 57)) return true;
  return text.startsWith('true', i) || text.startsWith('false', i) || text.startsWith('null', i);
}

/** The value assigned at `at`: a JSON literal, or JSON.parse("...") of a string literal. */
function valueAt(script: string, at: number): Json | undefined {
  const c = script[at];
  if (c === '{' || c === '[') {
    const end = balancedEnd(script, at);
    if (end < 0) return undefined;
    const literal = script.slice(at, end);
    const json = startsLikeJson(literal) ? parseJson(literal) : undefined;
    if (json !== undefined) return json;
    // A JavaScript literal rather than JSON (unquoted keys, trailing commas: a formatter's or a
    // template's output, `__PRELOADED_STATE__ = {\n  cars: {...},\n}`), read as Nuxt's state is.
    const converted = jsLiteralToJson(literal);
    return converted === undefined ? undefined : parseJson(converted);
  }
  // `JSON.parse("…")`, or the JSON string alone (`window.__PRERENDERED_STATE__ = "{\"listing\":…}"`,
  // which the page's code parses later: OLX's pages), or that string percent-encoded (PERCENT_ENCODED_JSON)
  const call = /^(?:JSON\.parse\(\s*)?(["'])(?=\s*[{[]|%(?:7B|5B)%)/i.exec(script.slice(at, at + 20));
  if (call) {
    const quote = call[1]!;
    const from = at + call[0].length;
    let i = from;
    for (; i < script.length; i++) {
      const d = script[i];
      if (d === '\\') i++;
      else if (d === quote) break;
    }
    if (i >= script.length || i - from > MAX_BLOB_CHARS) return undefined;
    let literal = script.slice(from, i);
    if (quote === "'") literal = literal.replace(/\\'/g, "'").replace(/"/g, '\\"');
    const inner = parseJson(`"${literal}"`);
    return typeof inner !== 'string' ? undefined : inner.charCodeAt(0) === 37 /* % */ ? percentEncodedJson(inner) : parseJson(inner);
  }
  return undefined;
}

/**
 * One pass over a JavaScript object literal: strings (double or single quoted), unquoted keys,
 * `!0`/`!1`, `void 0`, variables, numbers written ".5", trailing commas, and what only code has
 * ("/", "`", "(", ";"). Strings come first, so nothing inside a string is read as a token. Unquoted
 * keys may be any identifier, non-ASCII letters included (`{개인: {...}}`).
 */
const JS_TOKEN =
  /"[^"\\]*(?:\\[^][^"\\]*)*"|'[^'\\]*(?:\\[^][^'\\]*)*'|([{,]\s*)([A-Za-z_$\u00AA-\uFFFF][\w$\u00AA-\uFFFF]*)(?=\s*:)|!([01])(?![\w.])|(,)(?=\s*[}\]])|\bvoid\s+0\b|[A-Za-z_$][\w$]*|\.(?=\d)|[/`(;]/g;
/** Escapes JavaScript has and JSON has not: \' and \x41 (and a line continuation). */
const JS_ONLY_ESCAPE = /\\(?:'|x([0-9A-Fa-f]{2})|\n)/g;

/** [A-Za-z0-9_$] */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

function jsonString(body: string, quote: string): string {
  let b = body.replace(JS_ONLY_ESCAPE, (m: string, hex: string | undefined) => (hex ? `\\u00${hex}` : m === "\\'" ? "'" : ''));
  if (quote === "'") b = b.replace(/(^|[^\\])((?:\\\\)*)"/g, '$1$2\\"');
  return `"${b}"`;
}

/**
 * A JavaScript object literal as Nuxt serialises its state (`{layout:"default",data:[{tel:"0 800
 * 10 3000",cp:S}]}`) turned into JSON: keys quoted, `.5` as `0.5`, `!0`/`!1` as true/false, and
 * every variable (`S`, `void 0`) as null. Nothing is evaluated: a value the page builds from the
 * function's arguments is not known, and stays null. Undefined when the text is not such a
 * literal (a call, a regular expression, a template string).
 *
 * The work is done by a hand-written scan of the same tokens as JS_TOKEN (`scanJsLiteral`);
 * text with a character beyond ASCII outside its strings, where JS_TOKEN's Unicode classes
 * (`\s`, keys in any letters) would need the same care, is left to the regex.
 */
export function jsLiteralToJson(js: string, vars?: ReadonlyMap<string, string>): string | undefined {
  const fast = scanJsLiteral(js, vars);
  return fast === NOT_ASCII ? jsLiteralToJsonByRegex(js, vars) : fast;
}

/** What JS_TOKEN does, written as a regex: the reference for `scanJsLiteral` (and the path for text beyond ASCII). */
export function jsLiteralToJsonByRegex(js: string, vars?: ReadonlyMap<string, string>): string | undefined {
  // An exec loop that concatenates, not replace() with a callback nor an array join: measured
  // on a 140 KB Nuxt state, both cost several times the scan.
  let out = '';
  let from = 0;
  JS_TOKEN.lastIndex = 0;
  for (let m = JS_TOKEN.exec(js); m; m = JS_TOKEN.exec(js)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    let replacement: string;
    if (c === 34 /* " */) replacement = t.includes('\\') ? jsonString(t.slice(1, -1), '"') : t;
    else if (c === 39 /* ' */) replacement = jsonString(t.slice(1, -1), "'");
    else if (m[2] !== undefined) replacement = `${m[1]!}"${m[2]}"`;
    else if (m[3] !== undefined) replacement = m[3] === '0' ? 'true' : 'false';
    else if (m[4] !== undefined) replacement = ''; // a trailing comma ("{a: 1,}")
    else if (c === 47 || c === 96 || c === 40 || c === 59) return undefined; // / ` ( ;: code
    else {
      // Inside a number or after a dot ("1e5", "1.5", "a.b"): left as written.
      const p = m.index > 0 ? js.charCodeAt(m.index - 1) : 0;
      if (isWordChar(p) || p === 46) continue;
      // ".5"; a JSON literal; "void 0" or a variable, whose value is unknown
      replacement = c === 46 ? '0.' : t === 'true' || t === 'false' || t === 'null' ? t : (vars?.get(t) ?? 'null');
    }
    if (replacement === t) continue;
    out += js.slice(from, m.index) + replacement;
    from = m.index + t.length;
  }
  return out + js.slice(from);
}

/** `scanJsLiteral`'s answer for text it leaves to the regex. */
const NOT_ASCII = null;

/** \s of JS_TOKEN within ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** [A-Za-z0-9_] (\w) */
function isW(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** [A-Za-z_$] */
function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

/** End (exclusive) of the string quoted by `quote` that starts at `i`, or -1 when it is not closed. */
function quotedEnd(js: string, i: number, quote: string): number {
  for (let j = js.indexOf(quote, i + 1); j >= 0; j = js.indexOf(quote, j + 1)) {
    // The quote closes the string unless an odd number of backslashes escape it.
    let b = j - 1;
    while (js.charCodeAt(b) === 92 /* \ */) b--;
    if ((j - 1 - b) % 2 === 0) return j + 1;
  }
  return -1;
}

/**
 * jsLiteralToJsonByRegex as a scan of character codes: the same tokens at the same places (JS_TOKEN
 * tries its alternatives at each position in turn, and each alternative starts with its own
 * characters), with the same replacements, and without a match object and substrings per token.
 * Measured on the corpus's Nuxt states (10-140 KB): a third to a fifth of the regex's time.
 * NOT_ASCII (null) when a character beyond ASCII is met outside a string. Exported for its test.
 */
export function scanJsLiteral(js: string, vars?: ReadonlyMap<string, string>): string | undefined | typeof NOT_ASCII {
  const n = js.length;
  let out = '';
  let from = 0;
  // Where the next backslash is at or after (n: none), for strings that hold one.
  let backslash = -1;
  let i = 0;
  while (i < n) {
    const c = js.charCodeAt(i);
    if (c >= 128) return NOT_ASCII;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const end = quotedEnd(js, i, c === 34 ? '"' : "'");
      // Not closed: no token here, the scan goes on inside it (as the regex does).
      if (end < 0) {
        i++;
        continue;
      }
      if (backslash < i) {
        backslash = js.indexOf('\\', i);
        if (backslash < 0) backslash = n;
      }
      if (c === 39 || backslash < end) {
        out += js.slice(from, i) + jsonString(js.slice(i + 1, end - 1), c === 34 ? '"' : "'");
        from = end;
      }
      i = end;
      continue;
    }
    if (c === 123 /* { */ || c === 44 /* , */) {
      // An unquoted key: [{,]\s*(identifier)(?=\s*:)
      let j = i + 1;
      while (j < n && isSpace(js.charCodeAt(j))) j++;
      if (j < n && js.charCodeAt(j) >= 128) return NOT_ASCII;
      if (j < n && isIdentStart(js.charCodeAt(j))) {
        let k = j + 1;
        while (k < n && (isW(js.charCodeAt(k)) || js.charCodeAt(k) === 36)) k++;
        let l = k;
        while (l < n && isSpace(js.charCodeAt(l))) l++;
        if (l < n && js.charCodeAt(l) >= 128) return NOT_ASCII;
        if (l < n && js.charCodeAt(l) === 58 /* : */) {
          out += `${js.slice(from, j)}"${js.slice(j, k)}"`;
          from = k;
          i = k;
          continue;
        }
      }
      if (c === 44) {
        // A trailing comma: (,)(?=\s*[}\]])
        let l = i + 1;
        while (l < n && isSpace(js.charCodeAt(l))) l++;
        if (l < n && js.charCodeAt(l) >= 128) return NOT_ASCII;
        const d = l < n ? js.charCodeAt(l) : 0;
        if (d === 125 || d === 93) {
          out += js.slice(from, i);
          from = i + 1;
        }
      }
      i++;
      continue;
    }
    if (c === 33 /* ! */) {
      // !0 and !1: !([01])(?![\w.])
      const d = i + 1 < n ? js.charCodeAt(i + 1) : 0;
      const after = i + 2 < n ? js.charCodeAt(i + 2) : 0;
      if ((d === 48 || d === 49) && !isW(after) && after !== 46) {
        out += js.slice(from, i) + (d === 48 ? 'true' : 'false');
        from = i + 2;
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    const isDot = c === 46;
    if (isDot || isIdentStart(c)) {
      let end: number;
      if (isDot) {
        // \.(?=\d)
        const d = i + 1 < n ? js.charCodeAt(i + 1) : 0;
        if (!(d >= 48 && d <= 57)) {
          i++;
          continue;
        }
        end = i + 1;
      } else {
        end = i + 1;
        while (end < n && (isW(js.charCodeAt(end)) || js.charCodeAt(end) === 36)) end++;
        // \bvoid\s+0\b, tried before the identifier
        if (c === 118 /* v */ && end === i + 4 && (i === 0 || !isW(js.charCodeAt(i - 1))) && js.startsWith('void', i)) {
          let l = end;
          while (l < n && isSpace(js.charCodeAt(l))) l++;
          if (l < n && js.charCodeAt(l) >= 128) return NOT_ASCII;
          if (l > end && l < n && js.charCodeAt(l) === 48 && (l + 1 >= n || !isW(js.charCodeAt(l + 1)))) end = l + 1;
        }
      }
      // Inside a number or after a dot ("1e5", "1.5", "a.b"): left as written.
      const p = i > 0 ? js.charCodeAt(i - 1) : 0;
      if (!isWordChar(p) && p !== 46) {
        const t = isDot ? '.' : js.slice(i, end);
        const replacement = isDot ? '0.' : t === 'true' || t === 'false' || t === 'null' ? t : (vars?.get(t) ?? 'null');
        if (replacement !== t) {
          out += js.slice(from, i) + replacement;
          from = end;
        }
      }
      i = end;
      continue;
    }
    // / ` ( ;: code
    if (c === 47 || c === 96 || c === 40 || c === 59) return undefined;
    i++;
  }
  return out + js.slice(from);
}

/**
 * The state a script builds in a function (`__NUXT__=(function(a,b){return {...}}(1,"x"))`):
 * the object it returns, read as a JavaScript literal whose variables are unknown (null), and
 * the literals its statements assign before that (`a[0]={listingId:…,owner:{…}};`): Nuxt 2
 * builds an object the state refers to more than once so, and a result page's ads are often
 * all there, the returned object only naming them.
 */
const FUNCTION_HEAD = /^\(?\s*function\s*\([\w$,\s]*\)\s*\{/;
const RETURN_OBJECT = /\breturn\s*(?=\{)/g;
/** A statement that assigns a literal to an element or member of a variable (`a[0]={`, `b.list=[`). */
const STATEMENT_LITERAL = /(?:^|[;{}])\s*[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)+\s*=\s*(?=[{[])/g;
/** Such statements read per function, at most. */
const MAX_STATEMENT_LITERALS = 500;

function returnedLiterals(script: string, at: number): Json[] {
  const head = FUNCTION_HEAD.exec(script.slice(at, at + 20_000));
  if (!head) return [];
  // Statements may come first ("cc[0]={...};"): the object after the first "return".
  const bodyStart = at + head[0].length;
  RETURN_OBJECT.lastIndex = bodyStart;
  const ret = RETURN_OBJECT.exec(script);
  if (!ret) return [];
  const start = ret.index + ret[0].length;
  const end = balancedEnd(script, start);
  if (end < 0) return [];
  const vars = argumentsOf(script, at, head[0]);
  const out: Json[] = [];
  const json = jsLiteralToJson(script.slice(start, end), vars);
  const returned = json === undefined ? undefined : parseJson(json);
  if (returned !== undefined && !(typeof returned === 'object' && returned !== null && Object.keys(returned).length === 0)) out.push(returned);
  STATEMENT_LITERAL.lastIndex = bodyStart - 1;
  for (let m = STATEMENT_LITERAL.exec(script), n = 0; m && m.index < ret.index && n < MAX_STATEMENT_LITERALS; m = STATEMENT_LITERAL.exec(script), n++) {
    const from = m.index + m[0].length;
    const to = balancedEnd(script, from);
    if (to < 0 || to > ret.index) break;
    const literal = jsLiteralToJson(script.slice(from, to), vars);
    const value = literal === undefined ? undefined : parseJson(literal);
    if (value !== undefined && typeof value === 'object' && value !== null) out.push(value);
    STATEMENT_LITERAL.lastIndex = to;
  }
  return out;
}

/**
 * The values the function is called with, by its parameters' names (`(function(a,b){…}(1,"x"))`
 * gives a → 1, b → "x", as JSON text): Nuxt 2 passes the state's repeated values so, and the
 * returned object names them (`{tel:b}`). The arguments are literals too; a variable among them,
 * or a list that is not one, leaves the names unknown (null), as before.
 */
function argumentsOf(script: string, at: number, head: string): ReadonlyMap<string, string> | undefined {
  const params = /\(([\w$,\s]*)\)\s*\{$/.exec(head)?.[1]?.split(',').map((p) => p.trim()).filter(Boolean);
  if (!params?.length) return undefined;
  const bodyEnd = balancedEnd(script, at + head.length - 1, true);
  if (bodyEnd < 0) return undefined;
  // "}(…)" or "})(…)": spaces and the closing bracket of "(function…)" before the call's list.
  let open = bodyEnd;
  while (open < script.length && /[\s)]/.test(script[open]!)) open++;
  if (script[open] !== '(') return undefined;
  const close = balancedEnd(script, open, true, true);
  if (close < 0) return undefined;
  // A call among them ("Array(2)", "Date(…)") is a value not known here: null, as a variable is.
  const list = jsLiteralToJson(`[${script.slice(open + 1, close - 1).replace(SIMPLE_CALL, 'null')}]`);
  const values = list === undefined ? undefined : parseJson(list);
  if (!Array.isArray(values)) return undefined;
  const vars = new Map<string, string>();
  params.forEach((p, i) => {
    if (i < values.length) vars.set(p, JSON.stringify(values[i]));
  });
  return vars;
}

/** A call with literal arguments and no nested call or string ("Array(2)", "new Date(1700000000)"). */
const SIMPLE_CALL = /(?:\bnew\s+)?(?<![\w$."'])[A-Za-z_$][\w$]*\([^()"']*\)/g;

/** Parses one blob: plain JSON (script type=application/json, data-* attribute) or state assignments in a script. */
/**
 * Angular's server state ("TransferState", `<script id="serverApp-state" type="application/json">`)
 * escapes JSON's characters as entities of its own: `&q;` for `"`, `&a;` for `&`, `&s;` for `'`,
 * `&l;` for `<`, `&g;` for `>`. Undone before the JSON is parsed.
 */
const ANGULAR_ESCAPE = /&([qasgl]);/g;
const ANGULAR_CHARS: Readonly<Record<string, string>> = { q: '"', a: '&', s: "'", l: '<', g: '>' };

function unescapeAngular(text: string): string {
  return text.startsWith('{&q;') ? text.replace(ANGULAR_ESCAPE, (_, c: string) => ANGULAR_CHARS[c]!) : text;
}

export function parseBlob(blob: EmbeddedBlob): Json[] {
  const text = unescapeAngular(blob.text.trim());
  if (!text || text.length > MAX_BLOB_CHARS) return [];
  const first = text.charCodeAt(0);
  // A JSON value that starts with "{" ends with "}", and trim() has removed JSON's whitespace after it.
  if ((first === 123 /* { */ && text.charCodeAt(text.length - 1) === 125) || (first === 91 /* [ */ && text.charCodeAt(text.length - 1) === 93)) {
    const whole = startsLikeJson(text) ? parseJson(text) : undefined;
    if (whole !== undefined) return [devalued(whole, blob.source) ?? whole];
  }
  const out: Json[] = text.includes('"@context"') ? schemaOrgBuiltInScript(text) : [];
  // The state and literals below are read as they were without such an object: `built` of them is its.
  const built = out.length;
  // Where a flight push or a state assignment starts, a state hint starts too: with no hint, the
  // text has neither, and with one, neither starts before it. So the flight test (2.5 ms of the
  // corpus's 50 ms of parsing when it ran on every blob) runs only on text with a hint, from it.
  const hint = HAS_STATE.exec(text);
  if (!hint) return assignedLiterals(text, singleQuotedLiterals(text, literals(text, out)));
  // Every flight push holds "__next_f.push(", found by indexOf far faster than the pattern fails
  // on a script without one (most of them).
  FLIGHT.lastIndex = hint.index;
  if (text.includes('__next_f.push(', hint.index) && FLIGHT.test(text)) return flight(text, out);
  STATE_ASSIGNMENT.lastIndex = hint.index;
  for (let m = STATE_ASSIGNMENT.exec(text); m; m = STATE_ASSIGNMENT.exec(text)) {
    const name = m[1] ?? m[2] ?? m[3] ?? '';
    if (NOT_STATE.test(name)) continue;
    const at = m.index + m[0].length;
    const v = valueAt(text, at);
    // `window.advert = {};` initialises a namespace the script fills in later: no state, and not
    // a reason to skip the JSON literals in the rest of the script (see the return below).
    if (v === undefined) out.push(...returnedLiterals(text, at));
    else if (!(typeof v === 'object' && v !== null && Object.keys(v).length === 0)) out.push(v);
  }
  return out.length > built ? out : assignedLiterals(text, singleQuotedLiterals(text, literals(text, out)));
}

/**
 * A state assigned as percent-encoded JSON text, which the page's own script decodes and parses
 * (`window.pageState = "%7B%22ads%22%3A…"`, read with `JSON.parse(decodeURIComponent(…))`): an
 * object's or an array's text, decoded the same way. Undefined for any other string, or one that
 * does not decode or parse.
 */
const PERCENT_ENCODED_JSON = /^%(?:7B|5B)%(?:22|7B|5B)/i;
function percentEncodedJson(v: string): Json | undefined {
  if (v.length > MAX_BLOB_CHARS || !PERCENT_ENCODED_JSON.test(v)) return undefined;
  let text: string;
  try {
    text = decodeURIComponent(v);
  } catch {
    return undefined;
  }
  return parseJson(text);
}

/** namespacedLiterals, then declaredParties: both need "= {" or "= [{" somewhere (OBJECT_ASSIGNED), tested once for the two. */
function assignedLiterals(text: string, out: Json[]): Json[] {
  return OBJECT_ASSIGNED.test(text) ? declaredParties(text, namespacedLiterals(text, out)) : out;
}

/**
 * A schema.org object a script builds before it writes it into a JSON-LD element, as dealer-site
 * platforms do (`var autodealer = {"@context": "http://schema.org", "@type": "AutoDealer",
 * "openingHours": hours, "url": location.origin, …}`): JavaScript, not JSON (variables in it), so
 * neither JSON.parse nor the JSON-LD reader sees it. Read as a JavaScript literal (variables are
 * null), with the page's own origin (`location.origin`) as the site's root, "/": the object
 * describes the site it runs on.
 */
const BUILT_SCHEMA_ORG = /=\s*(\{)\s*["']@context["']\s*:\s*["']https?:\/\/schema\.org\/?["']/g;
const LOCATION_ORIGIN = /\b(?:window\.|document\.)?location\.origin\b/g;
/** Such objects read per script, at most. */
const MAX_BUILT_SCHEMA_ORG = 5;

function schemaOrgBuiltInScript(text: string): Json[] {
  const out: Json[] = [];
  BUILT_SCHEMA_ORG.lastIndex = 0;
  for (let m = BUILT_SCHEMA_ORG.exec(text); m && out.length < MAX_BUILT_SCHEMA_ORG; m = BUILT_SCHEMA_ORG.exec(text)) {
    const start = m.index + m[0].indexOf('{');
    const end = balancedEnd(text, start, true);
    if (end < 0) continue;
    const json = jsLiteralToJson(text.slice(start, end).replace(LOCATION_ORIGIN, '"/"'));
    const value = json === undefined ? undefined : parseJson(json);
    if (value !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value)) out.push(value);
    BUILT_SCHEMA_ORG.lastIndex = end;
  }
  return out;
}

/**
 * State a script assigns to its own namespace rather than to `window`, written as JavaScript
 * (`Homes.Data.listings = [{agentName: "…", agentPhone: "…"}]`, `App.page.ad = {seller: {…}}`,
 * `Site.data['dealer'] = {…}`): unquoted keys, or JavaScript's escapes in JSON ("\x40"), so
 * neither JSON.parse nor `literals` reads it. The namespace's root is
 * capitalised, as a global's is (`a.b = {…}` is any code's local). Only literals JSON.parse
 * refuses are read here: the JSON ones `literals` has read already.
 */
/** Such assignments read per script, at most. */
const MAX_NAMESPACED = 20;
/** "=" (not "==") and spaces before an object or a list of objects: where such an assignment's name ends. */
const ASSIGNED_OBJECT = /=(?!=)\s*(?=\[\s*\{|\{)/g;

/**
 * The next such assignment from `from` on: where its name starts and where its literal starts.
 * It finds what the pattern `/\b[A-Z][\w$]*(?:\.[A-Za-z_$][\w$]*){1,4}(?:\[(["'])[\w$-]+\1\])?\s*=(?!=)\s*(?=\[\s*\{|\{)/g`
 * finds (the unit tests compare the two on the corpus's scripts and on generated text), but from
 * each "=" before an object, looking back for the name, rather than by the pattern, which V8
 * tried at every capital letter of every script: 1.3 % of extraction's CPU on the corpus.
 */
export function nextNamespaceAssignment(text: string, from = 0): { readonly index: number; readonly literal: number } | undefined {
  ASSIGNED_OBJECT.lastIndex = from;
  for (let m = ASSIGNED_OBJECT.exec(text); m; m = ASSIGNED_OBJECT.exec(text)) {
    const index = namespaceBefore(text, m.index, from);
    if (index >= 0) return { index, literal: m.index + m[0].length };
  }
  return undefined;
}

/** `[A-Za-z0-9_]`: a regex's word character (`\w`; isWordChar adds "$"). */
function isRegexWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
}

/**
 * Where the leftmost capitalised dotted name (`Root.a`, up to four dots) that ends right before
 * the "=" at `eq` (spaces between) starts, not before `from`; -1 without one. Read back over the
 * name's parts: a start is a capital letter at a word boundary in a part with one to four parts
 * after it, each starting with a letter, "_" or "$".
 */
function namespaceBefore(text: string, eq: number, from: number): number {
  let end = eq;
  while (end > from && isJsSpace(text.charCodeAt(end - 1))) end--;
  // One quoted key in brackets after the name (`Site.data['dealer'] = {…}`).
  end = beforeQuotedIndex(text, end, from);
  let best = -1;
  for (let dots = 0; ; dots++) {
    let start = end;
    while (start > from && isWordChar(text.charCodeAt(start - 1))) start--;
    if (start === end) return best;
    if (dots >= 1) {
      for (let p = start; p < end; p++) {
        const c = text.charCodeAt(p);
        if (c >= 0x41 && c <= 0x5a && (p === 0 || !isRegexWordChar(text.charCodeAt(p - 1)))) {
          best = p;
          break;
        }
      }
    }
    const first = text.charCodeAt(start);
    // A part after the name's first starts with no digit; four dots are the most.
    if (dots === 4 || (first >= 0x30 && first <= 0x39) || start === from || text.charCodeAt(start - 1) !== 0x2e) return best;
    end = start - 1;
  }
}

/**
 * Where a quoted key in brackets that ends at `end` (`['dealer']`, `["dealer"]`: word characters and
 * "-" between the quotes) starts, or `end` itself without one.
 */
function beforeQuotedIndex(text: string, end: number, from: number): number {
  if (end - from < 4 || text.charCodeAt(end - 1) !== 93 /* ] */) return end;
  const quote = text.charCodeAt(end - 2);
  if (quote !== 39 /* ' */ && quote !== 34 /* " */) return end;
  let p = end - 3;
  while (p > from && (isWordChar(text.charCodeAt(p)) || text.charCodeAt(p) === 45 /* - */)) p--;
  return p < end - 3 && p > from && text.charCodeAt(p) === quote && text.charCodeAt(p - 1) === 91 /* [ */ ? p - 1 : end;
}

/** The cheap test before any look for such an assignment: one needs "= {" or "= [{" somewhere. */
const OBJECT_ASSIGNED = /=\s*\[?\s*\{/;

/**
 * Whether a script assigns such a literal, or declares its people (`declaredParties`): the page's
 * parse keeps the script as page data then. Both are looked for from each "=" before an object,
 * in one pass.
 */
export function hasNamespacedLiteral(text: string): boolean {
  if (!OBJECT_ASSIGNED.test(text)) return false;
  ASSIGNED_OBJECT.lastIndex = 0;
  for (let m = ASSIGNED_OBJECT.exec(text); m; m = ASSIGNED_OBJECT.exec(text)) {
    if (namespaceBefore(text, m.index, 0) >= 0 || declaredBefore(text, m.index, 0) !== undefined) return true;
  }
  return false;
}

/** Whether the first object of a literal ("{…}" or "[{…}]") opens with a quoted key, or is empty. */
function quotedFirstKey(literal: string): boolean {
  let i = 0;
  let c = literal.charCodeAt(i);
  while (c === 91 /* [ */ || c === 123 /* { */ || isJsSpace(c)) c = literal.charCodeAt(++i);
  return c === 34 /* " */ || c === 125 /* } */ || c === 93 /* ] */;
}

/** Called when OBJECT_ASSIGNED has matched (assignedLiterals). */
function namespacedLiterals(text: string, out: Json[]): Json[] {
  let read = 0;
  for (let m = nextNamespaceAssignment(text); m && read < MAX_NAMESPACED; ) {
    const start = m.literal;
    const end = balancedEnd(text, start, true);
    if (end < 0) {
      m = nextNamespaceAssignment(text, start);
      continue;
    }
    m = nextNamespaceAssignment(text, end);
    const literal = text.slice(start, end);
    // JSON (a quoted first key): `literals` has read it, or refused it for what this would too; but
    // not JSON with JavaScript's "\x40" escapes, which JSON.parse refuses and the conversion undoes.
    if (quotedFirstKey(literal) && !literal.includes('\\x')) continue;
    read++;
    const json = jsLiteralToJson(literal);
    const value = json === undefined ? undefined : (parseJson(json) ?? parseJson(withoutArithmetic(json)));
    if (value !== undefined) out.push(value);
  }
  return out;
}

/**
 * A literal's values written as arithmetic ("delay: 5 * 1000", "offset: -2 + 1"), which JSON has no
 * form for and the conversion leaves as written: each such value as its first number, so that the
 * rest of the object (its listings, their agents) is read. Nothing is evaluated; a number's value
 * says nothing of a contact. Tried only when the converted text is refused. Not a division: the
 * conversion takes its slash for a regular expression's, and refuses the literal as code.
 */
function withoutArithmetic(json: string): string {
  return json.replace(ARITHMETIC_VALUE, '$1$2');
}
const ARITHMETIC_VALUE = /([:,[]\s*)(-?\d+(?:\.\d+)?)(?:\s*[*+-]\s*\d+(?:\.\d+)?)+(?=\s*[,}\]])/g;

/**
 * A small site's own script that declares its people as a variable named for them, written as
 * JavaScript (`const agents = [{ name: "…", role: "Sales Agent", number: "+254…" }]`, `let
 * contacts = {…}`): unquoted keys, and no global's or namespace's name, so neither `literals` nor
 * `namespacedLiterals` reads it. Read as the object `{agents: […]}`, so that the walker sees the
 * people under their variable's name, a party's key, as it sees them in page data.
 */
const DECLARED_NAMES: ReadonlySet<string> = new Set([
  'agents', 'sellers', 'contacts', 'dealers', 'salespeople', 'salesAgents', 'salesTeam', 'salesStaff', 'staff', 'team', 'teamMembers',
  'advisors', 'advisers', 'consultants', 'brokers', 'realtors',
]);

/**
 * The next such declaration from `from` on: where it starts (its keyword), the variable's name and
 * where its literal starts. It finds what the pattern
 * `/\b(?:const|let|var)\s+(agents|sellers|…|realtors)\s*=(?!=)\s*(?=\[\s*\{|\{)/g` (the names of
 * DECLARED_NAMES) finds, but from each "=" before an object, looking back for the name and the
 * keyword (as nextNamespaceAssignment does), rather than by the pattern, which V8 tried at every
 * position of every script: 0.6 % of extractFindings in a CPU profile of the corpus. The unit tests
 * compare the two on the corpus's scripts and on generated text.
 */
export function nextDeclaredParty(text: string, from = 0): { readonly index: number; readonly name: string; readonly literal: number } | undefined {
  ASSIGNED_OBJECT.lastIndex = from;
  for (let m = ASSIGNED_OBJECT.exec(text); m; m = ASSIGNED_OBJECT.exec(text)) {
    const declared = declaredBefore(text, m.index, from);
    if (declared !== undefined) return { index: declared.index, name: declared.name, literal: m.index + m[0].length };
  }
  return undefined;
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/**
 * The declaration (`const agents =`) that ends right before the "=" at `eq` (spaces between), not
 * starting before `from`: its keyword's start and the name; undefined without one. The names are
 * letters only, and the pattern wants white space before one, so the name is the whole run of
 * letters before the spaces; before it, white space, and a keyword at a word boundary.
 */
function declaredBefore(text: string, eq: number, from: number): { index: number; name: string } | undefined {
  let end = eq;
  while (end > from && isJsSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === end || start === from || !isJsSpace(text.charCodeAt(start - 1))) return undefined;
  const name = text.slice(start, end);
  if (!DECLARED_NAMES.has(name)) return undefined;
  let k = start - 1;
  while (k > from && isJsSpace(text.charCodeAt(k - 1))) k--;
  for (const keyword of DECLARATION_KEYWORDS) {
    const index = k - keyword.length;
    if (index >= from && text.startsWith(keyword, index) && (index === 0 || !isRegexWordChar(text.charCodeAt(index - 1)))) return { index, name };
  }
  return undefined;
}
const DECLARATION_KEYWORDS = ['const', 'let', 'var'] as const;
/** Such declarations read per script, at most. */
const MAX_DECLARED = 5;

/**
 * A template's sample person in such a list: a number whose last eight digits count up ("+254 712
 * 345 678", "0734 567 890"), as a site's template fills its sales agents with. Its name is no
 * more a person's than its number is anyone's: the whole entry goes.
 */
function templatePerson(p: Json): boolean {
  if (!isObject(p)) return false;
  for (const k in p) {
    const v = p[k];
    if (typeof v !== 'string') continue;
    const digits = v.replace(/\D/g, '');
    if (digits.length >= 8 && countingUp(digits.slice(-8))) return true;
  }
  return false;
}

/** Counting up throughout, 9 going on to 0 ("34567890"). */
function countingUp(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const step = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (step !== 1 && step !== -9) return false;
  }
  return true;
}

/** Called when OBJECT_ASSIGNED has matched (assignedLiterals). */
function declaredParties(text: string, out: Json[]): Json[] {
  let read = 0;
  for (let m = nextDeclaredParty(text); m && read < MAX_DECLARED; ) {
    const start = m.literal;
    const end = balancedEnd(text, start, true);
    if (end < 0) {
      m = nextDeclaredParty(text, start);
      continue;
    }
    read++;
    const literal = text.slice(start, end);
    const json = jsLiteralToJson(literal) ?? literal;
    const value = parseJson(json);
    if (value !== undefined) out.push({ [m.name]: Array.isArray(value) ? value.filter((p) => !templatePerson(p)) : value });
    m = nextDeclaredParty(text, end);
  }
  return out;
}

/** An object literal with single-quoted keys assigned or passed in a script (`jobs[0] = {'company': …, 'contact': "…"}`). */
const SINGLE_QUOTED_LITERAL = /[=(,:]\s*\[?\s*\{\s*'[\w$-]+'\s*:/g;
/** Such literals read per script, at most. */
const MAX_SINGLE_QUOTED = 200;


/** `[\w$-]`: a single-quoted key's characters. */
function isKeyChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x24 || c === 0x2d;
}

/**
 * The cheap test before the scan for such literals: whether `text` holds an object's first key
 * in single quotes ("{ 'company':"), what the regex `/\{\s*'[\w$-]+'\s*:/` matches, found from
 * the text's single quotes (each one looked at as a key's opening quote:
 * a "{" and spaces before it, key characters, a quote, spaces and a colon after) rather than
 * by the pattern, which V8 tried at every "{" of every script: ~2.3 ms against ~0.3 ms on the
 * corpus's page data (4.3 M characters), most of it on scripts that hold no such object. The
 * unit tests compare the two on the corpus and on generated text. Linear: each scan from a
 * quote stops at the next character that is no space or no key character.
 */
export function hasSingleQuotedObject(text: string): boolean {
  for (let q = text.indexOf("'"); q >= 0; q = text.indexOf("'", q + 1)) {
    let i = q - 1;
    while (i >= 0 && isJsSpace(text.charCodeAt(i))) i--;
    if (i < 0 || text.charCodeAt(i) !== 0x7b) continue;
    let j = q + 1;
    while (j < text.length && isKeyChar(text.charCodeAt(j))) j++;
    if (j === q + 1 || text.charCodeAt(j) !== 0x27) continue;
    let k = j + 1;
    while (k < text.length && isJsSpace(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 0x3a) return true;
  }
  return false;
}

/**
 * Object literals a script writes with single-quoted keys, as hand-written and older server
 * templates do: not JSON, so `literals` passes them by; read as JavaScript literals are
 * (`jsLiteralToJson`). Their end is found counting brackets outside both kinds of string (balancedEnd).
 */
function singleQuotedLiterals(text: string, out: Json[]): Json[] {
  if (!hasSingleQuotedObject(text)) return out;
  SINGLE_QUOTED_LITERAL.lastIndex = 0;
  let read = 0;
  for (let m = SINGLE_QUOTED_LITERAL.exec(text); m && read < MAX_SINGLE_QUOTED; m = SINGLE_QUOTED_LITERAL.exec(text)) {
    const start = text.indexOf(text.charAt(m.index + m[0].search(/[[{]/)), m.index + 1);
    const end = balancedEnd(text, start, true);
    if (end < 0) continue;
    read++;
    const json = jsLiteralToJson(text.slice(start, end));
    const value = json === undefined ? undefined : parseJson(json);
    if (value !== undefined) out.push(value);
    SINGLE_QUOTED_LITERAL.lastIndex = end;
  }
  return out;
}

/** Types devalue revives itself; every other type tag in a payload is the app's own (Nuxt's "ShallowReactive"). */
const DEVALUE_TYPES: ReadonlySet<string> = new Set([
  'Date', 'Set', 'Map', 'RegExp', 'Object', 'BigInt', 'null', 'URL', 'URLSearchParams', 'ArrayBuffer',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Sparse',
]);

/**
 * A devalue payload (Nuxt 3's `<script id="__NUXT_DATA__">`): one flat array
 * whose objects hold the indexes of their values (`{"name": 43}`), the root first, typically
 * `["ShallowReactive", 1]`. Read as the data it stands for with devalue's own `unflatten` (the
 * format is devalue's, so its reader is used, not a copy); the app's own type tags keep their
 * value. Undefined for any other array, or a payload devalue refuses.
 */
function devalued(v: Json, source: string): Json | undefined {
  if (!Array.isArray(v) || v.length < 3) return undefined;
  const root = v[0];
  // Nuxt's tagged root, or any root in Nuxt's payload script. Not a list of objects with
  // numbers elsewhere ("[{"x": 1, "y": 2}, ...]" in a data-* attribute is data as it stands).
  const isTagged = Array.isArray(root) && root.length === 2 && typeof root[0] === 'string' && /^[A-Z]\w*$/.test(root[0]) && root[1] === 1;
  if (!isTagged && source !== '__NUXT_DATA__') return undefined;
  const revivers: Record<string, (x: unknown) => unknown> = {};
  for (const item of v) {
    if (Array.isArray(item) && typeof item[0] === 'string' && !DEVALUE_TYPES.has(item[0])) revivers[item[0]] = (x) => x;
  }
  try {
    return unflatten(v, revivers) as Json;
  } catch {
    return undefined;
  }
}

/** React Server Components' flight data as Next.js ships it: `self.__next_f.push([1,"5:[\\"$\\",...]"])`. */
const FLIGHT = /\b(?:self|window)\.__next_f\.push\(/g;
const FLIGHT_PUSH = /\b(?:self|window)\.__next_f\.push\(\s*(?=\[)/g;

/**
 * Flight data is JSON text inside a JSON string: each push's array is parsed, and its strings
 * are read for the JSON object literals they carry (the page's props, result cards).
 */
function flight(text: string, out: Json[]): Json[] {
  FLIGHT_PUSH.lastIndex = 0;
  for (let m = FLIGHT_PUSH.exec(text); m; m = FLIGHT_PUSH.exec(text)) {
    const start = m.index + m[0].length;
    const end = balancedEnd(text, start);
    if (end < 0) break;
    FLIGHT_PUSH.lastIndex = end;
    const chunk = parseJson(text.slice(start, end));
    if (Array.isArray(chunk)) for (const part of chunk) if (typeof part === 'string' && part.length >= MIN_LITERAL) literals(part, out);
  }
  return out;
}

/*
 * Where a JSON object literal (or an array of them) starts in code: `({"`, `= {"`, `.concat([{"`.
 * As a regex, LITERAL_START = /[=(,:]\s*(?=\[?\s*\{\s*")/g: a literal starts where a match ends.
 * `literalStart` finds what the regex would (the regex is the oracle of its tests).
 */

/** \s of a JavaScript regex: what trim() removes. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a) || c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ( , : = */
function isLiteralLead(c: number): boolean {
  return c === 40 || c === 44 || c === 58 || c === 61;
}

/**
 * The end of LITERAL_START's next match from `from` (its lastIndex), or -1: found from the "{"
 * of each candidate (`indexOf`, then a look at what is around it) instead of the regex's trial at
 * every position. Every match has one "{" ("[=(,:]", spaces, maybe "[" and spaces, then "{"),
 * and the matches are in the order of their "{"s, so the first "{" after `from` whose match
 * starts at `from` or after is the regex's next match. Measured enumerating every start of
 * every corpus blob: 2.4-2.7 ms against the regex's 19 ms.
 */
function literalStart(text: string, from: number): number {
  const n = text.length;
  for (let brace = text.indexOf('{', from); brace >= 0; brace = text.indexOf('{', brace + 1)) {
    // (?=\[?\s*\{\s*"): a quote after the brace
    let j = brace + 1;
    while (j < n && isJsSpace(text.charCodeAt(j))) j++;
    if (j >= n || text.charCodeAt(j) !== 34 /* " */) continue;
    // [=(,:]\s* before it, maybe with "[" and spaces between
    let i = brace - 1;
    while (i >= from && isJsSpace(text.charCodeAt(i))) i--;
    if (i < from) continue;
    let start = brace;
    if (text.charCodeAt(i) === 91 /* [ */) {
      start = i;
      for (i--; i >= from && isJsSpace(text.charCodeAt(i)); i--);
      if (i < from) continue;
    }
    // The regex's \s* is greedy: the literal starts at the first character that is not a space.
    if (isLiteralLead(text.charCodeAt(i))) return start;
  }
  return -1;
}
/** Literals shorter than this are options objects, not page data. */
const MIN_LITERAL = 200;

/**
 * Where each "{" or "[" between `start` and the end of its value closes (exclusive end, as
 * `balancedEnd` gives it), for a value starting at `start` outside any string. A scan from one
 * of these brackets goes exactly as the outer scan did from there, so `balancedEnd` of it is the
 * recorded end: nested literals are not scanned again.
 */
function matchingEnds(text: string, start: number): Map<number, number> {
  const ends = new Map<number, number>();
  const open: number[] = [];
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i = closingQuote(text, i);
    } else if (c === 123 || c === 91) open.push(i);
    else if (c === 125 || c === 93) {
      ends.set(open.pop()!, i + 1);
      if (open.length === 0) break;
    }
  }
  return ends;
}

/** Where JSON.parse stopped ("... in JSON at position 123"), or -1 when its message does not say. */
const FAILED_AT = /\bat position (\d+)/;

function parseJsonOrFailure(text: string): { value: Json | undefined; failedAt: number } {
  if (text.length > MAX_BLOB_CHARS) return { value: undefined, failedAt: -1 };
  try {
    return { value: JSON.parse(text) as Json, failedAt: -1 };
  } catch (e) {
    const at = e instanceof SyntaxError ? FAILED_AT.exec(e.message) : null;
    return { value: undefined, failedAt: at ? Number(at[1]) : -1 };
  }
}

/**
 * JSON literals handed to code rather than assigned (`cfg.concat([{"key":...}])`,
 * `(a=>{var i={"page":...}})`): each one that JSON.parse accepts is read, and the scan goes on
 * after it, so nested literals are not parsed twice.
 *
 * A literal JSON.parse refuses (a function or a variable inside) is searched for the literals it
 * nests, and those nested are not scanned to their end nor parsed over and over: its brackets are
 * matched in one pass, and a nested literal that holds the place where the outer one failed, and
 * starts before it, fails there too (up to that place JSON.parse read a valid prefix of the outer
 * value, in which every "{" or "[" outside a string starts a value that the parser read exactly as
 * it would alone), so it is not handed to JSON.parse again. The output is what parsing each one
 * would give.
 */
function literals(text: string, out: Json[]): Json[] {
  // The outermost literal JSON.parse refused, while the scan is inside it.
  let failed: { end: number; at: number; ends: Map<number, number> } | undefined;
  // Where LITERAL_START would go on from (its lastIndex).
  let from = 0;
  for (let start = literalStart(text, from); start >= 0; start = literalStart(text, from)) {
    from = start;
    if (failed && start >= failed.end) failed = undefined;
    const known = failed?.ends.get(start);
    const end = known ?? balancedEnd(text, start);
    if (end < 0) break;
    if (end - start < MIN_LITERAL) continue;
    if (failed && known !== undefined && start < failed.at && failed.at < end) continue;
    const { value, failedAt } = parseJsonOrFailure(text.slice(start, end));
    if (value !== undefined) {
      out.push(value);
      from = end;
    } else if (!failed) {
      failed = { end, at: failedAt < 0 ? -1 : start + failedAt, ends: matchingEnds(text, start) };
    }
  }
  return out;
}

/** A JSON-LD document ({"@context": "https://schema.org", ...}) carried inside other page data. */
function isSchemaOrg(data: Json): boolean {
  if (!isObject(data)) return false;
  const context = data['@context'];
  if (typeof context === 'string') return /^https?:\/\/schema\.org\/?$/i.test(context.trim());
  // A node of a JSON-LD graph found without its "@context" (a streamed payload cut the block
  // apart, and the graph's list was read on its own): a type, and an "@id" that is a URL.
  const id = data['@id'];
  return typeof data['@type'] === 'string' && typeof id === 'string' && /^https?:\/\//i.test(id);
}

/** The place a page is for: the visitor's or the search's location (see Role.Location). */
const LOCATION_KEY = /^(?:location|userlocation|visitorlocation|currentlocation|searchlocation|geolocation|mylocation|preferredlocation|selectedlocation)$/;
/** A chain's store keys under such a place ("store", "nearestStore", "shops"): not "dealer", which is as often the car's lot. */
const STORE_KEY = /^(?:nearest|closest|local|home|my|preferred|selected|default)?(?:store|stores|shop|shops|branch|branches)$/;

/** A location's object without its stores (a copy; the page's data is not changed). */
function withoutStores(v: Json): Json {
  if (!isObject(v)) return v;
  let out: JsonObject | undefined;
  for (const k in v) {
    if (!STORE_KEY.test(keyOf(k))) continue;
    out ??= { ...v };
    delete out[k];
  }
  return out ?? v;
}

/** Keys compared without case, "_" or "-": "seller_info", "sellerInfo" and "seller-info" alike. */
function keyOf(k: string): string {
  return k.toLowerCase().replace(/[_\-\s.]/g, '');
}

/** A dealer's salesperson, by role: a person; and the lists of them ("salesPeople": [{…}], "salesReps", "salesTeam"). */
const SALESPERSON =
  'salesrepresentative|salesrep|representative|salesperson|salesagent|salesconsultant|salesadvisor|salesman|saleswoman|satistemsilcisi|temsilci|' +
  'salespeople|salespersons|salesrepresentatives|salesreps|representatives|salesagents|salesconsultants|salesadvisors|salesteam|salesstaff';

/**
 * The words of keys whose object is a party that offers the ad. One list for the walker's party
 * keys (PARTY) and for the origins index.ts counts as the seller's (SELLER_ORIGIN): two copies
 * drifted once.
 */
export const PARTY_WORDS: readonly string[] = (
  'seller sellers contact contacts contactperson contactinfo contactdetails staff ' +
  'advertiser owner dealer vendor poster lister landlord realtor agent agency user member shop privateseller ' +
  // the ad's "publisher": the account that published it, an agency's as often as a person's (read
  // as a business's, see BUSINESS_PARTY: only an agent's own name in it is a person's)
  'publisher ' +
  // the lists of an ad's agents and advertisers ("agents": [{"name": ...}], "advertisers": [...])
  'agents advertisers realtors brokers ' +
  // the ad's "customer": the platform's customer who placed it ("customer": {"name": ..., "phone": ...})
  'customer ' +
  // a holiday let's or an event's host ("host": {"name": ...}, "hosts": [...]); a host name as a
  // string ("host": "www.site.example") is no object and no party
  'host hosts ' +
  'broker makler maklerin makelaar maklare mäklare megler mægler agente corretor negotiator ' +
  'verkaufer verkaeufer verkäufer anbieter handler haendler händler ansprechpartner inserent annonceur vendeur contactvendeur ' +
  'sprzedawca sprzedajacy sprzedający ogloszeniodawca saljare säljare selger saelger sælger annonsor annonsør myyja myyjä ilmoittaja ' +
  'verkoper adverteerder aanbieder vendedor anunciante venditore inserzionista kontakt kontaktperson kontaktinfo ' +
  // "user" and "seller" in the other markets' languages ("usuario": {"nombre": …}, "prodejce": {…})
  'usuario utente utilisateur uzytkownik użytkownik benutzer gebruiker anvandare användare bruker kayttaja käyttäjä ' +
  'vanzator vânzător prodejce prodavajici prodávající predajca predavajuci predávajúci prodavac'
).split(' ');
/** A party's key: the whole compacted key, or its start/end ("sellerInfo", "adContact", "ownerDetails"). */
const PARTY = new RegExp(
  `^(?:ad|item|listing|advert|offer|product|vehicle)?(?:${PARTY_WORDS.join('|')}|${SALESPERSON})(?:info|data|details|detail|profiles?|cards?|box|block|summary|contact|contacts)?$` +
    // ...or a longer key that ends with a seller's or an advertiser's word ("marketplace_listing_seller",
    // "classifiedAdvertiser"): those words name no one else
    '|^[a-z]{2,30}(?:seller|advertiser|vendor|lister)$',
);
const BUSINESS_PARTY = /^(?:ad|item|listing|advert|offer|product|vehicle)?(?:agency|shop|dealer|store|company|dealership|agence|firma|haendler|händler|handler|publisher)/;
/** Other ads' subtrees, by their key (see SKIP), or by the title of a module of them (see otherAdsModule). */
const OTHER_ADS =
  'similar|similarads|similaritems|related|relatedads|relateditems|recommendations?|recommended|suggestions?|' +
  // ...and other ads under a longer key ("visibleRelevantAds", "moreSimilarListings", "topRecommendedItems")
  '[a-z]*(?:similar|related|relevant|recommended|suggested)(?:ads|adverts|listings|items|offers|properties|results|vehicles|cars|homes|businesses)|' +
  // ...or under a recommendation widget's own key ("recommendedData", "similarList", "suggestedCarousel");
  // not "relatedData", which as often holds the ad's own related records (its seller among them)
  '[a-z]*(?:similar|recommended|suggested)(?:data|list|content|widget|module|section|block|carousel)';
/** A module's title that says its items are other ads ("Similar homes", "Recommended listings"), read as a key (keyOf). */
const OTHER_ADS_TITLE = new RegExp(`^(?:${OTHER_ADS})$`);

/** The logged-in visitor, the site, settings and other-ads subtrees: never read. */
const SKIP = new RegExp(
  '^(?:currentuser|viewer|me|loggedinuser|session|auth|login|i18n|intl|translations?|messages|locales?|dictionary|labels|' +
    'config|configuration|settings|env|environment|runtimeconfig|publicruntimeconfig|features?|featureflags|flags|experiments?|' +
    'tracking|analytics|datalayer|gtm|adslots|adconfig|advertising|banners?|seo|head|footer|header|navigation|nav|menu|menus|' +
    'breadcrumbs?|cookie|cookies|consent|gdpr|privacy|support|customerservice|customersupport|helpcenter|help|legal|' +
    'platform|site|siteinfo|sitesettings|brand|manufacturer|make|model|' +
    // the page's, the site's or a section's settings and their overrides per edition ("pageMeta":
    // {"editionOverrides": {<edition>: {"contact": {…}}}}): the publisher's desks
    'meta|pagemeta|sitemeta|sectionmeta|[a-z]*overrides|' +
    OTHER_ADS +
    '|' +
    // the page's chrome under a longer key ("footerData", "spearHeadNavigation", "headerLinks")
    '[a-z]*(?:footer|navigation|megamenu)(?:data|content|links|props|items|config)?|(?:header|nav|menu)(?:data|content|links|props|items|config)|' +
    'alsoview(?:ed)?|otherads|moreads|moreitems|morefromseller|sellerotherads|otheritems|lastseen|recentlyviewed|favorites?|favourites?|' +
    // A dealer chain's or platform's directory of its stores and branches (a store locator): every
    // store's lines, not the ad's seller (the ad's own store is its seller, dealer or store key)
    '(?:all|nearby|near|other|more)(?:stores|shops|branches|locations|dealers|dealerships)|' +
    '(?:store|shop|branch|dealer|location)(?:locator|finder|directory|list)|' +
    // Third parties' places attached to the ad: inspection, diagnosis and service centres, partner garages
    '(?:diagnosis|diagnostic|inspection|service|repair|maintenance|test|check|partner)(?:centers?|centres?|shops?|garages?|stations?|workshops?)|' +
    // A building's owners' association (HOA, condo, strata body) and the payees of its fees and dues,
    // in the property's facts: their lines are no seller's
    '(?:homeowners?|owners?|hoa|condo|condominium|strata)?associations?|hoa|hoadetails|hoainfo|fees|dues|feesanddues|feesandcharges|' +
    // and the mortgage, finance and insurance advisers an agency's page offers beside its broker
    '(?:mortgage|financing|finance|loan|insurance|hypoteka|hypotecni|hypotheken?|hypotek)(?:advisers?|advisors?|consultants?|partners?|brokers?|specialists?|contacts?)?|' +
    // ...or a dealer's beside its cars, under a longer key ("enabledFinancePartners", "loanProviders", "lenders")
    '[a-z]*(?:finance|financing|loan|lending|insurance|mortgage)(?:partners|providers|lenders|offers)|[a-z]*lenders?|' +
    // Customers' reviews of a dealer or an agent, and their replies: the reviewers are customers
    // (not a "preview" of the ad itself)
    '(?![a-z]*preview)[a-z]*reviews?|ratings|testimonials?|[a-z]*feedbacks?|' +
    // Places near a property (schools, hospitals, stations, amenities): their own lines, not the
    // seller's. (Not "doctor": a directory's doctor is the listing's own professional.)
    '(?:nearby|near|local|closest)?(?:schools?|amenities|pois?|pointsofinterest|hospitals?|pharmacies|kindergartens?|childcare|stations|transport|publictransport|transit|supermarkets|restaurants)|nearby[a-z]*)$',
);
const NAME_KEYS = new Set([
  'name', 'fullname', 'displayname', 'contactname', 'publicname', 'nom', 'nomcomplet', 'navn', 'namn', 'nimi',
  'imie', 'imięinazwisko', 'imieinazwisko', 'naam', 'nombre', 'nome', 'sellername', 'ownername', 'advertisername',
]);
const FIRST_KEYS = new Set(['firstname', 'givenname', 'forename', 'vorname', 'prenom', 'prénom', 'fornavn', 'förnamn', 'fornamn', 'etunimi', 'imie', 'imię', 'voornaam', 'prenume']);
const LAST_KEYS = new Set([
  // "surename": a misspelling sites keep in their field names ({"firstname": …, "surename": …})
  'lastname', 'familyname', 'surname', 'surename', 'nachname', 'nomdefamille', 'etternavn', 'efternamn', 'sukunimi', 'nazwisko', 'achternaam',
  // ES, PT, IT, CS, SK, HR/SR, HU, RO
  'apellido', 'apellidos', 'primerapellido', 'sobrenome', 'cognome', 'prijmeni', 'příjmení', 'priezvisko', 'prezime', 'vezeteknev', 'vezetéknév', 'nume',
]);
/**
 * Name keys that hold only a part of the name where the other part has a key of its own: French
 * "nom" beside "prenom" is the family name; Spanish, Portuguese, Italian and Czech "nombre",
 * "nome", "jmeno" beside "apellidos", "sobrenome", "cognome", "prijmeni" are the given name.
 */
const FAMILY_NAME_KEYS = new Set(['nom']);
const GIVEN_NAME_KEYS = new Set(['nombre', 'nome', 'jmeno', 'jméno']);
/** Name keys anywhere (not only in a party object): they say whose name it is. */
/** "User", "seller", "advertiser", "contact" as the ad's own fields name the poster in PT, ES, IT and FR ("usuario_nome", "vendedor_telefono"). */
const ROMANCE_PARTY = 'usuario|vendedor|anunciante|contato|contacto|utente|venditore|inserzionista|contatto|vendeur|annonceur';
/** Key starts of the platform's own desks, whose agents answer for the site, not for an ad ("supportAgentName", "userAgent…"). */
const DESK_PREFIX = '(?:support|customer|service|help|hotline|helpdesk|callcent(?:er|re)|user)';
/** The ad's party at the end of a longer key (see PARTY_PHONE_SUFFIX). */
const PARTY_SUFFIX_WORDS = '(?:seller|advertiser|vendor|lister|agent|realtor|landlord|broker)';
/**
 * A member's name that is a phone number (see readParty): international digits, eleven to fifteen
 * ("998901234567", "+380935550142"), or a national number with its trunk "0" (ten to twelve
 * digits), a word glued before it or not.
 */
const PHONE_AS_NAME = /^(?:\p{L}+)?(\+?[1-9]\d{10,14}|0\d{9,11})$/u;

/**
 * Names under a key that says the person's role: a dealer's salesperson's as a flat key of the
 * dealer's object ({"dealer": {"name": "Wendell Motors", "salesperson_name": "Lena Marten"}}), a
 * person's, whatever object holds it.
 */
const PERSON_BY_ROLE_NAME_KEYS = ['salespersonname', 'salesrepname', 'salesrepresentativename', 'salesmanname', 'saleswomanname', 'salesagentname', 'salesconsultantname', 'salesadvisorname', 'salesexecutivename',
  // ...and the firm's representatives its imprint's data names ({"imprint": {"vertretungsberechtigter":
  // "Lena Marten, Kamal Reilly"}}, "geschaeftsfuehrer", "managingDirectors"): people, each read apart
  // (contactPersons); a firm there ("Qorvan Verwaltungs GmbH") is no name.
  'vertretungsberechtigter', 'vertretungsberechtigte', 'vertretungsberechtigt', 'vertretendurch', 'geschaeftsfuehrer', 'geschäftsführer',
  'geschaeftsfuehrung', 'geschäftsführung', 'managingdirector', 'managingdirectors', 'legalrepresentative', 'legalrepresentatives', 'representedby'];
const PARTY_NAME_KEYS = new Set([
  'sellername', 'contactname', 'contactperson', 'advertisername', 'ownername', 'vendorname', 'postername',
  'ansprechpartner', 'kontaktperson', 'nomvendeur', 'nomducontact', 'sprzedawca', 'contactpersoon',
  // "contName", "contPerson": the same keys abbreviated, as result cards' state writes them
  'contname', 'contperson', 'contpersonname',
  // "linkman": Chinese sites' English for 联系人, the contact person
  'linkman', 'linkmanname', 'contactman',
  ...PERSON_BY_ROLE_NAME_KEYS,
]);
/** The same at the end of a longer key: "transactionalSellerName", "adOwnerName", "mainContactName". */
const PARTY_NAME_SUFFIX = new RegExp(
  `(?:seller|advertiser|owner|vendor|poster|contact)name$|^(?:${ROMANCE_PARTY})(?:nome|nombre|nom)$|` +
    // ...and an agent's or a lister's under a longer key ("mediaViewerListerName", "listingAgentName"),
    // not a support desk's ("supportAgentName"), nor a broker's ("brokerName" is a brokerage's as often)
    `^(?!${DESK_PREFIX})[a-z]{0,30}(?:lister|agent|realtor|landlord)(?:name|fullname|displayname)$`,
);
/** A name field's label as its value ("Agent's name", "Your name"): the word no one's name holds. */
const FIELD_LABEL = /\bname\b/i;
/** Keys that name a contact person: a person's name even in a company's object. */
const PERSON_NAME_KEYS = new Set([
  'contactname', 'contactperson', 'ansprechpartner', 'kontaktperson', 'nomducontact', 'contactpersoon', 'contname', 'contperson', 'contpersonname',
  'linkman', 'linkmanname', 'contactman',
  ...PERSON_BY_ROLE_NAME_KEYS,
]);
/** Party keys whose object is a person by role (an agent, a contact person), whatever encloses it. */
const PERSON_PARTY = new RegExp(
  `^(?:contact|contacts|contactperson|contactinfo|contactdetails|staff|agent|agents|realtor|realtors|broker|makler|maklerin|makelaar|maklare|mäklare|megler|mægler|agente|corretor|negotiator|ansprechpartner|kontaktperson|kontakt|${SALESPERSON})$`,
);
/**
 * A firm's user, agent or employee ("firmUser", "agencyAgent", "companyEmployee"): the person
 * who acts for the firm, not the firm (whose own key, "firm", "agency", is a business's). Read as
 * any party's, so a one-word name there must be a known one ("Reception" is not).
 */
const FIRM_PERSON =
  /^(?:firm|firma|company|agency|agence|office|dealer|dealership|shop|store|business|corporate)(?:user|agent|member|employee|staff|consultant|representative|person|contactperson)s?$/;
/** Keys that hold a business's own name, wherever they are. */
const COMPANY_NAME_KEY =
  /^(?:company|companyname|agencyname|agencetitle|dealername|dealershipname|shopname|storename|businessname|organi[sz]ationname|tradename|tradingname|branch|branchname|officename|firmname|firmenname|firma|legalname|raisonsociale|nomsociete|nomagence|nazwafirmy)$/;
/** An object under these keys is a business (its "name" is the business's): "company", "agency", "shop". */
const BUSINESS_OBJECT =
  /^(?:ad|item|listing|advert|offer|product|vehicle|seller|owner|user|contact)?(?:agency|agence|agencia|agenzia|company|organi[sz]ation|firm|firma|business|shop|store|dealer|dealership|merchant|developer|builder|haendler|händler|handler)(?:info|data|details|detail|profile)?$/;
/**
 * Flags that say the party or the ad is a business's ("professionalAd": true, "isCompany": true,
 * "proAccount": true): names under them are trade names, not people's. Not "commercial": that is
 * as often the vehicle's class ("isCommercial": a van) as the seller's.
 */
const BUSINESS_FLAG =
  /^(?:is)?(?:pro|professional|professionnel|profesional|profissional|company|business|corporate|dealer|agency|shop|store|merchant|gewerblich|firma)(?:ad|account|seller|user|advertiser|listing|offer|profile)?$/;
/** Keys whose string value says what kind of party this is ("accountType": "agency", "type": "Dealer"). */
/** Keys (compacted) of the visitor's session: tokens and OpenID Connect claims, and logged-in flags (only when true). */
const SESSION_KEY = /^(?:accesstoken|idtoken|refreshtoken|authtoken|sessiontoken|bearertoken|preferredusername)$/;
const LOGGED_IN_KEY = /^(?:is)?(?:loggedin|signedin|authenticated|authorized|authorised)$/;
/**
 * An account's own settings ("receiveNewsletter", "receiveEmailForChat", "loginId",
 * "emailSha256Hash", "isPhoneNumberVerified"): only the signed-in visitor's object carries them,
 * whatever their value; a seller's public object does not.
 */
const ACCOUNT_SETTING_KEY = /^(?:receive(?!r)[a-z]*(?:newsletter|updates|news|tipps|tips|offers|forchat)[a-z]*|newsletteroptin|marketingconsent|loginid|emailsha256hash|emailhash|isemailverified|isphonenumberverified|emailverified|phoneverified|passwordlastchanged)$/;
const TYPE_KEY = /^(?:type|kind|role|accounttype|usertype|sellertype|ownertype|advertisertype|customertype|profiletype|partytype|publishertype|legaltype|legalform)$/;
/**
 * Such values that say the party is one natural person: a private seller, or an agent who works
 * on their own account ("accountType": "specialist" beside "agencyName": "Anna Berg", as a
 * portal's realtor with no agency is shown). A firm's name key in such an object holds the
 * person's own name when it reads as one (agentsOwnName).
 */
const ONE_PERSON_TYPE = /^(?:specialist|private|private ?person|privat|privatperson|particulier|particular|individual|person|natural ?person)$/i;
/** Such values that say business (not "private", "person", "individual"). */
const BUSINESS_TYPE =
  /^(?:agency|agence|agencia|agenzia|agentur|company|compagnie|firm|firma|business|professional|professionnel|profesional|profissional|pro|dealer|dealership|h[aä]e?ndler|gewerblich|commercial|corporate|shop|store|boutique|merchant|developer|builder|promoteur|real ?estate|immobilier|organi[sz]ation|enterprise|b2b)$/i;
const PHONE_KEY = new RegExp(
  `^(?:(?:seller|contact|owner|dealer|advertiser|user|public|main|primary|business|mobile|private|work|office|display|offer|ad|agent|broker|realtor|landlord|lister|poster|author|shop|store|land|landline|fixed|home|day|daytime|evening|utilisateur|lead|leads|enquiry|inquiry|${ROMANCE_PARTY})?(?:other|extra|additional|alternative|alt|secondary|second|more)?(?:phone|phones|phonenumber|phonenumbers|phonenr|telephone|telephonenumber|tel|telnr|telefon|telefonnummer|telefonnr|mobile|mobilenumber|mobilephone|mobil|mobilnummer|cellphone|cell|celular|cellulare|movil|móvil|telemovel|portable|handy|handynummer|msisdn|gsm|puhelin|puhelinnumero|numertelefonu|telefone|telefono|téléphone|telephonenumbers|phoneno|telno|mobileno|cellno|hpno|handphone|handphoneno|phonenum|telnum|telnumber|mobilenum|whatsapp|whatsappnumber|whatsappno|viber|vibernumber|fax|faxnumber|faxno|faxnr|telefax)(?:main|primary|mobile|office|work|home|direct|400|800)?|contactnumber|contactno)(?:\\d|one|two|three|four)?$`,
);
/**
 * A phone key that ends with the ad's party ("mediaViewerListerPhone", "listingAgentMobile",
 * "primaryBrokerPhoneNumber"), which PHONE_KEY's list of prefixes does not hold; not a desk's
 * ("supportAgentPhone", "customerServiceAgentPhone").
 */
const PARTY_PHONE_SUFFIX = new RegExp(
  `^(?!${DESK_PREFIX})[a-z]{2,30}${PARTY_SUFFIX_WORDS}(?:primary|main|direct|mobile|cell|work|office)?(?:phone|phonenumber|phoneno|mobile|mobilenumber|mobilephone|tel|telephone|telno|cell|cellphone)$`,
);
/** The same for an e-mail ("listingAgentEmailAddress", "mediaViewerListerEmail"). */
const PARTY_EMAIL_SUFFIX = new RegExp(`^(?!${DESK_PREFIX})[a-z]{2,30}${PARTY_SUFFIX_WORDS}(?:email|emailaddress|mail|mailaddress)$`);
const EMAIL_KEY =
  /^(?:(?:secondary|second|other|alternative|alt|additional|extra)?(?:seller|contact|owner|dealer|advertiser|user|public|business|agent|broker|realtor|landlord|lister|poster|author|shop|store|office|main|primary|receiver|recipient|lead|leads|enquiry|inquiry)?(?:email|emailaddress|emails|mail|mailaddress|epost|epostadresse|courriel|adresemail|sähköposti|sahkoposti))$/;
/** A phone value with an extension after it: the number, then "-", "ext.", "x", "转" and one to six digits. */
const EXTENSION = /^(\+?[\d][\d ()./-]{6,}?\d)\s*(?:-|,|ext\.?|extn\.?|x|#|转|轉|分机|分機)\s*\d{1,6}$/i;
/** A field of a phone record that says it is a text-message gateway's (no one's line). */
const NOT_VOICE_FIELD = /^(?:sms|[\w ]* sms|sms[\w ]*gateway)$/i;
const VIN_KEY = /^(?:vin|vinnumber|mfrserialnum|mfrserialnumber|manufacturerserialnumber|serialnumber|serialno|vincode|vinnr|chassisnumber|chassisnr|chassinummer|chassinr|fin|fahrgestellnummer|vehicleidentificationnumber|stelnummer|numervin|runkonumero|valmistenumero|understellsnummer)$/;
const PLATE_KEY =
  /^(?:licenseplate|licenceplate|licenseplatenumber|registrationnumber|registrationplate|regno|regnr|registration|regnumber|plate|platenumber|numberplate|kennzeichen|amtlicheskennzeichen|kenteken|immatriculation|numeroimmatriculation|plaque|rejestracja|numerrejestracyjny|nrrejestracyjny|registreringsnummer|registreringsnr|kjennemerke|skiltnummer|rekisterinumero|rekisteritunnus|vrm|vehicleno|vehiclenumber|vehicleplate|vehicleplatenumber|carno|carnumber|carplate|carplateno|carplatenumber|plateno|licenseplateno|licenceplateno|rego|regonumber|regono|regoplate|registrationno|vrn)$/;
/** The parties whose given and family names sites write as flat keys ("contactFirstName", "seller_last_name"). */
const FLAT_NAME_PARTY = '(contact|contactperson|seller|agent|owner|advertiser|landlord|realtor|lister|broker|vendor|poster)';
const PARTY_FIRST_KEY = new RegExp(`^${FLAT_NAME_PARTY}(?:firstname|givenname|forename|vorname)$`);
const PARTY_LAST_KEY = new RegExp(`^${FLAT_NAME_PARTY}(?:lastname|familyname|surname|surename|nachname)$`);
/** A name field's label as its value: "First name", "Surname", "Vorname", "Nachname". */
const FLAT_NAME_LABEL = /name\s*$/i;
/** The member's display name on an ad's own object (see Role.ItemUser). */
const ITEM_USER_KEY = /^(?:username|userdisplayname|memberdisplayname|membername|postedby|createdby|listedby)$/;
/**
 * Keys that make an object an ad's own (its price or its ad id beside its title): a user name on
 * it is the poster's. A review, a comment or a profile has a title but no price or ad id.
 */
const AD_ITEM_TITLE = new Set(['title', 'subject', 'adtitle', 'heading']);
const AD_ITEM_MARK = new Set(['price', 'prices', 'adid', 'listingid', 'listid', 'advertid', 'itemid', 'offerid']);
/** An ad's poster's member id, beside which an ad's plain "name" is the poster's (see visit), as pages spell it. */
const POSTER_ID_KEYS = ['userID', 'userId', 'user_id', 'userid', 'sellerId', 'seller_id', 'accountId', 'account_id', 'memberId', 'member_id', 'posterId', 'advertiserId', 'ownerId', 'owner_id'];
/** Keys of a person's object inside a party's ("contact": {"person": {"name": ...}, "phones": [...]}). */
const PARTY_PERSON_KEYS = new Set(['person', 'persona', 'osoba', 'contactperson', 'personne']);
/**
 * In a party's own object, the keys that hold its number ({"contactType": "MOBILE", "no": "0505..."}):
 * a phone when written as one is dialled and valid.
 */
const PARTY_NUMBER_KEYS = new Set(['no', 'number', 'num', 'contactno', 'contactnumber', 'callno', 'callnumber']);
/**
 * An ad's free text ("body", "description"): sellers write their number there, and on search
 * pages that ship their cards as data it is in the page nowhere else ("INFO WHATSAPP 348...").
 */
const TEXT_KEY =
  /^(?:(?:ad|advert|body|listing|item)text|(?:ad|advert|listing|item|vehicle|offer|product|property|dealer|seller|full|long|short|public|plain|main)?(?:body|description|desc|descr|beschreibung|descrizione|descripcion|descripción|descricao|descrição|beskrivelse|beskrivning|opis|kuvaus|omschrijving|popis|leiras|leírás|описание|опис|summary)(?:html|text|plain)?)$/;
/** A party's contact written as one string, at most (see readField). */
const MAX_PARTY_TEXT = 2000;
/** An address string longer than this is no address (see Role.AddressText). */
const MAX_ADDRESS_TEXT = 300;
/** Free text taken from embedded data per page, at most. */
const MAX_TEXT_CHARS = 300_000;
/** Free text without a number read for names, at most, per page (see EmbeddedReader.bodies). */
const MAX_BODY_CHARS = 200_000;
/** JSON in string values: only an object or array of objects ('{"', '[{'), at least this long. */
const MIN_NESTED_JSON = 20;
/** At most this much of it per page is parsed (the page's own blobs are bounded likewise). */
const MAX_NESTED_JSON_CHARS = 2_000_000;

/** '{"' or '[{' at the start, '}' or ']' at the end: an object or a list of objects written as JSON. */
function isJsonText(v: string): boolean {
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(1);
  const z = v.charCodeAt(v.length - 1);
  return (a === 123 && b === 34 && z === 125) || (a === 91 && b === 123 && z === 93);
}
/** A business's logo ("logo", "logoUrl", "logo_image"), not a person's photo. */
const LOGO_KEY = /^(?:logo|logourl|logouri|logoimage|logosrc|logopath)$/;
/**
 * A person's picture ("portrait", "headshot", "agentPhoto"): only a person has one. Not an
 * "avatar" or a "profilePhoto": a shop's profile on a marketplace has those beside its logo.
 */
const PORTRAIT_KEY = /^(?:portrait|portraits|portraiturl|headshot|headshots|headshoturl|agentphoto|agentimage)$/;
const ADDRESS_KEY = /^(?:address|streetaddress|street|adresse|adress|anschrift|adres|adresa|osoite|direccion|dirección|endereco|endereço|indirizzo)$/;
/**
 * {label: "VIN", value: "..."} and {key: "Kennzeichen", value: "..."}: attribute lists; also with the
 * keys named for the list ({"attributeName": "Phone", "attributeValue": "..."}).
 */
// ("type" last: a contact's list of ways to reach it, {"type": "whatsapp", "value": "+971…"})
const LABEL_KEYS = ['label', 'key', 'name', 'title', 'id', 'attribute', 'code', 'p', 'param', 'parameter', 'attributeName', 'attributeLabel', 'type'];
const VALUE_KEYS = ['value', 'text', 'displayValue', 'formattedValue', 'val', 'v', 'attributeValue'];
/** Parameters of a seller's account that hold the person's name ("name", "contact_person", "Имя"). */
const NAME_PARAMETER: ReadonlySet<string> = new Set([
  'name', 'contactperson', 'contactname', 'fullname', 'имя', 'контактноелицо', 'імя', "ім'я", 'ім’я', 'imię', 'imie', 'kontaktperson', 'ansprechpartner',
]);
/** The list those parameters sit in: a seller's, account's, user's, owner's or contact's ("account_parameters"). */
const ACCOUNT_LIST = /^(?:account|user|seller|owner|contact|profile|advertiser|author)[_-]?(?:parameters|params|fields|attributes|info|data)$/i;
const VALUE_KEY_NAMES: ReadonlySet<string> = new Set(VALUE_KEYS);
const PLATE_LABEL_START = new RegExp(`^\\s*(?:${PLATE_LABEL.source})`, 'i');

const LABEL_OTHER = 0;
const LABEL_VIN = 1;
const LABEL_PLATE = 2;
const LABEL_PHONE = 3;
const LABEL_EMAIL = 4;
/** Attribute lists repeat their labels on every item of a list: each distinct label is tested once. */
const labelCache = new Map<string, number>();

/** What an attribute list's label names: a VIN, a plate, or something else. */
function labelKind(label: string): number {
  let kind = labelCache.get(label);
  if (kind === undefined) {
    kind = VIN_LABEL.test(label)
      ? LABEL_VIN
      : PLATE_LABEL_START.test(label)
        ? LABEL_PLATE
        : PHONE_KEY.test(keyOf(label))
          ? LABEL_PHONE
          : EMAIL_KEY.test(keyOf(label))
            ? LABEL_EMAIL
            : LABEL_OTHER;
    if (labelCache.size > 10_000) labelCache.clear();
    labelCache.set(label, kind);
  }
  return kind;
}

/** What joins two numbers in one phone field: a comma, a slash, a semicolon, or "and", "or", "&" in the markets' languages. */
const NUMBERS_JOINED =
  /\s*[,;/]\s+|\s+[,;/]\s*|\s*;\s*|\s+(?:and|or|&|og|eller|und|oder|et|ou|y|o|e|of|en|lub|albo|i|nebo|a|vagy|tai|ja|или|и|або|чи|та)\s+/i;

const enum Role {
  None,
  Skip,
  Party,
  /** A business that offers the ad (agency, shop, dealer): its contacts count, its name is a company's. */
  BusinessParty,
  Phone,
  Email,
  Vin,
  Plate,
  PartyName,
  /** A contact person's name key ("contactName", "Ansprechpartner"): a person's even in a company's object. */
  PersonName,
  /** A party that is a person by role (an agent, a contact person), whatever encloses it. */
  PersonParty,
  /** "companyName": a business's name as a string, a business as an object, a flag as `true`. */
  CompanyName,
  /** `true` says the object (and what it holds) is a business's: "professionalAd", "isCompany". */
  BusinessFlag,
  /** "accountType": "agency", "type": "Dealer": what kind of party the object is. */
  PartyType,
  /** An ad's free text ("body", "description"): scanned like the page's text. */
  Text,
  /** A business's object that is not read as a party ("company", "organization"): only its name is noted. */
  BusinessObject,
  /**
   * A sign that the object is the logged-in visitor's session, not a party of the ad: an OAuth /
   * OpenID Connect token or claim ("access_token", "id_token", "preferred_username"), or a
   * logged-in flag that is true. Pages saved while logged in put the visitor's profile under a
   * key a seller's could have ("user"); no seller's public object carries the visitor's tokens.
   */
  Session,
  /**
   * A place the page is for ("location": the visitor's or the search's): a chain's store under it
   * ("location": {"store": {...}}) is the store nearest that place, not the seller of an ad.
   */
  Location,
  /**
   * "user_name", "userName" in an ad's own object ({"ad_id": ..., "title": ..., "price": ...,
   * "user_name": ...}): the display name of the member who posted it, as search pages ship
   * their result cards. Elsewhere the same key is often a login handle or the visitor's.
   */
  ItemUser,
  /**
   * An address as one string ("address", "direccion"): read as text only when it holds a phone
   * label and a number ("Cra 7 # 45-10, Cel: 300 123 4567"), as sellers type their contact into
   * the address field.
   */
  AddressText,
  /**
   * A legal notice ("imprint", "impressum"): the site's own at the page's root, skipped; but in an
   * ad's object beside its provider or broker ({"provider": {...}, "imprint": {"telefon": ...}})
   * the advertiser's, read as a business's.
   */
  Imprint,
  /**
   * A party's given name and family name as flat keys of an object that holds the ad's other
   * fields too ({"contactEmail": …, "contactFirstname": "Anna", "contactSurename": "Berg"}),
   * with no party object around them: joined by their common party word (see readFlatNames).
   */
  PartyFirstName,
  PartyLastName,
}

/**
 * A key's code: its role in the low bits, and two flags that depend on the key alone: a value key
 * of an attribute list ("value", "text"...), and a business flag's key that is also a party's
 * ("dealer", "shop": a business that offers the ad when it holds an object).
 */
const ROLE_MASK = 31;
const VALUE_KEY_BIT = 32;
const PARTY_FLAG_BIT = 64;
/** A person's name key of a contact-shaped object (see CONTACT_NAME_KEYS). */
const NAME_KEY_BIT = 128;
/** An account setting's key (ACCOUNT_SETTING_KEY): the visitor's object whatever the value. */
const ACCOUNT_BIT = 256;
/** The name keys of an object that also holds a phone number ({"name": "Anna Berg", "phone": "..."}): whoever answers it. */
const CONTACT_NAME_KEYS = new Set(['name', 'fullname', 'displayname', 'personname']);

/**
 * Keys repeat thousands of times in a state blob: each distinct key is classified once, and the
 * walk looks each key up once per object (see EmbeddedReader.visit).
 */
const codeCache = new Map<string, number>();

function classify(key: string): Role {
  return SKIP.test(key)
    ? Role.Skip
    : key === 'imprint' || key === 'impressum'
    ? Role.Imprint
    : LOCATION_KEY.test(key)
      ? Role.Location
      : SESSION_KEY.test(key) || LOGGED_IN_KEY.test(key) || ACCOUNT_SETTING_KEY.test(key)
      ? Role.Session
      : PHONE_KEY.test(key) || PARTY_PHONE_SUFFIX.test(key)
      ? Role.Phone
      : EMAIL_KEY.test(key) || PARTY_EMAIL_SUFFIX.test(key)
        ? Role.Email
        : VIN_KEY.test(key)
          ? Role.Vin
          : PLATE_KEY.test(key)
            ? Role.Plate
            : TEXT_KEY.test(key)
            ? Role.Text
            : ITEM_USER_KEY.test(key)
            ? Role.ItemUser
            : PARTY_FIRST_KEY.test(key)
            ? Role.PartyFirstName
            : PARTY_LAST_KEY.test(key)
            ? Role.PartyLastName
            : PARTY_NAME_KEYS.has(key) || PARTY_NAME_SUFFIX.test(key)
              ? PERSON_NAME_KEYS.has(key)
                ? Role.PersonName
                : Role.PartyName
              : COMPANY_NAME_KEY.test(key)
                ? Role.CompanyName
                : BUSINESS_FLAG.test(key)
                  ? Role.BusinessFlag
                  : TYPE_KEY.test(key)
                    ? Role.PartyType
                    : FIRM_PERSON.test(key)
                      ? Role.Party
                      : PARTY.test(key)
                        ? BUSINESS_PARTY.test(key)
                          ? Role.BusinessParty
                          : PERSON_PARTY.test(key)
                            ? Role.PersonParty
                            : Role.Party
                        : BUSINESS_OBJECT.test(key)
                          ? Role.BusinessObject
                          : ADDRESS_KEY.test(key)
                            ? Role.AddressText
                            : Role.None;
}

function codeOf(k: string): number {
  let code = codeCache.get(k);
  if (code !== undefined) return code;
  const key = keyOf(k);
  const role = classify(key);
  code =
    role |
    (VALUE_KEY_NAMES.has(k) ? VALUE_KEY_BIT : 0) |
    (role === Role.BusinessFlag && PARTY.test(key) ? PARTY_FLAG_BIT : 0) |
    (CONTACT_NAME_KEYS.has(key) ? NAME_KEY_BIT : 0) |
    (ACCOUNT_SETTING_KEY.test(key) ? ACCOUNT_BIT : 0);
  if (codeCache.size > 50_000) codeCache.clear();
  codeCache.set(k, code);
  return code;
}

function roleOf(k: string): Role {
  return (codeOf(k) & ROLE_MASK) as Role;
}

/**
 * False for a name of one word nobody is known to bear ("Iterate", "Autoland", "Kwikfix"): as
 * a party's name it is a firm's or a handle's as often as a person's. A name of two or more
 * words is held to plausibleName only.
 */
export function oneKnownWord(name: string): boolean {
  // Scripts other than Latin, Greek and Cyrillic are held to plausibleName only: Thai and the CJK
  // scripts write a whole name as one run, and the known-names list is thin there.
  return /\S\s+\S/.test(name.trim()) || !LATIN_GREEK_CYRILLIC.test(name) || hasKnownName(name);
}
/**
 * A business party's name that is its agent's own, not a trade name: two or three words, none a
 * trade word, that open with a known given name ("Anna Berg") or, written in capitals surname
 * first as registries write it, hold one ("BERG ANNA"). One word ("Declan", "Mercedes") is a
 * brand's or a handle's as often.
 */
function agentsOwnName(raw: string): boolean {
  const name = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !plausibleName(name, true)) return false;
  if (!words.every((w) => PERSON_WORD.test(w))) return false;
  return opensWithGivenName(name) || (name === name.toUpperCase() && hasKnownName(name));
}
/** One word in small letters only, in a script with capitals. */
const LOWER_CASE_WORD = /^(?=[^\p{Lu}]*$)[\p{Ll}'’-]+$/u;
/**
 * A login or a shop's handle typed where the name goes, whatever names it holds: words in small
 * letters joined by dots ("lena.m"), or one word with a capital inside it after a small letter
 * ("LenaMarten", "PhonesGSM"; not a family name's prefix: "McLean", "DeLuca", "LaToya").
 */
const DOTTED_LOGIN = /^\p{Ll}+(?:\.\p{Ll}+)+$/u;
const ONE_WORD = /^\p{L}+$/u;
const INNER_CAPITAL = /\p{Ll}(?<!^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O))\p{Lu}/u;
function handle(name: string): boolean {
  if (DOTTED_LOGIN.test(name)) return true;
  if (ONE_WORD.test(name)) return INNER_CAPITAL.test(name);
  // ...or such a word first, then an initial or a word, none a known name ("QorvanMax S").
  const first = name.slice(0, name.indexOf(' '));
  return ONE_WORD.test(first) && INNER_CAPITAL.test(first) && !hasKnownName(name);
}
/** A link to a member's or a seller's own page ("/user/…", "/brands/7f3a…", "/profile/…"), under "link", "url" or "href". */
const PROFILE_PATH = /^(?:https?:\/\/[^/]+)?\/(?:[a-z]{2}\/)?(?:users?|profiles?|brands?|sellers?|members?|shops?|stores?)\/[^/?#\s]+/i;
function profileLink(o: JsonObject): boolean {
  for (const k of ['link', 'url', 'href']) {
    const v = o[k];
    if (typeof v === 'string' && PROFILE_PATH.test(v.trim())) return true;
  }
  return false;
}
/** A party's trade name under a key of its own beside its "name" (see readParty). */
const BRAND_KEY = /^(?:alias|brand|brandname|tradingas)$/;
const PERSON_WORD = new RegExp(`^[${LETTER}][${LETTER}'’-]*$`, 'u');

/**
 * The people a contact-person key lists ("Mr Anna Berg (Partner), Mr Per Holm (Manager)", "Anna
 * Berg / Per Holm"): each name, without the role in brackets after it.
 */
function contactPersons(raw: string): string[] {
  const parts = raw.split(PERSONS_SEPARATOR).map((part) => part.replace(/\s*\([^)]*\)\s*$/, '').trim());
  if (parts.length === 1) return plausibleName(raw, true) ? [raw] : [];
  return parts.filter((part) => part && plausibleName(part, true) && oneKnownWord(part));
}
/** What stands between two people's names in one string: a comma, a slash, "&", "and" (in the markets' languages). */
const PERSONS_SEPARATOR = / *[,;/&] *| +(?:and|und|et|och|og|en|i|y|e|és|ir|un|ja|și|и|і) +/u;

/** A letter of the scripts the known-names list covers well (labels.ts's LETTER: Latin, Greek, Cyrillic). */
const LATIN_GREEK_CYRILLIC = new RegExp(`[${LETTER}]`);

/**
 * "model" near the root of the page data is the page's whole model (an MVC framework's view
 * model: `window.__INITIAL_STATE__ = {"env": …, "model": {"inAreaResultViews": [...]}}`), not a
 * vehicle's model, which SKIP means: it is walked.
 */
function isPageModel(k: string, v: Json | undefined, depth: number): boolean {
  return depth <= 1 && keyOf(k) === 'model' && isObject(v);
}

/**
 * Keys whose objects are a business's places and desks, not people ("branches", "offices",
 * "corporate", "support"): a name beside a number there is the place's, however it reads.
 */
const PLACE_KEY = /branch|office|store|shop|compan|corporat|organi[sz]ation|agenc|dealer|partner|franchise|outlet|showroom|department|desk|support|service|help|footer|header|hotline/;

/** True when the nearest key of `path` that is no list index is a place's or a desk's (PLACE_KEY). */
function underPlaceKey(path: readonly string[]): boolean {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i]!;
    if (/^\d+$/.test(k)) continue;
    return PLACE_KEY.test(keyOf(k));
  }
  return false;
}

/**
 * Keys of lists of new-build projects or developments ("devProjects", "developments",
 * "newProjects"): the advertiser of such a project is its developer, a business, and the
 * "name" in it is often the project's own ("Green Terraces").
 */
const PROJECT_KEY = /^(?:dev|developer|developers|new|newbuild|newhomes)?(?:projects?|developments?)(?!id|name|url|count|type|status)/;

/** True when a key of `path` is a list of projects (PROJECT_KEY). */
function underProjectKey(path: readonly string[]): boolean {
  for (const k of path) if (!/^\d+$/.test(k) && PROJECT_KEY.test(keyOf(k))) return true;
  return false;
}

/** What an object says about itself (see EmbeddedReader.marks), as bits. */
const FLAG = 1;
const TYPED = 2;
const HAS_VALUE = 4;
/** A party's object is the visitor's session (see Role.Session): neither it nor what it holds is read. */
const SESSION = 8;
/** The object holds a phone number as a string or a number, and a name key's string (a contact: see EmbeddedReader.visit). */
const HAS_PHONE = 16;
const HAS_NAME = 32;
/** The object holds a party's key (a seller, a provider, a broker...): an imprint beside it is that party's (Role.Imprint). */
const HAS_PARTY = 64;
/** The object's type says one natural person (ONE_PERSON_TYPE). */
const ONE_PERSON = 128;

/** The mark one key and its value give an object. */
function markOf(code: number, v: Json | undefined): number {
  const role = code & ROLE_MASK;
  let mark = code & VALUE_KEY_BIT ? HAS_VALUE : 0;
  if ((role === Role.BusinessFlag || role === Role.CompanyName) && (v === true || v === 'true')) mark |= FLAG;
  else if (role === Role.PartyType && typeof v === 'string' && BUSINESS_TYPE.test(v.trim())) mark |= TYPED;
  else if (role === Role.PartyType && typeof v === 'string' && ONE_PERSON_TYPE.test(v.trim())) mark |= ONE_PERSON;
  // A token is a string; a logged-in flag says so only when true ("isLoggedIn": false is anyone's page).
  else if (role === Role.Session && (v === true || (typeof v === 'string' && v !== '' && !/^(?:false|0|no)$/i.test(v)) || (code & ACCOUNT_BIT && v !== null && v !== undefined))) mark |= SESSION;
  else if (role === Role.Phone && ((typeof v === 'string' && /\d/.test(v)) || typeof v === 'number')) mark |= HAS_PHONE;
  else if (code & NAME_KEY_BIT && typeof v === 'string') mark |= HAS_NAME;
  if ((role === Role.Party || role === Role.BusinessParty || role === Role.PersonParty) && typeof v === 'object' && v !== null) mark |= HAS_PARTY;
  return mark;
}

/** Keys beside a number's value that hold no number of the party's own (see strings). */
const NOT_OWN_NUMBER_KEY = /type|label|kind|id$|proxy|tracking|virtual|relay|masked|redirect/i;
/** In {"phoneType": "Office", "formattedNumber": "...", "callTo": "+31..."}: the keys that hold the value. */
const VALUE_KEY = /number|phone|tel|mobile|mail|value|formatted|callto|international|national|e164|raw|display|address/i;

/**
 * A phone record with its country code, and perhaps its area code, in fields of their own:
 * {"countryCode": "+7", "number": "9164374753"}, {"countryCode": "+90", "areaCode": "532",
 * "phoneNumber": "5550142"}; without a country code the page's country reads "532 5550142". A
 * type field saying SMS makes it a record that addPhone sets aside ("5550142|SMS"), as
 * a "|" record is. Undefined when the object is no such record.
 */
function composedPhone(v: JsonObject): string | undefined {
  const cc = v.countryCode ?? v.country_code ?? v.prefix ?? v.dialCode;
  const area = v.areaCode ?? v.area_code ?? v.cityCode ?? v.city_code;
  const hasCc = (typeof cc === 'string' || typeof cc === 'number') && /^\+?\d{1,3}$/.test(String(cc).trim());
  const hasArea = (typeof area === 'string' || typeof area === 'number') && /^\(?0?\d{1,5}\)?$/.test(String(area).trim());
  if (!hasCc && !hasArea) return undefined;
  const number = v.number ?? v.phone ?? v.nationalNumber ?? v.phoneNumber ?? v.phone_number;
  if ((typeof number !== 'string' && typeof number !== 'number') || !/\d/.test(String(number))) return undefined;
  const local = hasArea && !String(number).trim().startsWith('+') ? `${String(area).trim()} ${String(number)}` : String(number);
  // A trunk "0" left in the area code after the country code ("+90 0532 …") is read as dialled.
  const full = hasCc && !local.trim().startsWith('+') ? `+${String(cc).trim().replace('+', '')} ${local}` : local;
  const type = v.phoneType ?? v.type ?? v.kind ?? v.label;
  return typeof type === 'string' && NOT_VOICE_FIELD.test(type.trim()) ? `${full}|${type.trim()}` : full;
}

/**
 * A field naming the country of the party that owns the object ("companyCountry", "sellerCountryCode").
 * Not "user": beside "userCurrency" it is the visitor's.
 */
const PARTY_COUNTRY_KEY = /company|seller|dealer|owner|agent|advertiser|vendor|shop|store|merchant|publisher/i;

/**
 * The country an object gives as a two-letter code under a key with "country" in it
 * ({"companyCountry": "DE", "sellerPhone": "0176…"} on a marketplace that lists dealers of many
 * countries): the party's own ("companyCountry") before any other; otherwise one country, or none
 * when its fields disagree (an item's location and a billing country).
 */
function countryOf(o: JsonObject): string | undefined {
  let party: string | undefined;
  let other: string | undefined;
  for (const k in o) {
    if (!/country/i.test(k)) continue;
    const v = o[k];
    if (typeof v !== 'string' || !/^\s*[A-Za-z]{2}\s*$/.test(v)) continue;
    const code = v.trim().toUpperCase();
    if (PARTY_COUNTRY_KEY.test(k)) party ??= code;
    else other = other === undefined || other === code ? code : '';
  }
  return party ?? (other || undefined);
}

function strings(v: Json | undefined, depth = 0): string[] {
  if (typeof v === 'string') return [v];
  if (typeof v === 'number' && Number.isSafeInteger(v)) return [String(v)];
  if (depth > 3) return [];
  if (Array.isArray(v)) return v.flatMap((x) => strings(x, depth + 1));
  if (isObject(v)) {
    const composed = composedPhone(v);
    if (composed !== undefined) return [composed];
    const out: string[] = [];
    // A platform's proxy or call-tracking number beside the seller's own ({"mobile": ...,
    // "proxyMobile": ...}) is the platform's line, not the seller's.
    for (const k in v) if (VALUE_KEY.test(k) && !NOT_OWN_NUMBER_KEY.test(k)) out.push(...strings(v[k], depth + 1));
    return out;
  }
  return [];
}

/** The keys under which a text's object holds the text ({"label": "…"}, {"text": "…", "truncated": true}). */
const TEXT_FIELD_KEYS = ['text', 'label', 'value', 'content', 'plain', 'html', 'body'] as const;

function textField(v: JsonObject): string | undefined {
  for (const k of TEXT_FIELD_KEYS) if (typeof v[k] === 'string') return v[k];
  return undefined;
}

function str(v: Json | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A JSON path rule: dot-separated keys, "*" for any key or index. */
function pathMatches(rule: readonly string[], path: readonly string[]): boolean {
  if (rule.length !== path.length) return false;
  for (let i = 0; i < rule.length; i++) if (rule[i] !== '*' && rule[i] !== path[i]) return false;
  return true;
}

export interface JsonPathRule {
  readonly kind: IdentifierKind;
  readonly path: readonly string[];
}

/** Splits "props.pageProps.ad.contact[0].phone" into ["props","pageProps","ad","contact","0","phone"]. */
export function compileJsonPath(path: string): string[] {
  return path
    .replace(/\[(\*|\d+)\]/g, '.$1')
    .replace(/\[["']([^"']+)["']\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '' && p !== '$');
}

/** The keys of an item's own id in a list of ads ({"id": …, "externalID": "40004521", …}). */
const ITEM_ID_KEYS: ReadonlySet<string> = new Set(
  ['id', 'externalid', 'adid', 'listid', 'listingid', 'itemid', 'postingid', 'offerid', 'propertyid', 'advertid', 'advertisementid', 'classifiedid'],
);
/** The most items of a list looked at for the page's own ad (see ownItem). */
const MAX_OWN_ITEM_LIST = 200;

/** Walks parsed embedded data and adds what it finds; origins are "embedded:<source>:<path>". */
export class EmbeddedReader {
  /**
   * The ad ids of the page's address, its runs of five digits or more ("/listings/40004521"; set by
   * extractFindings with filters.ts's idRuns). On an ad page, a list of ads that holds the page's
   * own among others (a search's hits the page was opened from, "more like this") is read for its
   * own item only: the others are other ads' sellers.
   */
  pageAdIds: ReadonlySet<string> = new Set();
  private nodes = 0;
  private textChars = 0;
  private nestedChars = 0;
  /** The country the object being read (or one around it) gives for its party's numbers (see countryOf). */
  private partyCountry: string | undefined;
  /** The codes of the keys of the objects being walked, outermost first (see visit), and the keys. */
  private readonly codes: number[] = [];
  private readonly keys: string[] = [];
  private top = 0;
  /** Free-text fields met on the walk (ad bodies, descriptions), for the text scanners. */
  readonly texts: string[] = [];
  /**
   * The other free-text fields (no number or address in them), for the name scanners only: an
   * agent signs the ad's body ("Agent: Ana Pop", "Numele meu este Tudor") whose number the
   * platform hides. Up to MAX_BODY_CHARS in all.
   */
  readonly bodies: string[] = [];
  private bodyChars = 0;
  /**
   * Numbers (normalised) a phone record says are an SMS gateway's ("…|Twilio SMS|…"): no one
   * answers them. The same number in the page's other records is dropped too (see
   * extractFindings), whatever those records say.
   */
  readonly notVoice = new Set<string>();

  constructor(
    private readonly found: FindingSet,
    private readonly rules: readonly JsonPathRule[] = [],
    /** Reads a schema.org object met in the page's data (see isSchemaOrg) as JSON-LD is read. */
    private readonly schemaOrg?: (data: Json) => void,
  ) {}

  read(blob: EmbeddedBlob): void {
    for (const data of parseBlob(blob)) {
      if (this.schemaOrg && isSchemaOrg(data)) {
        this.schemaOrg(data);
        continue;
      }
      if (this.schemaOrg && Array.isArray(data) && data.length > 0 && data.every(isSchemaOrg)) {
        for (const node of data) this.schemaOrg(node);
        continue;
      }
      this.nodes = 0;
      this.top = 0;
      this.visit(data, [], blob.source, 0);
    }
  }

  private add(kind: IdentifierKind, raw: string, source: string, path: string[]): void {
    this.found.add(kind, raw, `embedded:${source}:${path.join('.')}`);
  }

  /**
   * A phone field's value. Messenger numbers are kept as their links take them, international
   * without the "+" ("whatsApp": "52 1 5512345678"): a run of digits that is no national number
   * is tried so (Mexico's old mobile "1" after 52 included: see normalisePhone).
   */
  private addPhone(raw: string, source: string, path: string[]): void {
    // A record of the number's fields ("3125550142|0|Business|FD"): the number, and what it is
    // for. A text-message gateway is no one's phone.
    if (raw.includes('|')) {
      const fields = raw.split('|');
      if (!fields.slice(1).some((f) => NOT_VOICE_FIELD.test(f.trim()))) this.addPhone(fields[0]!, source, path);
      else {
        const value = this.found.normalisePhone(fields[0]!);
        if (value) this.notVoice.add(value);
      }
      return;
    }
    // Several lines in one field ("022 482 936, 099 482 9361", "…/…", "…; …", "… and …" in the
    // markets' languages): each is read. Only where every part has a number's length, so that
    // "0800 123, ext. 4" stays one.
    const parts = raw.trim().split(NUMBERS_JOINED);
    if (parts.length > 1 && parts.length <= 5 && parts.every((p) => /^\+?[\d ().-]{7,}$/.test(p) && p.replace(/\D/g, '').length >= 7)) {
      for (const p of parts) this.addPhone(p, source, path);
      return;
    }
    const origin = `embedded:${source}:${path.join('.')}`;
    // The party's own country, given in its object, says how a national number is dialled there.
    const own = this.partyCountry;
    if (own !== undefined && own !== this.found.country && !/^\s*(?:\+|00)/.test(raw) && this.found.add('phone', raw, origin, own)) return;
    if (this.found.add('phone', raw, origin)) return;
    // A switchboard's number and the agent's extension ("4006001234-1022", "0800 123 456 ext. 12"):
    // the number dials the line, the extension is no part of it.
    const extension = EXTENSION.exec(raw.trim());
    if (extension && this.found.add('phone', extension[1]!, origin)) return;
    if (!/^[1-9][\d ]{9,17}$/.test(raw.trim())) return;
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 10 || digits.length > 15) return;
    this.found.add('phone', `+${digits}`, origin);
  }

  private applyRules(node: Json, path: string[]): void {
    for (const rule of this.rules) {
      if (!pathMatches(rule.path, path)) continue;
      for (const v of strings(node)) this.found.add(rule.kind, v, `rule-json:${rule.path.join('.')}`);
    }
  }

  /** A business's name: not stored, but a name found elsewhere on the page with this value is the business's. */
  private business(raw: Json | undefined): void {
    if (typeof raw === 'string' && raw.trim()) this.found.noteBusinessName(raw);
  }

  /**
   * `business`: the party is a company's (an agency, a shop, a dealer by key, type or flag): its
   * "name" is a trade name and its first/last names are not read; its contacts still count.
   */
  private readParty(o: JsonObject, path: string[], source: string, business: boolean, person = false, firmBeside?: string, inBusiness = false): void {
    let first: string | undefined;
    let last: string | undefined;
    let hasFirst = false;
    let hasLast = false;
    for (const k in o) {
      const key = keyOf(k);
      hasFirst ||= FIRST_KEYS.has(key);
      hasLast ||= LAST_KEYS.has(key);
    }
    for (const k in o) {
      const key = keyOf(k);
      const v = o[k];
      // {"prenom": "Anne", "nom": "Martin"}, {"nombre": "María", "apellidos": "García"}: one name in two keys.
      if (!business && hasFirst && FAMILY_NAME_KEYS.has(key)) last = str(v);
      else if (!business && hasLast && GIVEN_NAME_KEYS.has(key)) first = str(v);
      else if (NAME_KEYS.has(key)) {
        if (this.addSoleTrader(v, [...path, k], source)) continue;
        if (business) {
          // An agency's account in its agent's own name, beside the agency's trade name under a
          // key of its own ({"publisher": {"alias": "Nordic Homes", "name": "Irina Holm",
          // "logo": …}}): the name is the agent's. Without a trade name beside it, a business in a
          // person's name ("Per Olsen" with a logo) is the business's. The firm's own object beside
          // the party's, under another name ({"owner": {"name": "Anna Berg", "type": "agency"},
          // "agency": {"name": "Nordic Homes"}}), is such a trade name too.
          if (typeof v === 'string' && agentsOwnName(v) && (EmbeddedReader.tradeNameBeside(o, v) || (firmBeside !== undefined && firmBeside !== v.trim()))) {
            this.add('name', v, source, [...path, k]);
            this.found.notePersonName(v);
            continue;
          }
          this.business(v);
          // "Anna BERG - Network France": an agent's account in a network's name.
          const agent = typeof v === 'string' ? agentOfTradeName(v) : undefined;
          if (agent) {
            this.add('name', agent, source, [...path, k]);
            this.found.notePersonName(agent);
          }
          // "Lena Marten CUCICBA 1234": an agency's account in its licensed broker's name and licence.
          else if (typeof v === 'string') {
            for (const broker of licensedNames(v)) {
              this.add('name', broker, source, [...path, k]);
              this.found.notePersonName(broker);
            }
          }
          continue;
        }
        const raw = str(v);
        // An account named after the phone it was opened with ("name": "998901234567", as some
        // platforms name a new account): no name, but the party's number, as dialled from abroad;
        // or as dialled at home, its trunk "0" first ("0935550142"), perhaps with a word the
        // member typed glued before it ("Petrovich0935550142"), which is no name of its own.
        const phoneName = raw ? PHONE_AS_NAME.exec(raw.trim()) : null;
        if (phoneName) {
          const digits = phoneName[1]!;
          if (!digits.startsWith('0')) this.add('phone', `+${digits.replace('+', '')}`, source, [...path, k]);
          else this.addPhone(digits, source, [...path, k]);
          continue;
        }
        const name = raw && withoutPostNominals(raw);
        // A seller's, user's or advertiser's name of one word nobody is known to bear ("Iterate",
        // "Autoland") is a firm's or a handle's as often as a person's (see Role.PartyName); an
        // agent's or a contact person's object says it is a person, unless the one word is written
        // all in small letters ("karimovbekzod", "qqqq"): a login typed where the name goes.
        const bare = name?.trim() ?? '';
        // Nor is a town's name alone ("Odesa" typed as the contact's name, where the member lives),
        // unless people bear it too ("Sofia", "Florence").
        const town = !bare.includes(' ') && isCityName(bare, this.found.country) && !hasKnownName(bare);
        // A contact person's object inside a business's object (an ad flagged a business's, {"isBusiness":
        // true, "contact": {"name": "Wendelstadt GSM"}}) holds the shop's name as often as its person's:
        // there, only a name that holds a known name is a person's (in the scripts the known names cover: oneKnownWord).
        if (
          name &&
          !town &&
          plausibleName(name, true) &&
          !handle(bare) &&
          (inBusiness ? hasKnownName(name) || !LATIN_GREEK_CYRILLIC.test(name) : (person && !LOWER_CASE_WORD.test(bare)) || oneKnownWord(name))
        ) {
          this.add('name', name, source, [...path, k]);
          // An agent's or a contact person's object says it is a person's name, even where the
          // same string also fills a business's slot ({"agent": {"name": X}, "developer": X}).
          if (person) this.found.notePersonName(name);
        }
      } else if (PARTY_NUMBER_KEYS.has(key) && typeof v === 'string' && /^\s*(?:\+|0)/.test(v)) {
        // Written as a number is dialled (a "+" or a trunk 0): "no": 41234567 is the party's id.
        this.add('phone', v, source, [...path, k]);
      } else if (FIRST_KEYS.has(key)) first = str(v);
      else if (LAST_KEYS.has(key)) last = str(v);
      else if (ADDRESS_KEY.test(key)) {
        const a = typeof v === 'string' ? v : undefined;
        if (a && /\d/.test(a) && /\p{L}{2}/u.test(a)) this.add('address', a, source, [...path, k]);
      } else if (key === 'username' || key === 'nickname' || key === 'login' || key === 'handle') {
        const n = str(v);
        if (n && /^[\p{L}\p{N}_.-]{2,32}$/u.test(n)) this.add('nickname', n, source, [...path, k]);
      }
    }
    if (!first) return;
    const full = `${first} ${last ?? ''}`.trim();
    // A business's object with a first and a last name beside its trade name ({"owner": {"name":
    // "Berg Emlak", "type": "Emlak Ofisi", "firstName": "Selin", "lastName": "Kaya"}}): a firm has
    // no first name, so the pair is the person who runs the account, its agent. Both are needed:
    // a first name alone could be a trade name's word put in the only slot a form had.
    if (business && !(last && last.trim() && full !== str(o.name)?.trim())) return;
    if (plausibleName(full, true)) this.add('name', full, source, [...path, 'firstName']);
  }

  /** The names of a business's object ("company": {"name": ...}): noted as trade names. */
  private readBusinessObject(v: Json): void {
    if (typeof v === 'string') this.business(v);
    else if (isObject(v)) {
      for (const k in v) {
        if (!NAME_KEYS.has(keyOf(k))) continue;
        const name = v[k];
        // Its trade name under a key of its own beside it ({"organization": {"organizationName":
        // "Branch North", "name": "Tanaka", "staffImage": …}}): the "name" is the staff member's
        // who handles the ad, not the business's, and is not noted as a trade name.
        if (typeof name === 'string' && EmbeddedReader.tradeNameBeside(v, name)) continue;
        this.business(name);
      }
    }
  }

  /**
   * The name of a firm's object beside a party's key ({"owner": {...}, "agency": {"name": "Nordic
   * Homes"}}): an agency's, a company's, a dealer's, under a key other than `party`.
   */
  private static firmNameBeside(node: JsonObject, party: string): string | undefined {
    for (const k in node) {
      if (k === party) continue;
      const v = node[k];
      if (!isObject(v) || typeof v.name !== 'string' || !v.name.trim()) continue;
      const role = roleOf(k);
      if (role === Role.BusinessObject || role === Role.BusinessParty || (codeOf(k) & PARTY_FLAG_BIT) !== 0) return v.name.trim();
    }
    return undefined;
  }

  /** True when the object names a business under a key of its own, other than `name` ("alias": "Nordic Homes"). */
  private static tradeNameBeside(o: JsonObject, name: string): boolean {
    for (const k in o) {
      const v = o[k];
      const key = keyOf(k);
      if (typeof v === 'string' && v.trim() && v.trim() !== name.trim() && (COMPANY_NAME_KEY.test(key) || BRAND_KEY.test(key))) return true;
    }
    return false;
  }

  /** True when the object is a person's beside their firm's name: a known given name first, and a trade name under a key of its own. */
  private static agentOfFirm(o: JsonObject): boolean {
    const name = typeof o.name === 'string' ? o.name : '';
    return opensWithGivenName(withoutPostNominals(name)) && EmbeddedReader.tradeNameBeside(o, name);
  }

  /** True when the party's object holds a business's object of its own ("firm", "company", "dealership": {...}). */
  private static employed(o: JsonObject): boolean {
    for (const k in o) {
      const role = roleOf(k);
      if ((role === Role.BusinessObject || role === Role.BusinessParty) && isObject(o[k])) return true;
    }
    return false;
  }

  /**
   * What an object says about itself, in one pass over its keys and without side effects: FLAG
   * when a business flag is true ("professionalAd", "isCompany": it and what it holds are a
   * business's), TYPED when a type key says business ("accountType": "agency": its own name is a
   * trade name), HAS_VALUE when it has a value key (an attribute-list entry).
   */
  private static marks(o: JsonObject): number {
    let marks = 0;
    for (const k in o) marks |= markOf(codeOf(k), o[k]);
    return marks;
  }

  /**
   * True when the party's object has a logo of its own ({"broker": {"name": ..., "logo": "..."}})
   * and no portrait: a business's (a brokerage, a dealer); a person is shown by a photo. The same
   * word names a person in one market and a firm in another ("broker", "agent"): the logo tells
   * them apart.
   */
  private static hasLogo(o: JsonObject): boolean {
    // The key is enough, set or not ("logo": ""): a person's object has no slot for a logo...
    let logo = false;
    for (const k in o) {
      const key = keyOf(k);
      // ...unless it has a portrait too: an agent's card that shows the agent and their brokerage's
      // logo ({"agents": [{"name": …, "broker": …, "portrait": […], "logo": […]}]).
      if (PORTRAIT_KEY.test(key)) return false;
      logo ||= LOGO_KEY.test(key);
    }
    return logo;
  }

  /** Whether the object's logo key holds a logo (a string or an object that is not empty). */
  private static logoSet(o: JsonObject): boolean {
    for (const k in o) {
      if (!LOGO_KEY.test(keyOf(k))) continue;
      const v = o[k];
      if ((typeof v === 'string' && v.trim() !== '') || (typeof v === 'object' && v !== null && Object.keys(v).length > 0)) return true;
    }
    return false;
  }

  private party(role: Role, v: Json, path: string[], source: string, inherited: boolean, firmBeside?: string): void {
    const one = (o: JsonObject, p: string[]): void => {
      const own = EmbeddedReader.marks(o);
      if (own & SESSION) return;
      // A dealer that holds its firm's object ({"dealer": {"name": ..., "firm": {"name": ...}}}) is
      // the firm's salesperson, a person: the firm is the business. So is a publisher whose own
      // type says one natural person ({"publisher": {"name": "Lucía Gómez", "type": "particular"}}),
      // a private seller's account.
      const onePerson = (own & ONE_PERSON) !== 0;
      const business =
        (role === Role.BusinessParty && !EmbeddedReader.employed(o) && !onePerson) ||
        (own & (FLAG | TYPED)) !== 0 ||
        (role === Role.Party && inherited) ||
        // (the one person's account has an empty slot for a logo as any account has: "logo": null)
        (EmbeddedReader.hasLogo(o) && (!onePerson || EmbeddedReader.logoSet(o))) ||
        // A project's advertiser is its developer, unless the object names the firm apart and
        // its own name opens with a known given name ({"name": "Ing. Jana Nováková", "agencyName":
        // "Stavby s.r.o."}): then the name is its agent's. A project's own name sits beside the
        // developer's firm too ({"name": "Green Terraces", "agencyName": …}).
        (role === Role.Party && underProjectKey(p) && !EmbeddedReader.agentOfFirm(o));
      // A contact person's object inside a business's ({"isBusiness": true, "contact": {"name": …}}).
      this.readParty(o, p, source, business, role === Role.PersonParty, firmBeside, role === Role.PersonParty && inherited);
    };
    if (isObject(v)) one(v, [...path]);
    else if (Array.isArray(v)) for (const [i, x] of v.entries()) if (isObject(x)) one(x, [...path, String(i)]);
  }

  /**
   * A module of other ads that says so by its title, not its key ({"name": "Similar homes",
   * "placement": …, "propertyDetails": [{…, "attributionInfo": {"agentName": …}}]}, an ad page's
   * collections of other listings): their agents are not the ad's. Only an object that holds a list
   * (its items), so a party named like a module keeps its name.
   */
  private static otherAdsModule(o: JsonObject): boolean {
    const title = typeof o.name === 'string' ? o.name : typeof o.title === 'string' ? o.title : undefined;
    if (title === undefined || title.length > 60 || !OTHER_ADS_TITLE.test(keyOf(title))) return false;
    for (const k in o) if (Array.isArray(o[k])) return true;
    return false;
  }

  /**
   * The index of the page's own ad in a list of ads (see pageAdIds): the one item whose id is one
   * of the page's address, where two items or more have ids; -1 when there is no such one.
   */
  private ownItem(list: readonly Json[]): number {
    if (this.pageAdIds.size === 0 || list.length < 2 || list.length > MAX_OWN_ITEM_LIST) return -1;
    let own = -1;
    let withId = 0;
    for (let i = 0; i < list.length; i++) {
      const x = list[i];
      if (!isObject(x)) return -1;
      let hasId = false;
      let mine = false;
      for (const k in x) {
        const v = x[k];
        if ((typeof v !== 'string' && typeof v !== 'number') || !ITEM_ID_KEYS.has(keyOf(k))) continue;
        hasId = true;
        if (this.pageAdIds.has(String(v))) mine = true;
      }
      if (hasId) withId++;
      if (mine) {
        if (own >= 0) return -1;
        own = i;
      }
    }
    return withId >= 2 ? own : -1;
  }

  /**
   * `business`: an ancestor object carries a business flag (lists of other items end it).
   * `party`: the node is a party key's value ("user", "seller"...), where the visitor's session
   * is told apart (see Role.Session); elsewhere such keys say nothing (a page's root state may hold
   * a token beside the ad).
   */
  private visit(node: Json, path: string[], source: string, depth: number, business = false, party = false): void {
    if (depth > MAX_DEPTH || ++this.nodes > MAX_NODES) return;
    if (this.rules.length) this.applyRules(node, path);
    if (Array.isArray(node)) {
      const own = this.ownItem(node);
      for (let i = 0; i < node.length; i++) {
        const x = node[i]!;
        if (own >= 0 && i !== own) continue;
        if (typeof x !== 'object' || x === null) {
          if (this.rules.length) {
            path.push(String(i));
            this.applyRules(x, path);
            path.pop();
          }
          continue;
        }
        path.push(String(i));
        this.visit(x, path, source, depth + 1, false, party);
        path.pop();
      }
      return;
    }
    if (!isObject(node)) return;
    // A schema.org document kept in the state ({"structuredData": {"@context": "https://schema.org",
    // ...}}), as Nuxt and Next pages hand their JSON-LD to the head: read as JSON-LD is, which
    // knows the site's own organisation from a seller (a walk would take its support line for a party's).
    if (this.schemaOrg && depth > 0 && typeof node['@context'] === 'string' && isSchemaOrg(node)) {
      this.schemaOrg(node);
      return;
    }
    // At most one lookup per key: the codes of this object's keys are kept in `codes` from `base`,
    // for the second pass (the keys' order is the same in both). Nested objects use the slots
    // after them. (Looking the key up again in the second pass cost a tenth of the walk.)
    const codes = this.codes;
    const base = this.top;
    let end = base;
    let own = 0;
    // Whether the second pass has anything to do: a key with a role, or a value to walk into.
    // Most objects are leaves of plain keys ({"id": 1, "label": "x"}), and skip it.
    let more = this.rules.length > 0;
    const keys = this.keys;
    for (const k in node) {
      // The slot's last key is often this one (the objects of a list have the same keys, and
      // siblings start at the same slot): its code is reused without a lookup.
      const code = keys[end] === k ? codes[end]! : codeOf(k);
      keys[end] = k;
      codes[end++] = code;
      const v = node[k];
      own |= markOf(code, v);
      if (
        !more &&
        ((code & ROLE_MASK) !== Role.Skip || isPageModel(k, v, depth)) &&
        ((code & ROLE_MASK) !== Role.None || (typeof v === 'object' && v !== null) || (typeof v === 'string' && v.length >= MIN_NESTED_JSON && isJsonText(v)))
      )
        more = true;
    }
    if (party && own & SESSION) return;
    if (own & HAS_VALUE) this.readAttributeList(node, path, source);
    // A seller card's profile, its title the account's shown name and its link the seller's page
    // ({"profile": {"title": "Lena Marten", "link": "/user/7f3a…?src=card"}}, a
    // result page's card): the member's chosen name, kept only when it is a known name (addChosenName).
    if (!party && !business && (own & (FLAG | TYPED | SESSION)) === 0 && typeof node.title === 'string' && path.length > 0 && keyOf(path[path.length - 1]!) === 'profile' && profileLink(node)) {
      path.push('title');
      this.addChosenName(node.title, path, source);
      path.pop();
    }
    if (!more || (depth > 0 && EmbeddedReader.otherAdsModule(node))) return;
    this.top = end;
    const inherited = business || (own & FLAG) !== 0;
    const typed = inherited || (own & TYPED) !== 0;
    // An object that says the visitor is logged in, or holds their token, beside an e-mail or a
    // phone ({"loggedIn": true, "email": …} in an A/B test's context): the visitor's own; its
    // other keys (a page's root state) are still walked.
    const visitor = (own & SESSION) !== 0;
    // An object that holds a number and a person's name, under no party's key ({"name": "Anna
    // Berg", "phone": "+47…"} in a broker tip's or a card's state): the name is whoever answers
    // the number. Kept only when it is a known name, as a member's chosen name is: a desk's or a
    // shop's name ("Customer Service", "Bilhuset") sits in such objects as often.
    if (!party && !typed && (own & (HAS_PHONE | HAS_NAME | SESSION)) === (HAS_PHONE | HAS_NAME) && !EmbeddedReader.hasLogo(node) && !underPlaceKey(path)) {
      let k2 = base;
      for (const k in node) {
        const v = node[k];
        if (codes[k2++]! & NAME_KEY_BIT && typeof v === 'string') {
          path.push(k);
          this.addChosenName(v, path, source);
          path.pop();
        }
      }
    }
    // An ad's own object on a result page that names its poster by a user id and a plain "name"
    // ({"userID": …, "listID": …, "title": …, "name": "Ana Lima", "companyAd": false}): the
    // member's chosen name, kept only when it is a known name (addChosenName).
    if (!party && !typed && typeof node.name === 'string' && EmbeddedReader.hasPosterId(node) && EmbeddedReader.isAdItem(node)) {
      path.push('name');
      this.addChosenName(node.name, path, source);
      path.pop();
    }
    // A phone record whose country or area code is a field of its own: read whole, and its number
    // field never alone, as the page's country would read it (see composedPhone).
    const composed = own & HAS_PHONE ? composedPhone(node) : undefined;
    const outerCountry = this.partyCountry;
    if (own & HAS_PHONE) this.partyCountry = countryOf(node) ?? outerCountry;
    if (composed !== undefined && !visitor) this.addPhone(composed, source, path);
    let at = base;
    let flatNames: [role: Role, key: string, value: string][] | undefined;
    for (const k in node) {
      const code = codes[at++]!;
      const role = (code & ROLE_MASK) as Role;
      const v = node[k]!;
      if ((role === Role.Skip && !isPageModel(k, v, depth)) || (role === Role.Imprint && !(own & HAS_PARTY))) continue;
      if (composed !== undefined && role === Role.Phone) continue;
      const nested = typeof v === 'object' && v !== null;
      if (role === Role.PartyFirstName || role === Role.PartyLastName) {
        if (typeof v === 'string' && !visitor) (flatNames ??= []).push([role, k, v]);
      } else if (role === Role.ItemUser) {
        if (!typed && typeof v === 'string' && EmbeddedReader.isAdItem(node)) {
          path.push(k);
          this.addChosenName(v, path, source);
          path.pop();
        }
      } else if (role === Role.CompanyName && own & ONE_PERSON && !visitor && typeof v === 'string' && agentsOwnName(v)) {
        // A firm's name key of a party typed as one person, holding a person's name: theirs.
        path.push(k);
        this.add('name', v, source, path);
        this.found.notePersonName(v);
        path.pop();
      } else if (role !== Role.None && !(visitor && (role === Role.Phone || role === Role.Email))) {
        path.push(k);
        this.readField(role, v, path, source, typed);
        path.pop();
      }
      if (!nested) {
        if (this.rules.length) {
          path.push(k);
          this.applyRules(v, path);
          path.pop();
        }
        // JSON kept as a string inside the page data (a GraphQL client's SSR cache stores each
        // query's result so: {"data": "{\"advert\": {...}}"}) is read as the data it is.
        if (typeof v === 'string' && v.length >= MIN_NESTED_JSON && isJsonText(v) && this.nestedChars + v.length <= MAX_NESTED_JSON_CHARS) {
          this.nestedChars += v.length;
          const inner = parseJson(v);
          if (inner !== undefined && typeof inner === 'object' && inner !== null) {
            path.push(k);
            this.visit(inner, path, source, depth + 1, inherited && role !== Role.PersonParty && role !== Role.PersonName, false);
            path.pop();
          }
        }
        continue;
      }
      path.push(k);
      if (role === Role.Party) this.party(role, v, path, source, inherited, EmbeddedReader.firmNameBeside(node, k));
      else if (role === Role.BusinessParty || role === Role.PersonParty) this.party(role, v, path, source, inherited);
      else if (role === Role.Imprint) this.party(Role.BusinessParty, v, path, source, true);
      // "dealer", "shop", "agency" as an object (not the flag `true`): a business that offers the ad.
      else if (code & PARTY_FLAG_BIT) this.party(Role.BusinessParty, v, path, source, inherited);
      else if (role === Role.PersonName) this.party(Role.PersonParty, v, path, source, false);
      else if (role === Role.CompanyName || role === Role.BusinessObject) this.readBusinessObject(v);
      // A person inside a party's object ("contact": {"person": {"name": ...}}): an agency's agent, a person.
      else if (party && role === Role.None && PARTY_PERSON_KEYS.has(keyOf(k))) this.party(Role.PersonParty, v, path, source, false);
      // A contact person or an agent is a person wherever it sits.
      const isParty = role === Role.Party || role === Role.BusinessParty || role === Role.PersonParty || (code & PARTY_FLAG_BIT) !== 0;
      this.visit(role === Role.Location ? withoutStores(v) : v, path, source, depth + 1, inherited && role !== Role.PersonParty && role !== Role.PersonName, isParty);
      path.pop();
    }
    if (flatNames) this.readFlatNames(flatNames, path, source);
    this.top = base;
    this.partyCountry = outerCountry;
  }

  /**
   * A party's given and family names under flat keys of one object ("contactFirstname",
   * "contactSurename"), joined when both keys name the same party. The key says whose name it
   * is, a person's (a firm has no given name). The given-name slot can hold a salutation
   * ("contactFirstname": "Herr"), which the name's filter strips as it does in text. A given
   * name without its family name is not taken: a form's one slot can hold a trade name's word.
   */
  private readFlatNames(fields: readonly [role: Role, key: string, value: string][], path: string[], source: string): void {
    for (const [role, key, first] of fields) {
      if (role !== Role.PartyFirstName) continue;
      const party = PARTY_FIRST_KEY.exec(keyOf(key))![1]!;
      const last = fields.find(([r, k]) => r === Role.PartyLastName && PARTY_LAST_KEY.exec(keyOf(k))![1] === party)?.[2];
      if (!last?.trim() || !first.trim()) continue;
      // A form's labels in the page's translations ("contactFirstName": "First name", "Vorname").
      if (FLAT_NAME_LABEL.test(first) || FLAT_NAME_LABEL.test(last)) continue;
      const full = `${first.trim()} ${last.trim()}`;
      if (!plausibleName(full, true)) continue;
      path.push(key);
      this.add('name', full, source, path);
      this.found.notePersonName(full);
      path.pop();
    }
  }

  /**
   * True when the object holds its poster's member id ("userID", "user_id", "sellerId",
   * "accountId"): looked up by its spellings, not by a walk of every key, as it is asked of every
   * object with a "name".
   */
  private static hasPosterId(o: JsonObject): boolean {
    for (const k of POSTER_ID_KEYS) if (k in o) return true;
    return false;
  }

  /** True when the object is an ad's own: a title, and a price or an ad id (see AD_ITEM_MARK). */
  private static isAdItem(o: JsonObject): boolean {
    let title = false;
    let mark = false;
    for (const k in o) {
      const key = keyOf(k);
      title ||= AD_ITEM_TITLE.has(key);
      mark ||= AD_ITEM_MARK.has(key);
    }
    return title && mark;
  }

  /**
   * A display name the member chose (the poster's on an ad's own object, the name in an account's
   * parameter list): a handle, a shop's word ("Car Cover Store") as often as a person's name, so
   * it is kept only when it is a known name, as names from a page's layout are.
   */
  private addChosenName(v: string, path: string[], source: string): void {
    if (this.addSoleTrader(v, path, source)) return;
    const name = v.trim();
    if (plausibleName(name, true) && hasKnownName(name)) this.add('name', name, source, path);
  }

  /**
   * "ИП Коваленко Олена Андреевна": a sole trader's account, in its owner's name (sole-traders.ts),
   * a person's wherever it fills a business's slot too. True when it was one.
   */
  private addSoleTrader(v: Json | undefined, path: string[], source: string): boolean {
    const trader = typeof v === 'string' ? soleTradersName(v) : undefined;
    if (trader === undefined) return false;
    this.add('name', trader, source, path);
    this.found.notePersonName(trader);
    return true;
  }

  /** `business`: the object holding the field is a business's (by flag, type or an ancestor's flag). */
  private readField(role: Role, v: Json, path: string[], source: string, business: boolean): void {
    switch (role) {
      case Role.Phone:
        // A number kept in Base64 until the visitor asks for it is decoded as the page's script would.
        for (const s of strings(v)) this.addPhone(decodedPhone(s, true) ?? s, source, path);
        if (Array.isArray(v)) this.readPhoneList(v, path, source);
        break;
      case Role.Email:
        for (const s of strings(v)) this.add('email', s.replace(/^mailto:/i, ''), source, path);
        break;
      case Role.Vin:
        for (const s of strings(v)) this.add('vin', s, source, path);
        break;
      case Role.Plate:
        for (const s of strings(v)) if (/\d/.test(s) && /\p{L}/u.test(s)) this.add('plate', s, source, path);
        break;
      case Role.PartyName:
        if (this.addSoleTrader(v, path, source)) break;
        if (business) this.business(v);
        // ...not the field's own label, which a page's translations hold under the same key ("agent_name": "Agent's name")
        else if (typeof v === 'string' && plausibleName(v, true) && oneKnownWord(v) && !FIELD_LABEL.test(v)) this.add('name', v, source, path);
        break;
      case Role.PersonName:
        for (const name of typeof v === 'string' ? contactPersons(v) : []) {
          this.add('name', name, source, path);
          this.found.notePersonName(name);
        }
        break;
      // "organisation": "Harbour Kinsella (Northside)", "company": "...": a business's key with its name as a string.
      case Role.CompanyName:
      case Role.BusinessObject:
        if (typeof v === 'string') this.business(v);
        break;
      case Role.Text: {
        // The text itself, or held by the description's object ("description": {"hasMore": true, "label": "…"})
        const text = typeof v === 'string' ? v : isObject(v) ? textField(v) : undefined;
        // Only text that can hold a number or an address: seven digits or an "@".
        if (text !== undefined && this.textChars + text.length <= MAX_TEXT_CHARS && /\d(?:\D{0,3}\d){6}|@/.test(text)) {
          this.texts.push(text);
          this.textChars += text.length;
        } else if (text !== undefined && text.length >= 20 && this.bodyChars + text.length <= MAX_BODY_CHARS) {
          this.bodies.push(text);
          this.bodyChars += text.length;
        }
        break;
      }
      // A party's key holding its contact as one sentence ("contact": "Lisätietoja antaa Anna
      // Berg, p. 020 123 4567, anna.berg@…"): read as the ad's text is.
      case Role.Party:
      case Role.PersonParty:
      case Role.BusinessParty:
        // Words, not a bare value (three at least): a value alone under such a key ("owner":
        // "team@site.example" of a filter's config) is no party's contact.
        if (typeof v === 'string' && v.length <= MAX_PARTY_TEXT && this.textChars + v.length <= MAX_TEXT_CHARS && /\S+ \S+ \S/.test(v) && /\d(?:\D{0,3}\d){6}|@/.test(v)) {
          this.texts.push(v);
          this.textChars += v.length;
        }
        break;
      case Role.AddressText:
        if (typeof v === 'string' && v.length <= MAX_ADDRESS_TEXT && /\d(?:\D{0,3}\d){6}/.test(v) && hasPhoneLabel(v)) {
          this.texts.push(v);
          this.textChars += v.length;
        }
        break;
      default:
        break;
    }
  }

  /**
   * A list of numbers that says whose each number is ("otherPhones": [{"tel": "...", "name": "Anna"}]):
   * the name beside a number is the person who answers it, a person's even in a shop's object.
   * Only entries that hold a number (six digits at least) and a name; "Office", "Admin" are no names (NOT_NAME).
   */
  private readPhoneList(list: Json[], path: string[], source: string): void {
    for (let i = 0; i < list.length; i++) {
      const entry = list[i];
      if (!isObject(entry)) continue;
      let name: string | undefined;
      let nameKey: string | undefined;
      let number = false;
      for (const k in entry) {
        const key = keyOf(k);
        if (NAME_KEYS.has(key)) {
          name = str(entry[k]);
          nameKey = k;
        } else if (roleOf(k) === Role.Phone || PARTY_NUMBER_KEYS.has(key)) number ||= strings(entry[k]).some((n) => /\d(?:\D{0,3}\d){5}/.test(n));
      }
      if (name && nameKey && number && plausibleName(name, true)) {
        this.add('name', name, source, [...path, String(i), nameKey]);
        this.found.notePersonName(name);
      }
    }
  }

  /**
   * {"label": "Kennzeichen", "value": "B-AB 1234"}: a value named by its label. In a seller's
   * account parameters, also the name: {"p": "name", "pl": "Имя", "v": "Ольга"},
   * {"key": "contact_person", "value": "Anna Berg"}.
   */
  private readAttributeList(o: JsonObject, path: string[], source: string): void {
    // The first label key's text (in LABEL_KEYS' order) names the value, unless a later one says what it
    // is and the first does not ({"key": "attr_31", "name": "Registration mark"}: the key a code that names nothing).
    let label: string | undefined;
    let kind = LABEL_OTHER;
    for (const k of LABEL_KEYS) {
      const text = o[k];
      if (typeof text !== 'string' || text.length > 60) continue;
      label ??= text;
      kind = labelKind(text);
      if (kind !== LABEL_OTHER) {
        label = text;
        break;
      }
    }
    if (!label) return;
    let value: string | undefined;
    let valueKey = 'value';
    for (const k of VALUE_KEYS) {
      if (value === undefined && (typeof o[k] === 'string' || typeof o[k] === 'number')) {
        value = String(o[k]);
        valueKey = k;
      }
    }
    if (!value || value.length > 40) return;
    if (kind === LABEL_VIN) this.add('vin', value, source, [...path, valueKey]);
    else if (kind === LABEL_PLATE && /\d/.test(value) && /\p{L}/u.test(value)) this.add('plate', value, source, [...path, valueKey]);
    // An ad's "Phone" attribute ({"attributeName": "Phone", "attributeValue": "0601234567"}): the advertiser's line.
    else if (kind === LABEL_PHONE && /\d/.test(value)) this.addPhone(value, source, [...path, valueKey]);
    else if (kind === LABEL_EMAIL && value.includes('@')) this.add('email', value.replace(/^mailto:/i, ''), source, [...path, valueKey]);
    else if (NAME_PARAMETER.has(keyOf(label)) && path.some((p) => ACCOUNT_LIST.test(p))) {
      this.addChosenName(value, [...path, 'name'], source);
    }
  }
}
