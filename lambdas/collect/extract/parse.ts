/**
 * One pass over the page's HTML that yields the document tree (the tree htmlparser2 builds,
 * as plain nodes with domhandler's fields, which cheerio's selectors can run on) without the
 * parts that are never read as text, and, from those parts, the JSON-LD blocks and the embedded
 * page data.
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
 * The pieces between the cuts are read by the tokenizer one by one (see parsePage).
 *
 * The tokenizer is hand-written (tokenizer.ts) rather than htmlparser2's: that one is a state
 * machine that calls a method per character of the page, and it alone (with callbacks that do
 * nothing) cost ~0.9x of htmlparser2's whole `parseDocument` on the corpus, so no tree builder
 * on top of it could bring this parse near the issue's budget; an earlier subclass that skipped
 * text and attribute runs with `indexOf` still left this parse at ~0.7x of the bare parse.
 * The hand-written one finds each token with `indexOf` and a few character tests, reproduces
 * htmlparser2 10's rules and quirks, and decodes entities with the `entities` package's own
 * decoder; with it this parse costs ~0.45-0.5x of the bare parse (median per page, measured
 * with /work/wt/tools/cost.mts, 7 rounds, on a shared machine). The unit tests compare its tree
 * with htmlparser2's `parseDocument` on every corpus page (whole, cut and split), on generated
 * markup and on thousands of random strings that drive its states.
 */
import { decodeHTML } from 'entities';
import type { DomNode } from './dom.js';
import { hasNamespacedLiteral, hasSingleQuotedObject, MAX_PAGE_BLOB_CHARS, type EmbeddedBlob } from './embedded.js';
import { scriptWrites } from './script-writes.js';
import { tokenize, type TokenSink } from './tokenizer.js';
import { VIN_PARAM_HINT } from './labels.js';

export interface ParsedPage {
  /** The document without the elements that are never read (see above). */
  readonly root: DomNode;
  /** Bodies of `<script type="application/ld+json">`, in page order. */
  readonly jsonLd: string[];
  /** Embedded page data: JSON scripts, state assignments, JSON in a script's data-* attributes. */
  readonly blobs: EmbeddedBlob[];
  /** The addresses of scripts and frames that name a VIN in a query parameter (see VIN_PARAM_HINT), entities decoded. */
  readonly vinAddresses: string[];
  /** Mailboxes that a list's choices carry as their values (see OPTION_MAILBOX), entities decoded. */
  readonly optionMailboxes: string[];
}

/** The pieces of the page that are parsed, and what the cut-out scripts hold. */
export interface CutPage {
  readonly pieces: string[];
  readonly jsonLd: string[];
  readonly blobs: EmbeddedBlob[];
  readonly vinAddresses: string[];
  readonly optionMailboxes: string[];
}

/** An element's `src` attribute's value, in any of the three quotings. */
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** Elements whose content is never read as text, cut out before the parse. */
const NEVER_READ = ['script', 'style', 'svg', 'select', 'noscript', 'template', 'iframe', 'textarea'] as const;
type NeverRead = (typeof NEVER_READ)[number];

