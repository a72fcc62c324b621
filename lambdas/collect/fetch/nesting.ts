/**
 * Bounds the element nesting of an HTML string before any parser sees it.
 *
 * Why: htmlparser2 keeps its open-element stack with `unshift`/`indexOf` and parse5 (cheerio's
 * default) is no better, so N unclosed tags cost O(N²): 80,000 unclosed `<div>` (400 KB) took
 * 41 s to parse, and every recursive walk (cheerio's `.text()`, domutils) overflowed the stack
 * from ~2,500 levels. Chromium's own HTML parser stops nesting at 512 levels
 * (kMaximumHTMLParserDOMTreeDepth) and so does this, the same way: an element that would open
 * level 513 is placed beside the deepest open element instead of inside it (that element is
 * closed just before it, and its own end tag is dropped when it comes). Nothing is removed:
 * every element, attribute and text stays, only the nesting is flattened.
 *
 * The scan is one left-to-right pass that jumps from "<" to "<" with indexOf, keeps the stack
 * as a push/pop array with a count per tag name (so an end tag is matched in O(1) amortised),
 * and mirrors the htmlparser2 rules that decide depth: void elements, the start tags that close
 * open ones (`<li>` closes `<li>`, a block closes `<p>`...), raw-text elements (script, style,
 * title, textarea, xmp), comments, and self-closing syntax only inside svg/math. A page nested
 * less than the limit comes back unchanged (the same string). Hand-written because no parser on
 * the registry offers a depth limit; htmlparser2's tables are copied from its Parser.
 */

/** Chromium's HTML parser limit (third_party/blink/.../html_construction_site.cc). */
export const MAX_NESTING = 512;

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** htmlparser2's openImpliesClose: opening the key pops these while they are on top. */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']],
      ['th', ['th']],
      ['td', ['thead', 'th', 'td']],
      ['body', ['head', 'link', 'script']],
      ['li', ['li']],
      ['select', FORM],
      ['input', FORM],
      ['output', FORM],
      ['button', FORM],
      ['datalist', FORM],
      ['textarea', FORM],
      ['option', ['option']],
      ['optgroup', ['optgroup', 'option']],
      ['dd', ['dd', 'dt']],
      ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']],
      ['rp', ['rt', 'rp']],
      ['tbody', ['thead', 'tbody']],
      ['tfoot', ['thead', 'tbody']],
      ...[
        'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
        'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
        'table', 'ul',
      ].map((t): [string, string[]] => [t, P]),
    ] as [string, string[]][]
  ).map(([k, v]) => [k, new Set(v)]),
);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

export interface NestingResult {
  readonly html: string;
  /** Elements placed beside, not inside, the deepest one because they would have nested deeper. */
  readonly flattened: number;
}

/** `html` with nesting cut at `maxDepth` levels; linear in the length of `html`. */
export function boundNesting(html: string, maxDepth: number = MAX_NESTING): NestingResult {
  const stack: string[] = [];
  const open = new Map<string, number>(); // name -> occurrences on the stack
  const closedEarly = new Map<string, number>(); // name -> elements closed by flattening, end tag pending
  const out: string[] = [];
  let kept = 0; // html[kept, ...) is copied verbatim up to the next edit
  let flattened = 0;
  const n = html.length;

  const bump = (m: Map<string, number>, name: string, by: number): void => {
    const v = (m.get(name) ?? 0) + by;
    if (v === 0) m.delete(name);
    else m.set(name, v);
  };
  const pop = (): void => bump(open, stack.pop()!, -1);
  const cut = (from: number, to: number): void => {
    out.push(html.slice(kept, from));
    kept = to;
  };
  /** Index just past the '>' ending a tag whose name ends at `j`; quotes after '=' are skipped. */
  const tagEnd = (j: number): number => {
    let afterEquals = false;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (c === 62 /* > */) return j + 1;
      if ((c === 34 || c === 39) && afterEquals) {
        const close = html.indexOf(c === 34 ? '"' : "'", j + 1);
        if (close === -1) return n;
        j = close + 1;
        afterEquals = false;
        continue;
      }
      if (c === 61 /* = */) afterEquals = true;
      else if (!isSpace(c)) afterEquals = false;
      j++;
    }
    return n;
  };
  const nameEnd = (j: number): number => {
    while (j < n) {
      const c = html.charCodeAt(j);
      if (isSpace(c) || c === 47 /* / */ || c === 62 /* > */) break;
      j++;
    }
    return j;
  };

  let i = html.indexOf('<');
  while (i !== -1 && i < n - 1) {
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      // Comment to "-->", any other declaration (doctype, CDATA) to ">".
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      if (end === -1) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    if (next === 63 /* ? */) {
      const end = html.indexOf('>', i + 2);
      if (end === -1) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    if (next === 47 /* / */) {
      if (!isLetter(html.charCodeAt(i + 2))) {
        const end = html.indexOf('>', i + 2);
        if (end === -1) break;
        i = html.indexOf('<', end + 1);
        continue;
      }
      const ne = nameEnd(i + 2);
      const name = html.slice(i + 2, ne).toLowerCase();
      const end = tagEnd(ne);
      if (open.has(name)) {
        while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
        pop();
      } else if (closedEarly.has(name)) {
        bump(closedEarly, name, -1);
        cut(i, end);
      }
      i = html.indexOf('<', end);
      continue;
    }
    if (!isLetter(next)) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const ne = nameEnd(i + 1);
    const name = html.slice(i + 1, ne).toLowerCase();
    const end = tagEnd(ne);
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1]!)) pop();
    const selfClosing = html.charCodeAt(end - 2) === 47 /* / */ && (open.has('svg') || open.has('math'));
    if (!VOID.has(name) && !selfClosing) {
      if (stack.length >= maxDepth) {
        // Flatten as Chromium does: the element is kept, as a sibling of the deepest one, which
        // is closed here; that element's own end tag, when it comes, is then dropped.
        const top = stack[stack.length - 1]!;
        pop();
        bump(closedEarly, top, 1);
        flattened++;
        out.push(html.slice(kept, i), `</${top}>`);
        kept = i;
      }
      stack.push(name);
      bump(open, name, 1);
      if (RAW_TEXT.has(name)) {
        // Raw text runs to the first "</name" (any case); the end tag is then read normally.
        const closer = new RegExp(`</${name}`, 'gi');
        closer.lastIndex = end;
        const found = closer.exec(html);
        if (!found) break;
        i = found.index;
        continue;
      }
    }
    i = html.indexOf('<', end);
  }
  if (flattened === 0) return { html, flattened: 0 };
  out.push(html.slice(kept));
  return { html: out.join(''), flattened };
}
