/**
 * One pass over the page's HTML that yields the document tree (htmlparser2 + domhandler, the
 * tree cheerio uses) without the parts that are never read as text, and, from those parts, the
 * JSON-LD blocks and the embedded page data.
 *
 * Inline scripts (analytics, framework state of 50-200 KB on real sites), style sheets, inline
 * SVG, option lists and comments are never read as text, but htmlparser2's tokenizer would walk
 * them character by character in JavaScript: on the real-structure corpus they are two thirds
 * of a page. They are cut out first by a scan that stops only where one can start. The cut
 * follows the rule the parser applies itself: raw text such as script data ends at the first
 * "</script". The same scan keeps the scripts that hold data: JSON-LD, and embedded state
 * (application/json, __NEXT_DATA__, `window.__INITIAL_STATE__ = {...}` and the like), read by
 * their own readers.
 *
 * The pieces between the cuts are written to the parser one by one (htmlparser2 is a streaming
 * parser: the tree does not depend on where its input is split) rather than joined first. A
 * joined page is one string of 100-300 KB, past V8's large-object threshold, and building it
 * cost more than tokenizing it (measured: ~1 ms on a 250 KB page).
 */
import { decodeHTML } from 'entities';
import { DomHandler, Parser, Tokenizer } from 'htmlparser2';
import type { DomNode } from './dom.js';
import { MAX_PAGE_BLOB_CHARS, type EmbeddedBlob } from './embedded.js';

export interface ParsedPage {
  /** The document without the elements that are never read (see above). */
  readonly root: DomNode;
  /** Bodies of `<script type="application/ld+json">`, in page order. */
  readonly jsonLd: string[];
  /** Embedded page data: JSON scripts, state assignments, JSON in a script's data-* attributes. */
  readonly blobs: EmbeddedBlob[];
}

/** The pieces of the page that are parsed, and what the cut-out scripts hold. */
export interface CutPage {
  readonly pieces: string[];
  readonly jsonLd: string[];
  readonly blobs: EmbeddedBlob[];
}

/** Elements whose content is never read as text, cut out before the parse. */
const NEVER_READ = ['script', 'style', 'svg', 'select', 'noscript', 'template', 'iframe', 'textarea'] as const;
type NeverRead = (typeof NEVER_READ)[number];