const JSON_TYPE = /\btype\s*=\s*["']?application\/(?:[\w.+-]*\+)?json/i;
const STATE_HINT = /(?:window|self|globalThis)(?:\.[A-Za-z_$][\w$]*|\[["'][^"']+["']\])\s*=[^=]|__[A-Za-z][\w$]*__\s*=|__remixContext\s*=|__staticRouterHydrationData\s*=|__next_f\.push\(/;
/** A data-* attribute holding JSON (entity-encoded) on a script tag: `<script data-json="{&quot;ad&quot;...">`. */
const DATA_JSON_ATTRIBUTE = /\b(data-[\w-]+)\s*=\s*(?:"(\s*[{[][^"]*)"|'(\s*[{[][^']*)')/g;
/**
 * Where a comment or a never-read element can start: "<!--", or "<" and the first two letters
 * of one of their names (script, style, svg, select, noscript, template, textarea, iframe), in
 * any ASCII case. Two letters rather than one: "<s", "<t", "<i" also start span, strong, td, tr,
 * table, img and input, and each such hit costs a check.
 *
 * Returns the index of the "<", or -1. A loop of `indexOf("<")` and two character tests rather
 * than the regex `/<(?:!--|s[ctve]|no|te|if)/gi` it replaces, which matches the same places
 * (ASCII case folding is all that /i does for these letters): V8 ran that regex at every "<" of
 * the page and it cost ~4x the loop (measured alone on the corpus, 19.6 vs 5.2 ms for the 69
 * pages; in the extraction it had been ~3 % of the whole).
 */
function nextCandidate(html: string, from: number): number {
  for (let lt = html.indexOf('<', from); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    const first = html.charCodeAt(lt + 1);
    if (first === 0x21) {
      // "<!--"
      if (html.charCodeAt(lt + 2) === 0x2d && html.charCodeAt(lt + 3) === 0x2d) return lt;
      continue;
    }
    const a = first | 0x20;
    const b = html.charCodeAt(lt + 2) | 0x20;
    if (a === 0x73 ? b === 0x63 || b === 0x74 || b === 0x76 || b === 0x65 : a === 0x6e ? b === 0x6f : a === 0x74 ? b === 0x65 : a === 0x69 && b === 0x66) return lt;
  }
  return -1;
}
/**
 * A server-rendered web component's shadow root (`<template shadowrootmode="open">`, and the
 * older `shadowroot="open"`): the browser shows its content, so it is not cut like a template.
 * The same for an Alpine.js template that the page's script puts on the page as it loads
 * (`<template x-teleport="body">`, a dialog moved to the body; `<template x-if="open">`): a "Call
 * agent" dialog's numbers are in it.
 */
const SHADOW_ROOT = /(?:^|\s)(?:shadowroot(?:mode)?\s*=|x-teleport(?=[\s=>/]|$)|x-if(?=[\s=>/]|$))/i;
/**
 * A list's choice whose value is a mailbox: a contact form's "send to" list, each department or
 * person a choice and its mailbox the value the form posts (`<select name="to"><option
 * value="lena.marten@…">Sales</option>`). The page prints those mailboxes nowhere else, and the
 * list is cut out with the rest of the select (it is not text), so they are taken here.
 */
const OPTION_MAILBOX =
  /<option\b[^>]{0,400}?\svalue\s*=\s*(?:"\s*(?:mailto:)?([^"\s@<>&]+(?:@|&#0*64;|&#x0*40;)[^"\s<>]+)\s*"|'\s*(?:mailto:)?([^'\s@<>&]+(?:@|&#0*64;|&#x0*40;)[^'\s<>]+)\s*'|(?:mailto:)?([^\s"'@<>=`&]+(?:@|&#0*64;|&#x0*40;)[^\s"'<>=`]+))/gi;
/**
 * Such mailboxes taken per page, at most (a hostile page's list of thousands is not read whole).
 * The attributes before a choice's value are read for 400 characters at most, so that a list of
 * unclosed "<option" tags is not searched to its end from each of them.
 */
const MAX_OPTION_MAILBOXES = 60;
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
 * the end); a template that is a declarative shadow root loses only its opening tag. That
 * regex, run from each "<", then a lazy search for the end, was a third of the
 * extraction's cost; here a cheap pattern finds the few "<" that can start one, and the checks
 * and the search for the end are plain string comparisons. The regex is kept in the unit tests
 * as the reference this is compared with. Linear in the page's length, hostile pages included.
 */
export function cutPage(html: string): CutPage {
  const pieces: string[] = [];
  const jsonLd: string[] = [];
  const blobs: EmbeddedBlob[] = [];
  const vinAddresses: string[] = [];
  const optionMailboxes: string[] = [];
  let budget = MAX_PAGE_BLOB_CHARS;
  let last = 0;
  let noGreaterThan = false;
  for (let lt = nextCandidate(html, 0); lt >= 0; lt = nextCandidate(html, Math.max(last, lt + 1))) {
    if (html.charCodeAt(lt + 1) === 0x21) {
      // a comment: to "-->", or to the end when unclosed (the parser does the same)
      pieces.push(html.slice(last, lt));
      const close = html.indexOf('-->', lt + 4);
      last = close < 0 ? html.length : close + 3;
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
    if (tag === 'template' && SHADOW_ROOT.test(html.slice(lt + 9, tagEnd))) {
      // A declarative shadow root is shown as the page: only its "<template ...>" is cut, so
      // its content (a web component's contact box, its JSON) is read like the rest; the
      // unmatched "</template>" is ignored by the parse, as htmlparser2 ignores it.
      last = tagEnd + 1;
      continue;
    }
    const close = closingTag(html, tagEnd + 1, tag);
    last = close ? close[1] : html.length;
    if (tag === 'script' || tag === 'iframe') {
      const attributes = html.slice(lt + 1 + tag.length, tagEnd);
      // A dealer's analytics tag naming the cars a result page shows ("<script src=\"…&vehicle_vin=
      // <VIN>%2C<VIN>…\">"): on such a page it can be the only place most cards' VINs are written.
      if (VIN_PARAM_HINT.test(attributes)) {
        const src = SRC_ATTRIBUTE.exec(attributes);
        if (src) vinAddresses.push(decodeAttribute(src[1] ?? src[2] ?? src[3] ?? ''));
      }
      if (tag === 'script') readScript(attributes, html.slice(tagEnd + 1, close ? close[0] : html.length));
    } else if (tag === 'select' && optionMailboxes.length < MAX_OPTION_MAILBOXES) {
      const body = html.slice(tagEnd + 1, close ? close[0] : html.length);
      if (body.includes('@') || body.includes('&#')) {
        OPTION_MAILBOX.lastIndex = 0;
        for (let m = OPTION_MAILBOX.exec(body); m && optionMailboxes.length < MAX_OPTION_MAILBOXES; m = OPTION_MAILBOX.exec(body)) {
          optionMailboxes.push(decodeAttribute(m[1] ?? m[2] ?? m[3] ?? ''));
        }
      }
    }
  }
  pieces.push(html.slice(last));
  return { pieces, jsonLd, blobs, vinAddresses, optionMailboxes };

  function readScript(attributes: string, body: string): void {
    // The type as the browser reads it: a page may write its "+" as an entity ("application/ld&#x2B;json").
    const type = attributes.includes('&') ? decodeAttribute(attributes) : attributes;
    if (/ld\+json/i.test(type)) {
      jsonLd.push(body);
      return;
    }
    // A mailbox the script writes where it stands (script-writes.ts): read as the page's markup there.
    if (!JSON_TYPE.test(type)) {
      const written = scriptWrites(body);
      if (written !== undefined) pieces.push(written);
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
    // The cheap test first: STATE_HINT scans the whole script when it does not match.
    if (JSON_TYPE.test(type) || (body.length >= 200 && (body.includes('{"') || hasSingleQuotedObject(body) || hasNamespacedLiteral(body))) || STATE_HINT.test(body)) {
      budget -= body.length;
      blobs.push({ source: id ?? (JSON_TYPE.test(type) ? 'script-json' : 'script'), text: body });
    }
  }
}

/*
 * The tree. htmlparser2's `Parser` (tag and attribute names, implied opens and closes, void and
 * foreign elements) and domhandler's `DomHandler` (the nodes) are merged here into one receiver
 * of the tokenizer's tokens (`TokenSink`), which builds plain nodes (`DomNode`: type, name, attribs, children,
 * parent, data) rather than domhandler's classes. On the corpus the two took 60 % of the parse
 * (measured: 1.3 of 2.2 ms per page), for a tree of which extraction reads only these fields.
 *
 * Why by hand: the rules are htmlparser2's own (Parser.js and domhandler's index.js of
 * htmlparser2 10 / domhandler 5, MIT), ported statement by statement without the options this
 * parse never sets (xmlMode, indices, callbacks it does not use); the open-element stack is
 * kept top-last (push/pop) instead of top-first (unshift/shift), which is the same order
 * reversed. The unit tests compare the tree with htmlparser2's `parseDocument` on every corpus
 * and sample page and on generated markup, node for node.
 *
 * `prev`/`next` are not set while parsing (nothing but CSS selectors reads them):
 * `linkSiblings` adds them before a source's selectors run.
 */

const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG = new Set(['p']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const DDT_TAGS = new Set(['dd', 'dt']);
const RTP_TAGS = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['p', P_TAG],
  ['h1', P_TAG],
  ['h2', P_TAG],
  ['h3', P_TAG],
  ['h4', P_TAG],
  ['h5', P_TAG],
  ['h6', P_TAG],
  ['select', FORM_TAGS],
  ['input', FORM_TAGS],
  ['output', FORM_TAGS],
  ['button', FORM_TAGS],
  ['datalist', FORM_TAGS],
  ['textarea', FORM_TAGS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT_TAGS],
  ['dt', DDT_TAGS],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (t): [string, ReadonlySet<string>] => [t, P_TAG],
  ),
  ['rt', RTP_TAGS],
  ['rp', RTP_TAGS],
  ['tbody', TABLE_SECTION_TAGS],
  ['tfoot', TABLE_SECTION_TAGS],
]);
const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN_CONTEXT_ELEMENTS = new Set(['math', 'svg']);
const HTML_INTEGRATION_ELEMENTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const NAME_END = /\s|\//;

/** What the lists above say of one tag name, looked up once per tag (a single map look-up instead of four). */
interface TagRule {
  readonly impliesClose: ReadonlySet<string> | undefined;
  readonly isVoid: boolean;
  /** Whether it opens or closes foreign content (svg, math) or an HTML integration point in it. */
  readonly context: 'foreign' | 'integration' | undefined;
}
const TAG_RULES = new Map<string, TagRule>(
  [...new Set([...OPEN_IMPLIES_CLOSE.keys(), ...VOID_ELEMENTS, ...FOREIGN_CONTEXT_ELEMENTS, ...HTML_INTEGRATION_ELEMENTS])].map((name) => [
    name,
    {
      impliesClose: OPEN_IMPLIES_CLOSE.get(name),
      isVoid: VOID_ELEMENTS.has(name),
      context: FOREIGN_CONTEXT_ELEMENTS.has(name) ? 'foreign' : HTML_INTEGRATION_ELEMENTS.has(name) ? 'integration' : undefined,
    },
  ]),
);

/** domhandler's element type: "script" and "style" elements have their own. */
function elementType(name: string): string {
  return name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
}

/*
 * Nodes are class instances and each element's child array is a copy of an empty array, not
 * object and array literals. V8 tracks an "allocation site" for every literal and, when most of
 * what a site allocated survives a young-generation GC, allocates from that site straight into
 * the old generation from then on ("pretenuring"). A page's tree is alive for the whole of its
 * extraction, so a GC in the middle of a large page could flip the tree's sites; from then on
 * each page's tree was born old, every node pushed into it was kept alive by old-to-new
 * pointers until a full GC, and each young GC copied megabytes. Measured with a script that
 * extracts the 69 corpus pages 8 rounds in a row after one, each run a fresh `node --import tsx`
 * process: with literals, 5 of 8 processes fell into this (8.1-9.7 ms CPU per page against
 * 5.0-6.1 in the other three; young GCs 1.5-1.7 ms per page instead of 0.24-0.31, and two full
 * GCs). `node --trace-pretenuring-statistics` shows the sites flip, and
 * `--no-allocation-site-pretenuring` kept every process fast. A `new` of a class and
 * Array.prototype.slice allocate without a site, so nothing here can flip: with this form 0 of
 * 8 processes did (4.6-6.4 ms), while the same classes with `children = []` still did in 3 of 6.
 * How often it happens depends on V8's heap sizing: under npm (whose processes got a larger
 * young generation here) 0 of 8 runs of a similar script showed it, but in 1 of 5 interleaved
 * A/B runs (each side in a process of its own) the code before this change cost 30 % more per
 * page than this form (not traced further).
 */
const NO_CHILDREN: readonly DomNode[] = [];

/** A text or comment node, with the fields of domhandler's (no `children`: css-select tells nodes with children by that own property). */
class DataNode implements DomNode {
  parent: DomNode | undefined = undefined;
  constructor(
    readonly type: 'text' | 'comment',
    public data: string,
  ) {}
}

/** An element without attributes shares this list (nothing writes into `attrs`). */
const NO_ATTRIBUTES: readonly string[] = Object.freeze([]);

/** Whether an element's children are none, or white space only. */
function blank(children: readonly DomNode[] | undefined): boolean {
  if (children === undefined) return true;
  for (const child of children) if (child.type !== 'text' || /\S/.test(child.data ?? '')) return false;
  return true;
}

/**
 * An element (a tag, script or style), with the fields of domhandler's. Its attributes are kept
 * as the flat list the tokenizer reads them into (`attrs`: name, value, name, value...), and the
 * `attribs` object that cheerio's selectors and domhandler's callers read is built from it on
 * first use: the extraction's own walk reads the list, so most elements never need the object
 * (5-15 % of the corpus's elements do). Building each tag's object as the tokens came (a keyed
 * store per attribute, a hidden class per order of names) was 7-14 % of this parse (two
 * interleaved A/B runs storing only the list); with the walks reading the list, extraction as a
 * whole got 0-2.5 % cheaper (two runs). The list is the parse's: a write into `attribs` (cheerio's
 * `.attr(name, value)`) is not seen by the walks, and extraction makes none.
 */
class ElementNode implements DomNode {
  readonly type: string;
  readonly children: DomNode[] = NO_CHILDREN.slice();
  parent: DomNode | undefined = undefined;
  /** See DomNode.empty: set when a link closes (closeElement). */
  empty = false;
  private object: Record<string, string> | undefined = undefined;
  constructor(
    readonly name: string,
    readonly attrs: readonly string[],
  ) {
    this.type = elementType(name);
  }

  get attribs(): Record<string, string> {
    return (this.object ??= attributeObject(this.attrs));
  }
}

/** The attributes as domhandler's object: the same assignments in the same order as htmlparser2's parser makes them. */
function attributeObject(attrs: readonly string[]): Record<string, string> {
  const object: Record<string, string> = {};
  for (let i = 0; i < attrs.length; i += 2) object[attrs[i]!] = attrs[i + 1]!;
  return object;
}

/**
 * The attributes in the order a `for...in` over their object lists them, which is the order the
 * extraction's walks have always read them in: array-index names first, in numeric order, then
 * the others as written; and without "__proto__", which an object assignment does not add as a
 * key (htmlparser2's object has neither).
 */
function inObjectOrder(attrs: string[]): string[] {
  const object = attributeObject(attrs);
  const out: string[] = [];
  for (const k in object) out.push(k, object[k]!);
  return out;
}

/** The tokenizer's callbacks (htmlparser2's `Parser` and `DomHandler`), building `DomNode`s. */
class TreeBuilder implements TokenSink {
  readonly root: DomNode = { type: 'root', children: [] };
  /** Open element names, innermost last (htmlparser2's Parser keeps them innermost first). */
  private readonly stack: string[] = [];
  /** Whether each open foreign or integration element starts foreign content, innermost last. */
  private readonly foreignContext: boolean[] = [false];
  /** Open element nodes, innermost last, the root first (domhandler's tagStack). */
  private readonly nodes: DomNode[] = [this.root];
  /** The text node that following text joins (domhandler's lastNode, for text only). */
  private lastText: DomNode | null = null;
  /** The last comment node, until its end (domhandler's lastNode, for comments). */
  private lastComment: DomNode | null = null;
  private tagname = '';
  /** Whether `tagname` is a void element. */
  private tagIsVoid = false;
  /** The open tag's attributes as the tokenizer reports them (name, value...), or null outside an open tag. */
  private attrs: string[] | null = null;
  /** Whether one of them needs `inObjectOrder`. */
  private oddAttribute = false;

  // ---- domhandler ----

  private addNode(node: DomNode): void {
    const parent = this.nodes[this.nodes.length - 1]!;
    parent.children!.push(node);
    node.parent = parent;
    this.lastText = null;
    this.lastComment = null;
  }

  private addText(data: string): void {
    const last = this.lastText;
    if (last) {
      last.data += data;
      return;
    }
    const node: DomNode = new DataNode('text', data);
    this.addNode(node);
    this.lastText = node;
  }

  private openElement(name: string, attrs: readonly string[]): void {
    const node: DomNode = new ElementNode(name, attrs);
    this.addNode(node);
    this.nodes.push(node);
  }

  private closeElement(): void {
    this.lastText = null;
    this.lastComment = null;
    const node = this.nodes.pop();
    // A link closed with nothing in it but white space (see DomNode.empty).
    if (node !== undefined && node.name === 'a') node.empty = blank(node.children);
  }

  private addComment(data: string): void {
    const last = this.lastComment;
    if (last) {
      last.data += data;
      return;
    }
    const node: DomNode = new DataNode('comment', data);
    this.addNode(node);
    this.lastComment = node;
  }

  private commentEnd(): void {
    this.lastText = null;
    this.lastComment = null;
  }

  // ---- htmlparser2's Parser ----

  text(data: string): void {
    this.addText(data);
  }

  openTag(name: string): void {
    this.tagname = name;
    const rule = TAG_RULES.get(name);
    this.tagIsVoid = rule !== undefined && rule.isVoid;
    const impliesClose = rule?.impliesClose;
    if (impliesClose) {
      const stack = this.stack;
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1]!)) {
        stack.pop();
        this.closeElement();
      }
    }
    if (!this.tagIsVoid) {
      this.stack.push(name);
      if (rule?.context) this.foreignContext.push(rule.context === 'foreign');
    }
    this.attrs = this.scratch;
    this.attrs.length = 0;
    this.oddAttribute = false;
  }

  /** Reused for every tag: `endOpenTag` copies what the node keeps. */
  private readonly scratch: string[] = [];

  private endOpenTag(): void {
    const attrs = this.attrs;
    if (attrs) {
      this.openElement(this.tagname, attrs.length === 0 ? NO_ATTRIBUTES : this.oddAttribute ? inObjectOrder(attrs) : attrs.slice());
      this.attrs = null;
    }
    if (this.tagIsVoid) this.closeElement();
    this.tagname = '';
    this.tagIsVoid = false;
  }

  openTagEnd(): void {
    this.endOpenTag();
  }

  closeTag(name: string): void {
    const rule = TAG_RULES.get(name);
    if (rule?.context) this.foreignContext.pop();
    if (!rule?.isVoid) {
      const stack = this.stack;
      const pos = stack.lastIndexOf(name);
      if (pos !== -1) {
        while (stack.length > pos) {
          stack.pop();
          this.closeElement();
        }
      } else if (name === 'p') {
        // Implicit open before close
        this.openTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      this.openElement('br', NO_ATTRIBUTES);
      this.closeElement();
    }
  }

  selfClosingTag(): void {
    if (this.foreignContext[this.foreignContext.length - 1]) this.closeCurrentTag();
    else this.endOpenTag();
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    // Self-closing tags will be on the top of the stack
    if (this.stack[this.stack.length - 1] === name) {
      this.closeElement();
      this.stack.pop();
    }
  }

  /** htmlparser2's onattribname, onattribdata and onattribend in one (the tokenizer reports the first of a name only). */
  attribute(name: string, value: string): void {
    const attrs = this.attrs;
    if (!attrs) return;
    attrs.push(name, value);
    // An array index ("0", "42") starts with a digit; "__proto__" with "_" (inObjectOrder decides).
    const c = name.charCodeAt(0);
    if ((c >= 0x30 && c <= 0x39) || c === 0x5f) this.oddAttribute = true;
  }

  private instructionName(value: string): string {
    const index = value.search(NAME_END);
    return (index < 0 ? value : value.slice(0, index)).toLowerCase();
  }

  declaration(value: string): void {
    this.addNode({ type: 'directive', name: `!${this.instructionName(value)}`, data: `!${value}`, parent: undefined });
  }

  processingInstruction(value: string): void {
    this.addNode({ type: 'directive', name: `?${this.instructionName(value)}`, data: `?${value}`, parent: undefined });
  }

  comment(data: string): void {
    this.addComment(data);
    this.commentEnd();
  }

  cdata(data: string): void {
    this.addComment(`[CDATA[${data}]]`);
    this.commentEnd();
  }

  end(): void {
    for (let i = this.stack.length - 1; i >= 0; i--) this.closeElement();
  }
}

/** Sets `prev` and `next` on every node under `root` (CSS selectors' sibling combinators read them). */
export function linkSiblings(root: DomNode): void {
  const pending: DomNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const children = node.children;
    if (!children) continue;
    let prev: DomNode | null = null;
    for (const child of children) {
      child.prev = prev;
      child.next = null;
      if (prev) prev.next = child;
      prev = child;
      if (child.children) pending.push(child);
    }
  }
}

/** The page's tree without the never-read elements, and the data its scripts hold. */
export function parsePage(html: string): ParsedPage {
  const { pieces, jsonLd, blobs, vinAddresses, optionMailboxes } = cutPage(html);
  // The pieces are read in turn (the tokenizer carries a token cut by a piece's end over to the
  // next piece, so the tree is that of the joined page) rather than joined first. A joined page
  // is one string of 100-300 KB, past V8's large-object threshold, and building it cost more
  // than tokenizing it (measured: ~1.7 ms per corpus page).
  return { root: parsePieces(pieces), jsonLd, blobs, vinAddresses, optionMailboxes };
}

/** The tree htmlparser2's `parseDocument` builds from `pieces.join('')`, without joining them. */
export function parsePieces(pieces: readonly string[]): DomNode {
  const builder = new TreeBuilder();
  tokenize(pieces, builder);
  return builder.root;
}