const JSON_TYPE = /\btype\s*=\s*["']?application\/(?:[\w.+-]*\+)?json/i;
const STATE_HINT = /(?:window|self|globalThis)(?:\.[A-Za-z_$][\w$]*|\[["'][^"']+["']\])\s*=[^=]|__[A-Za-z][\w$]*__\s*=|__remixContext\s*=|__staticRouterHydrationData\s*=|__next_f\.push\(/;
/** A data-* attribute holding JSON (entity-encoded) on a script tag: `<script data-json="{&quot;ad&quot;...">`. */
const DATA_JSON_ATTRIBUTE = /\b(data-[\w-]+)\s*=\s*(?:"(\s*[{[][^"]*)"|'(\s*[{[][^']*)')/g;
/** Where a comment or a never-read element can start: "<!--", or "<" and the first letter of one of their names. */
const CANDIDATE = /<(?:!--|[inst])/gi;
/** What may follow a closing tag's name before its ">": JavaScript's \s, as in `</script >`. */
const CLOSE_REST = /\s*>/y;

const BASIC_ENTITY = /&(?:quot|amp|lt|gt|apos|#3[49]|#x2[27]);/g;
const OTHER_ENTITY = /&(?!(?:quot|amp|lt|gt|apos|#3[49]|#x2[27]);)#?\w+;/;
const BASIC: Readonly<Record<string, string>> = {
  '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&apos;': "'", '&#34;': '"', '&#39;': "'", '&#x22;': '"', '&#x27;': "'",
};

/**
 * Attribute text with its entities decoded. JSON in attributes is mostly `&quot;`: a replace of
 * the five basic entities is several times faster than the full decoder, which runs only when
 * other references remain.
 */
function decodeAttribute(value: string): string {
  if (OTHER_ENTITY.test(value)) return decodeHTML(value);
  return value.replace(BASIC_ENTITY, (e) => BASIC[e]!);
}

/** True when `word` (lower-case ASCII) is at `at`, in any ASCII case. */
function hasWordAt(html: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    // Setting bit 5 folds exactly A-Z onto a-z; every other character stays unequal to a letter.
    if ((html.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** [A-Za-z0-9_]: what ends a tag name for a regex word boundary. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The never-read element whose name starts at `at` (just after "<"), ended by a non-word character. */
function neverReadAt(html: string, at: number): NeverRead | undefined {
  for (const tag of NEVER_READ) {
    if (hasWordAt(html, at, tag) && !isWordChar(html.charCodeAt(at + tag.length))) return tag;
  }
  return undefined;
}

/** Start of the first `</tag\s*>` at or after `from` (any ASCII case), and the index after it; undefined when there is none. */
function closingTag(html: string, from: number, tag: string): [number, number] | undefined {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (!hasWordAt(html, at + 2, tag)) continue;
    CLOSE_REST.lastIndex = at + 2 + tag.length;
    if (CLOSE_REST.test(html)) return [at, CLOSE_REST.lastIndex];
  }
  return undefined;
}

/**
 * Cuts comments and the never-read elements out of the page. The same matches as the regex
 * `/<!--|<(script|style|svg|select|noscript|template|iframe|textarea)\b([^>]*)>/gi`, each
 * element to the first `</name\s*>` (or the end of the page), each comment to its "-->" (or
 * the end). That regex, run from each "<", then a lazy search for the end, was a third of the
 * extraction's cost; here a cheap pattern finds the few "<" that can start one, and the checks
 * and the search for the end are plain string comparisons. The regex is kept in the unit tests
 * as the reference this is compared with. Linear in the page's length, hostile pages included.
 */
export function cutPage(html: string): CutPage {
  const pieces: string[] = [];
  const jsonLd: string[] = [];
  const blobs: EmbeddedBlob[] = [];
  let budget = MAX_PAGE_BLOB_CHARS;
  let last = 0;
  let noGreaterThan = false;
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(html); c; c = CANDIDATE.exec(html)) {
    const lt = c.index;
    if (c[0] === '<!--') {
      // a comment: to "-->", or to the end when unclosed (the parser does the same)
      pieces.push(html.slice(last, lt));
      const close = html.indexOf('-->', lt + 4);
      last = close < 0 ? html.length : close + 3;
      CANDIDATE.lastIndex = last;
      continue;
    }
    // Past the last ">" of the page no element can start (only a comment): the search for a
    // ">" is not repeated for each later "<" (quadratic on "<script <script <script...").
    if (noGreaterThan) continue;
    const tag = neverReadAt(html, lt + 1);
    if (tag === undefined) continue;
    // `[^>]*>`: the attributes run to the first ">"; without one, this "<" starts no element.
    const tagEnd = html.indexOf('>', lt + 1 + tag.length);
    if (tagEnd < 0) {
      noGreaterThan = true;
      continue;
    }
    pieces.push(html.slice(last, lt));
    const close = closingTag(html, tagEnd + 1, tag);
    last = close ? close[1] : html.length;
    CANDIDATE.lastIndex = last;
    if (tag === 'script') readScript(html.slice(lt + 1 + tag.length, tagEnd), html.slice(tagEnd + 1, close ? close[0] : html.length));
  }
  pieces.push(html.slice(last));
  return { pieces, jsonLd, blobs };

  function readScript(attributes: string, body: string): void {
    if (/ld\+json/i.test(attributes)) {
      jsonLd.push(body);
      return;
    }
    if (attributes.includes('data-')) {
      DATA_JSON_ATTRIBUTE.lastIndex = 0;
      for (let d = DATA_JSON_ATTRIBUTE.exec(attributes); d; d = DATA_JSON_ATTRIBUTE.exec(attributes)) {
        const value = d[2] ?? d[3] ?? '';
        if (value.length > budget) continue;
        budget -= value.length;
        blobs.push({ source: `attr:${d[1]!}`, text: decodeAttribute(value) });
      }
    }
    if (body.length > budget || /\bsrc\s*=/i.test(attributes)) return;
    const id = /\bid\s*=\s*["']?([\w:-]+)/i.exec(attributes)?.[1];
    // Page data: JSON scripts, state assignments, and inline code that carries JSON literals.
    if (JSON_TYPE.test(attributes) || STATE_HINT.test(body) || (body.length >= 200 && body.includes('{"'))) {
      budget -= body.length;
      blobs.push({ source: id ?? (JSON_TYPE.test(attributes) ? 'script-json' : 'script'), text: body });
    }
  }
}

/**
 * The parts of htmlparser2's tokenizer that `SkippingTokenizer` uses. They are private in its
 * types (not in the JavaScript), hence this view of them.
 */
interface TokenizerInternals {
  buffer: string;
  offset: number;
  index: number;
  readonly decodeEntities: boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
}

/** The same, with the fields `SkippingTokenizer` adds. */
interface SkippingInternals extends TokenizerInternals {
  readonly stopAt: number[];
  stopOffset: number;
}

const LT = 0x3c; // "<"
const AMP = 0x26; // "&"
/** The characters the skipping states stop at: "<", "&", '"', "'". */
const STOPS = ['<', '&', '"', "'"];
const slotOf = (c: number): number => (c === LT ? 0 : c === AMP ? 1 : c === 0x22 ? 2 : 3);

/**
 * htmlparser2's tokenizer (through its `Tokenizer` option), where the two states that run the
 * longest, text and quoted attribute values, skip the characters they would do nothing with.
 * The stock tokenizer steps through its whole state machine once per character there, only to
 * find that the character is not "<" (or the closing quote) nor "&"; here `indexOf` finds the
 * next one, and the state machine resumes on it. Every character that does something still
 * goes through htmlparser2's own code, so the tree is the same (a unit test compares the two on
 * the corpus and on generated markup); ~20 % of the parse on the corpus (measured).
 *
 * It relies on the names of two of the tokenizer's internal methods: should a release of
 * htmlparser2 rename them, nothing is overridden and parsing is just slower (a unit test says so).
 */
export class SkippingTokenizer extends Tokenizer {
  /** Buffer index of the next of each of STOPS at or after where it was last looked for (the buffer's length when none). */
  readonly stopAt = [-1, -1, -1, -1];
  /** The `offset` of the buffer `stopAt` is about (a new buffer has a larger one). */
  stopOffset = -1;
}

/** Index (in the whole input) of the character before the next `a` or `b` after the current one, or of the buffer's last character. */
function beforeNext(t: SkippingInternals, a: number, b: number): number {
  const buffer = t.buffer;
  if (t.stopOffset !== t.offset) {
    t.stopOffset = t.offset;
    t.stopAt.fill(-1);
  }
  const from = t.index - t.offset + 1;
  return t.offset + Math.min(nextStop(t, buffer, slotOf(a), from), nextStop(t, buffer, slotOf(b), from)) - 1;
}

/** Buffer index of the next of STOPS[slot] at or after `from`, or the buffer's length. */
function nextStop(t: SkippingInternals, buffer: string, slot: number, from: number): number {
  let at = t.stopAt[slot]!;
  if (at < from) {
    // Searched from the current index, which only moves forward: linear in the buffer.
    at = buffer.indexOf(STOPS[slot]!, from);
    t.stopAt[slot] = at = at < 0 ? buffer.length : at;
  }
  return at;
}

const stock = Tokenizer.prototype as unknown as Partial<TokenizerInternals>;
const skipping = SkippingTokenizer.prototype as unknown as SkippingInternals;
export const TOKENIZER_SKIPS = typeof stock.stateText === 'function' && typeof stock.handleInAttributeValue === 'function';
if (TOKENIZER_SKIPS) {
  const stateText = stock.stateText!;
  const handleInAttributeValue = stock.handleInAttributeValue!;
  skipping.stateText = function (this: SkippingInternals, c: number): void {
    if (c === LT || c === AMP || !this.decodeEntities) stateText.call(this, c);
    else this.index = beforeNext(this, LT, AMP);
  };
  skipping.handleInAttributeValue = function (this: SkippingInternals, c: number, quote: number): void {
    if (c === quote || c === AMP || !this.decodeEntities) handleInAttributeValue.call(this, c, quote);
    else this.index = beforeNext(this, quote, AMP);
  };
}

/**
 * htmlparser2's parser over a page written in pieces. The tree is the one the page in one
 * piece gives, but for one case: a page that ends inside a closing tag or after a "/" in a tag
 * (`</a x`, `<br/`) ends with a text node that htmlparser2 takes from index -1 of its input
 * buffers, which gives the page's last character when the page is one buffer and other
 * characters when it is several. That text is taken here from the page as a whole.
 */
class PiecesParser extends Parser {
  constructor(
    private readonly handler: DomHandler,
    private readonly pieces: readonly string[],
  ) {
    super(handler, { Tokenizer: SkippingTokenizer });
  }

  override ontext(start: number, endIndex: number): void {
    if (start >= 0) {
      super.ontext(start, endIndex);
      return;
    }
    this.endIndex = endIndex - 1;
    this.handler.ontext(this.slice(start, endIndex));
    this.startIndex = endIndex;
  }

  /** `pieces.join('').slice(start, end)`, without the join. */
  private slice(start: number, end: number): string {
    const length = this.pieces.reduce((n, p) => n + p.length, 0);
    const from = start < 0 ? Math.max(0, length + start) : start;
    const to = end < 0 ? Math.max(0, length + end) : Math.min(end, length);
    let out = '';
    let at = 0;
    for (const p of this.pieces) {
      if (at + p.length > from && at < to) out += p.slice(Math.max(0, from - at), to - at);
      at += p.length;
    }
    return out;
  }
}

/** The page's tree without the never-read elements, and the data its scripts hold. */
export function parsePage(html: string): ParsedPage {
  const { pieces, jsonLd, blobs } = cutPage(html);
  // What htmlparser2's parseDocument does, with the pieces written in turn.
  const handler = new DomHandler();
  const parser = new PiecesParser(handler, pieces);
  for (const piece of pieces) if (piece) parser.write(piece);
  parser.end();
  return { root: handler.root as unknown as DomNode, jsonLd, blobs };
}
