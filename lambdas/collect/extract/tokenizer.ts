/**
 * An HTML tokenizer that reads a page the way htmlparser2 10's `Tokenizer` does (HTML mode,
 * entities decoded) and reports the same tokens, found with `indexOf` and short loops over
 * character codes instead of a state machine stepped once per character.
 *
 * Why by hand: htmlparser2's tokenizer calls a state method for every character of the page,
 * and that alone cost ~0.9x of the whole stock parse on the corpus (measured with no-op
 * callbacks), so no tree builder on top of it could come near the issue's budget. Here a text
 * run is one `indexOf("<")`, a name one loop that also finds it in a cache of names, a quoted
 * value one `indexOf` of its quote. Entities are decoded by the `entities` package's own `EntityDecoder`
 * (the one htmlparser2 uses), run at the same positions with the same look-ahead, so legacy
 * references without ";" come out as they do there (text and attribute values differ).
 *
 * The rules are htmlparser2's (Tokenizer.js, MIT), including its quirks, which the unit tests
 * pin against `parseDocument`: `</>` and `</ >` stay text; `</ x>` closes x; `</1>` is a
 * comment; `<!>a>` and `<!->a>` are declarations up to the second ">"; `<!-->` is an empty
 * comment; `<![CDATA[x]]>` becomes a comment; RCDATA/RAWTEXT elements are script, style,
 * title, textarea and xmp, and also `xitle`, `xextarea` and `tmp` (the first letter selects
 * t/x alike, the second the end tag), with entities decoded in title-like ones only, and not
 * in a "&" right after a partial end tag ("<&amp;" stays as it is); their end tag is matched
 * with `c | 0x20`, so U+001C counts as "<" and U+000F as "/" where htmlparser2 compares
 * them; a page that ends inside a tag drops the tag, except after "/" or after a closing
 * tag's name, where the page's last character is text (htmlparser2 reads it from index -1).
 *
 * The page arrives in pieces (see parse.ts). The tree must be that of the joined page, so a
 * token cut by a piece's end is carried over and read again with the next piece; text and
 * raw text are reported as they go (the tree builder joins adjacent text), only an unfinished
 * entity or end tag is carried. Carrying the same token across a third piece joins the rest
 * of the page once instead, so the work stays linear on hostile input.
 */
import { DecodingMode, EntityDecoder, fromCodePoint, htmlDecodeTree } from 'entities/decode';

/** What the tokenizer reports: htmlparser2's tokenizer callbacks, with strings instead of indices. */
export interface TokenSink {
  /** Text, entities decoded; adjacent calls belong to the same text node. */
  text(data: string): void;
  /** An opening tag's name (lower-case), reported when the name ends, before its attributes. */
  openTag(name: string): void;
  /**
   * An attribute of the open tag: name lower-case, value decoded ("" when it has none). Names
   * are unique within a tag: of a repeated name only the first is reported (htmlparser2's
   * Parser keeps the first).
   */
  attribute(name: string, value: string): void;
  /** The open tag's ">". */
  openTagEnd(): void;
  /** The open tag's "/>". */
  selfClosingTag(): void;
  /** A closing tag's name (lower-case), reported when the name ends. */
  closeTag(name: string): void;
  comment(data: string): void;
  cdata(data: string): void;
  /** `<!…>`: what is between "<!" and ">". */
  declaration(value: string): void;
  /** `<?…>`: what is between "<?" and ">". */
  processingInstruction(value: string): void;
  end(): void;
}

const TAB = 0x09;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const DASH = 0x2d;
const SLASH = 0x2f;
const LT = 0x3c;
const EQ = 0x3d;
const GT = 0x3e;
const QUESTION = 0x3f;
const LBRACKET = 0x5b;

/** htmlparser2's white space: space, \n, \t, \f, \r (not \v, not U+00A0). */
function isWhitespace(c: number): boolean {
  // The common case, any character above " ", is answered by the first comparison.
  return c <= SPACE && (c === SPACE || c === LF || c === TAB || c === FF || c === CR);
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** What ends a name, as bits of `ENDS` (ASCII only: no other character ends one). */
const ENDS_TAG_NAME = 1; // white space, "/", ">"
const ENDS_CLOSE_NAME = 2; // white space, ">" ("/" belongs to a closing tag's name)
const ENDS_ATTRIBUTE_NAME = 4; // white space, "/", ">", "="
const ENDS = new Uint8Array(128);
for (const c of [TAB, LF, FF, CR, SPACE, GT]) ENDS[c] = ENDS_TAG_NAME | ENDS_CLOSE_NAME | ENDS_ATTRIBUTE_NAME;
ENDS[SLASH] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
ENDS[EQ] = ENDS_ATTRIBUTE_NAME;

/**
 * Names read before, lower-case, by a hash of their lower-case characters (two slots per hash).
 * A page repeats a few dozen tag and attribute names thousands of times: handing out the same
 * string for each spares a slice and a `toLowerCase` per name, and the tree builder's map
 * look-ups and attribute stores a hashing and string-table look-up of a fresh string each
 * (in the profile these were about a quarter of the parse; the parse got ~10 % cheaper).
 * Only ASCII names are kept (`toLowerCase` folds more than A-Z).
 */
const NAME_CACHE_SIZE = 1024;
const MAX_CACHED_NAME = 40;
const nameCache: string[] = new Array<string>(NAME_CACHE_SIZE).fill('');

/**
 * `name` as the engine's own copy of it, the one it uses as a property key: a fresh string of its
 * own (a slice may be a view into the whole page, which the module-level cache would keep alive),
 * and the attribute stores and set look-ups of the tree builder need no string-table look-up.
 */
function internalized(name: string): string {
  return Object.keys({ [name]: 0 })[0] ?? name;
}

/** In title-like raw text, the characters the end-tag matcher or the entity decoder react to (U+001C: see the top). */
// eslint-disable-next-line no-control-regex -- U+001C is what htmlparser2's matcher takes for "<"
const TITLE_STOP = /[<\x1c&]/g;

/** The end tags of the raw-text elements, as htmlparser2 spells them (lower-case, with "</"). */
const SCRIPT_END = '</script';
const STYLE_END = '</style';
const TITLE_END = '</title';
const TEXTAREA_END = '</textarea';
const XMP_END = '</xmp';
const END_TAG_NAMES: Readonly<Record<string, string>> = { [SCRIPT_END]: 'script', [STYLE_END]: 'style', [TITLE_END]: 'title', [TEXTAREA_END]: 'textarea', [XMP_END]: 'xmp' };

/**
 * The end tag that the tag name at `at` selects when its first two letters are those of a
 * raw-text element (htmlparser2's BeforeSpecialS/BeforeSpecialT states): "s" then "c" or "t",
 * or "t"/"x" then "i", "e" or "m". `c | 0x20` folds ASCII case as htmlparser2 does.
 */
function specialCandidate(s: string, at: number): string | undefined {
  const first = s.charCodeAt(at) | 0x20;
  const second = s.charCodeAt(at + 1) | 0x20;
  if (first === 0x73) return second === 0x63 ? SCRIPT_END : second === 0x74 ? STYLE_END : undefined;
  if (first === 0x74 || first === 0x78) return second === 0x69 ? TITLE_END : second === 0x65 ? TEXTAREA_END : second === 0x6d ? XMP_END : undefined;
  return undefined;
}

/** Whether s[from, to) matches `sequence` from its index 4 on (htmlparser2's SpecialStartSequence). */
function matchesFrom4(s: string, from: number, to: number, sequence: string): boolean {
  for (let k = 4, i = from; i < to; k++, i++) {
    if ((s.charCodeAt(i) | 0x20) !== sequence.charCodeAt(k)) return false;
  }
  return true;
}

/** The end tag of the raw-text element named s[at, end), or undefined when it is an ordinary element. */
function specialEnd(s: string, at: number, end: number): string | undefined {
  const sequence = specialCandidate(s, at);
  if (sequence === undefined || end - at !== sequence.length - 2) return undefined;
  return matchesFrom4(s, at + 2, end, sequence) ? sequence : undefined;
}

/**
 * Whether a page that ends inside the tag name s[at, end) leaves it as text: htmlparser2 drops
 * an unfinished tag, but not while it is still matching the name of a raw-text element.
 */
function endsInSpecialName(s: string, at: number, end: number): boolean {
  if (end - at === 1) {
    const first = s.charCodeAt(at) | 0x20;
    return first === 0x73 || first === 0x74 || first === 0x78;
  }
  const sequence = specialCandidate(s, at);
  return sequence !== undefined && end - at <= sequence.length - 2 && matchesFrom4(s, at + 2, end, sequence);
}

const enum Mode {
  Text,
  /** Inside a raw-text element (script, style, title…), up to its end tag. */
  RawText,
}

/** How reading an open tag ended. */
const enum TagEnd {
  /** ">" */
  Open,
  /** "/" then ">" (white space between allowed) */
  SelfClosing,
  /** The input ended inside the tag. */
  Unfinished,
  /** The input ended just after "/" (and white space): htmlparser2 then keeps the last character as text. */
  UnfinishedAfterSlash,
}

class Tokenizer {
  private mode: Mode = Mode.Text;
  /** In RawText: the end tag looked for, whether entities are decoded (title-like), and htmlparser2's matcher state. */
  private endTag = '';
  private rcdata = false;
  private matched = 0;
  /** In RawText: the matcher was skipping to the next "<" when the previous piece ended. */
  private skipping = false;

  /** The string being read, its length, and whether it is the end of the page. */
  private s = '';
  private n = 0;
  private final = false;
  /** Where in `s` the unfinished token to carry over starts (-1: none). */
  private carryAt = -1;
  /** Index of the next "&" at or after the last place asked about (`n` when there is none). */
  private nextAmp = -1;

  /** The name read last by `readName`. */
  private name = '';
  /** The open tag being read: its attributes as name, value pairs. */
  private readonly attributes: string[] = [];
  private attributeCount = 0;

  private decoded = '';
  private readonly decoder = new EntityDecoder(htmlDecodeTree, (cp: number) => {
    this.decoded += fromCodePoint(cp);
  });

  constructor(private readonly sink: TokenSink) {}

  /**
   * Reads `s` from the start, in the state the previous piece ended in. Returns where the
   * token to carry over to the next piece starts, or -1. With `final`, the page ends with `s`.
   */
  run(s: string, final: boolean): number {
    this.s = s;
    this.n = s.length;
    this.final = final;
    this.carryAt = -1;
    this.nextAmp = -1;
    let i = 0;
    while (i < this.n && this.carryAt < 0) i = this.mode === Mode.Text ? this.text(i) : this.rawText(i);
    if (final) this.sink.end();
    return this.carryAt;
  }

  /**
   * Reads a name from `from` (its first character, whatever it is) to the first character that
   * `ends` (bits of ENDS) selects; returns where it ends (`n` when the string ends first) and sets
   * `name` to it, lower-case, unless the string ended.
   */
  private readName(from: number, ends: number): number {
    const s = this.s;
    const n = this.n;
    let c = s.charCodeAt(from);
    let ascii = c < 128;
    let upper = c >= 0x41 && c <= 0x5a;
    let hash = upper ? c | 0x20 : c;
    let i = from + 1;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 128) {
        if ((ENDS[c]! & ends) !== 0) break;
        if (c >= 0x41 && c <= 0x5a) {
          c |= 0x20;
          upper = true;
        }
      } else {
        ascii = false;
      }
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    if (i >= n) return n;
    const length = i - from;
    if (!ascii || length > MAX_CACHED_NAME) {
      this.name = s.slice(from, i).toLowerCase();
      return i;
    }
    // Two slots per name (a pair of names that share one would otherwise evict each other on every use).
    const slot = (hash ^ (hash >>> 10)) & (NAME_CACHE_SIZE - 1);
    const first = nameCache[slot]!;
    if (first.length === length && this.isCached(first, from, upper)) {
      this.name = first;
      return i;
    }
    const second = nameCache[slot ^ 1]!;
    if (second.length === length && this.isCached(second, from, upper)) {
      this.name = second;
      return i;
    }
    const name = internalized(s.slice(from, i).toLowerCase());
    nameCache[slot ^ 1] = first;
    nameCache[slot] = name;
    this.name = name;
    return i;
  }

  /** Whether s[from, from + cached.length), lower-cased (ASCII), is `cached`. */
  private isCached(cached: string, from: number, upper: boolean): boolean {
    const s = this.s;
    if (!upper) {
      // A loop rather than `startsWith`: names are a few characters long, shorter than the builtin's call.
      for (let k = 0; k < cached.length; k++) if (s.charCodeAt(from + k) !== cached.charCodeAt(k)) return false;
      return true;
    }
    for (let k = 0; k < cached.length; k++) {
      let d = s.charCodeAt(from + k);
      if (d >= 0x41 && d <= 0x5a) d |= 0x20;
      if (d !== cached.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Index of the first "&" at or after `from` (`n` when none); `from` never goes back within a string. */
  private ampFrom(from: number): number {
    let at = this.nextAmp;
    if (at < from) {
      at = this.s.indexOf('&', from);
      this.nextAmp = at = at < 0 ? this.n : at;
    }
    return at;
  }

  /**
   * Decodes the reference whose "&" is at `amp` (htmlparser2's InEntity state): the characters
   * it takes, 0 when it is none, or -1 when the string ends inside it. Its text is in `decoded`.
   */
  private entity(amp: number, mode: DecodingMode): number {
    this.decoded = '';
    this.decoder.startEntity(mode);
    const length = this.decoder.write(this.s, amp + 1);
    if (length >= 0 || !this.final) return length;
    return this.decoder.end();
  }

  /**
   * s[from, to) with its references decoded in `mode`, looking ahead into s past `to` as
   * htmlparser2 does. In text that runs to the end of a piece, stops at an unfinished
   * reference and marks it to carry over.
   */
  private decode(from: number, to: number, mode: DecodingMode): string {
    const s = this.s;
    let amp = this.ampFrom(from);
    if (amp >= to) return s.slice(from, to);
    let out = '';
    let last = from;
    while (amp < to) {
      const length = this.entity(amp, mode);
      if (length < 0) {
        this.carryAt = amp;
        return out + s.slice(last, amp);
      }
      if (length > 0) {
        out += s.slice(last, amp) + this.decoded;
        last = amp + length;
      }
      amp = this.ampFrom(length > 0 ? last : amp + 1);
    }
    return out + s.slice(last, to);
  }

  /** Reports text s[from, to), references decoded (text mode). */
  private emitText(from: number, to: number): void {
    if (from >= to) return;
    const data = this.decode(from, to, DecodingMode.Legacy);
    if (data !== '') this.sink.text(data);
  }

  /** Reports raw text s[from, to) as it is. */
  private emitRaw(from: number, to: number): void {
    if (from < to) this.sink.text(this.s.slice(from, to));
  }

  /** The page's last character as text (htmlparser2's text from index -1, see the top). */
  private emitLastCharacter(): void {
    this.sink.text(this.s.slice(this.n - 1));
  }

  /** Marks the token at `at` to be carried over (the page goes on). Returns `n`. */
  private carry(at: number): number {
    this.carryAt = at;
    return this.n;
  }

  /** Reads text and tags from `from`, until the string ends or a raw-text element starts; returns where it stopped. */
  private text(from: number): number {
    const s = this.s;
    const n = this.n;
    const final = this.final;
    // Text runs from `from` to the next token; a "<" that starts none is text, and so is "</>".
    const textStart = from;
    let scan = from;
    for (;;) {
      const lt = s.indexOf('<', scan);
      if (lt < 0 || lt + 1 >= n) {
        if (lt < 0 || final) {
          // Text to the end ("<" at the very end is text too).
          this.emitText(textStart, n);
          return n;
        }
        this.emitText(textStart, lt);
        return this.carry(lt);
      }
      const c = s.charCodeAt(lt + 1);
      if (isAsciiAlpha(c)) {
        this.emitText(textStart, lt);
        return this.openTag(lt);
      }
      if (c === SLASH) {
        let at = lt + 2;
        while (at < n && isWhitespace(s.charCodeAt(at))) at++;
        if (at < n && s.charCodeAt(at) === GT) {
          // "</>": htmlparser2 goes back to text without moving the text's start.
          scan = at + 1;
          continue;
        }
        this.emitText(textStart, lt);
        return this.closeTag(lt, at);
      }
      if (c === BANG) {
        this.emitText(textStart, lt);
        return this.declaration(lt);
      }
      if (c === QUESTION) {
        this.emitText(textStart, lt);
        const gt = s.indexOf('>', lt + 2);
        if (gt >= 0) {
          this.sink.processingInstruction(s.slice(lt + 2, gt));
          return gt + 1;
        }
        if (!final) return this.carry(lt);
        this.emitRaw(lt + 2, n);
        return n;
      }
      // "<" that starts no tag is text.
      scan = lt + 1;
    }
  }

  /** `</…` at `lt`, its name (or what is there instead) at `at`, after white space. */
  private closeTag(lt: number, at: number): number {
    const s = this.s;
    const n = this.n;
    if (at >= n) {
      if (!this.final) return this.carry(lt);
      this.emitRaw(lt, n);
      return n;
    }
    if (!isAsciiAlpha(s.charCodeAt(at))) {
      // `</` and no letter: a comment to the next ">".
      const gt = s.indexOf('>', at + 1);
      if (gt >= 0) {
        this.sink.comment(s.slice(at, gt));
        return gt + 1;
      }
      if (!this.final) return this.carry(lt);
      this.emitRaw(at, n);
      return n;
    }
    const end = this.readName(at, ENDS_CLOSE_NAME);
    if (end >= n) {
      if (!this.final) return this.carry(lt);
      return n; // htmlparser2 drops an unfinished closing tag
    }
    const gt = s.charCodeAt(end) === GT ? end : s.indexOf('>', end + 1);
    if (gt < 0 && !this.final) return this.carry(lt);
    this.sink.closeTag(this.name);
    if (gt >= 0) return gt + 1;
    this.emitLastCharacter();
    return n;
  }

  /** `<!…` at `lt`: a comment, CDATA (a comment in HTML) or a declaration. */
  private declaration(lt: number): number {
    const s = this.s;
    const n = this.n;
    const start = lt + 2;
    if (start >= n) return this.final ? n : this.carry(lt);
    const c = s.charCodeAt(start);
    let search: number; // where the declaration's ">" is looked for
    if (c === DASH) {
      if (start + 1 >= n) return this.unfinishedDeclaration(lt);
      if (s.charCodeAt(start + 1) === DASH) {
        // "<!--": to the first "-->", which may share the opening's dashes ("<!-->").
        const close = s.indexOf('-->', start);
        if (close >= 0) {
          this.sink.comment(s.slice(start + 2, close));
          return close + 3;
        }
        if (!this.final) return this.carry(lt);
        if (start + 2 < n) this.sink.comment(s.slice(start + 2));
        return n;
      }
      search = start + 2; // the character after "-" is taken without being looked at
    } else if (c === LBRACKET) {
      const CDATA = 'CDATA[';
      let k = 0;
      while (k < CDATA.length && start + 1 + k < n && s.charCodeAt(start + 1 + k) === CDATA.charCodeAt(k)) k++;
      if (k === CDATA.length) {
        const body = start + 1 + k;
        const close = s.indexOf(']]>', body);
        if (close >= 0) {
          this.sink.cdata(s.slice(body, close));
          return close + 3;
        }
        if (!this.final) return this.carry(lt);
        if (body < n) this.sink.cdata(s.slice(body));
        return n;
      }
      if (start + 1 + k >= n) return this.unfinishedDeclaration(lt);
      search = start + 1 + k; // the mismatching character is looked at again
    } else {
      search = start + 1; // the character after "!" is taken without being looked at
    }
    const gt = search < n ? s.indexOf('>', search) : -1;
    if (gt >= 0) {
      this.sink.declaration(s.slice(start, gt));
      return gt + 1;
    }
    return this.unfinishedDeclaration(lt);
  }

  /** A page (or piece) that ends inside `<!…`: carried over, or, at the page's end, text from after "<!". */
  private unfinishedDeclaration(lt: number): number {
    if (!this.final) return this.carry(lt);
    this.emitRaw(lt + 2, this.n);
    return this.n;
  }

  /** An open tag at `lt` (a letter follows); returns where reading goes on. */
  private openTag(lt: number): number {
    const s = this.s;
    const n = this.n;
    const nameStart = lt + 1;
    const nameEnd = this.readName(nameStart, ENDS_TAG_NAME);
    const name = this.name;
    if (nameEnd >= n) {
      if (!this.final) return this.carry(lt);
      if (endsInSpecialName(s, nameStart, n)) this.emitRaw(nameStart, n);
      return n;
    }
    const how = this.readAttributes(nameEnd);
    if (how >= TagEnd.Unfinished) {
      if (!this.final) return this.carry(lt);
      this.sink.openTag(name);
      if (how === TagEnd.UnfinishedAfterSlash) this.emitLastCharacter();
      return n;
    }
    const sink = this.sink;
    sink.openTag(name);
    const attributes = this.attributes;
    for (let a = 0; a < this.attributeCount; a += 2) sink.attribute(attributes[a]!, attributes[a + 1]!);
    if (how === TagEnd.SelfClosing) {
      sink.selfClosingTag();
      return this.tagEnd;
    }
    sink.openTagEnd();
    const endTag = specialEnd(s, nameStart, nameEnd);
    if (endTag !== undefined) {
      this.mode = Mode.RawText;
      this.endTag = endTag;
      this.rcdata = endTag === TITLE_END;
      this.matched = 0;
      this.skipping = false;
    }
    return this.tagEnd;
  }

  /** The attribute names of the tag being read, once it has many (see `isNew`). */
  private seen: Set<string> | undefined;

  /** Whether `name` is not among the names in attributes[0, count) (name, value pairs). */
  private isNew(name: string, count: number): boolean {
    const attributes = this.attributes;
    if (count < 64) {
      for (let i = 0; i < count; i += 2) if (attributes[i] === name) return false;
      return true;
    }
    // A hostile tag with thousands of attributes: a set keeps this linear.
    let seen = this.seen;
    if (seen === undefined) {
      seen = this.seen = new Set();
      for (let i = 0; i < count; i += 2) seen.add(attributes[i]!);
    }
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  }

  /** Where the open tag read by `readAttributes` ends (after its ">"). */
  private tagEnd = 0;

  /**
   * The attributes of an open tag, from `at` (the character that ended its name) to its ">",
   * into `attributes` (htmlparser2's BeforeAttributeName … InAttributeValue states). Sets `tagEnd`.
   */
  private readAttributes(at: number): TagEnd {
    const s = this.s;
    const n = this.n;
    const attributes = this.attributes;
    let count = 0;
    this.seen = undefined;
    let q = at;
    for (;;) {
      while (q < n && isWhitespace(s.charCodeAt(q))) q++;
      if (q >= n) return TagEnd.Unfinished;
      let c = s.charCodeAt(q);
      if (c === GT) {
        this.attributeCount = count;
        this.tagEnd = q + 1;
        return TagEnd.Open;
      }
      if (c === SLASH) {
        q++;
        while (q < n && isWhitespace(s.charCodeAt(q))) q++;
        if (q >= n) return TagEnd.UnfinishedAfterSlash;
        if (s.charCodeAt(q) === GT) {
          this.attributeCount = count;
          this.tagEnd = q + 1;
          return TagEnd.SelfClosing;
        }
        continue; // anything else starts an attribute again ("<a/b>")
      }
      // An attribute name: its first character may be anything that is not white space, "/" or ">" (even "=" or a quote).
      const nameEnd = this.readName(q, ENDS_ATTRIBUTE_NAME);
      if (nameEnd >= n) return TagEnd.Unfinished;
      const name = this.name;
      q = nameEnd;
      while (q < n && isWhitespace(s.charCodeAt(q))) q++;
      if (q >= n) return TagEnd.Unfinished;
      if (s.charCodeAt(q) !== EQ) {
        // No value; what follows starts the next attribute, or ends the tag.
        if (this.isNew(name, count)) {
          attributes[count++] = name;
          attributes[count++] = '';
        }
        continue;
      }
      q++;
      while (q < n && isWhitespace(s.charCodeAt(q))) q++;
      if (q >= n) return TagEnd.Unfinished;
      c = s.charCodeAt(q);
      let value: string;
      if (c === DQUOTE || c === SQUOTE) {
        const close = s.indexOf(c === DQUOTE ? '"' : "'", q + 1);
        if (close < 0) return TagEnd.Unfinished;
        value = this.decode(q + 1, close, DecodingMode.Attribute);
        q = close + 1;
      } else {
        // Unquoted: up to white space or ">" (a loop: a sticky regex cost more per value).
        let end = q;
        while (end < n && (c = s.charCodeAt(end)) !== GT && !isWhitespace(c)) end++;
        if (end >= n) return TagEnd.Unfinished;
        value = this.decode(q, end, DecodingMode.Attribute);
        q = end;
      }
      if (this.isNew(name, count)) {
        attributes[count++] = name;
        attributes[count++] = value;
      }
    }
  }

  /**
   * Raw text of a script, style, title… from `from` to its end tag (htmlparser2's
   * InSpecialTag state, ported with its matcher: see the top).
   */
  private rawText(from: number): number {
    const s = this.s;
    const n = this.n;
    const endTag = this.endTag;
    const length = endTag.length;
    const rcdata = this.rcdata;
    let matched = this.matched;
    let textStart = from;
    let i = from;
    if (this.skipping) {
      const lt = s.indexOf('<', i);
      if (lt >= 0) {
        this.skipping = false;
        matched = 1;
        i = lt + 1;
      } else {
        i = n;
      }
    }
    while (i < n) {
      const c = s.charCodeAt(i);
      if (matched === length) {
        if (c === GT || isWhitespace(c)) {
          const textEnd = i - length;
          const gt = c === GT ? i : s.indexOf('>', i + 1);
          if (gt < 0 && !this.final) {
            this.emitRaw(textStart, textEnd);
            this.matched = 0;
            return this.carry(textEnd);
          }
          this.emitRaw(textStart, textEnd);
          this.mode = Mode.Text;
          this.sink.closeTag(END_TAG_NAMES[endTag]!); // the name's letters matched it, in any case
          if (gt >= 0) return gt + 1;
          this.emitLastCharacter();
          return n;
        }
        matched = 0;
      }
      if ((c | 0x20) === endTag.charCodeAt(matched)) {
        matched++;
        i++;
      } else if (matched !== 0) {
        matched = c === LT ? 1 : 0;
        i++;
      } else if (rcdata) {
        if (c === AMP) {
          const taken = this.entity(i, DecodingMode.Legacy);
          if (taken < 0) {
            this.emitRaw(textStart, i);
            this.matched = 0;
            return this.carry(i);
          }
          if (taken > 0) {
            this.emitRaw(textStart, i);
            if (this.decoded !== '') this.sink.text(this.decoded);
            textStart = i + taken;
            i = textStart;
            continue;
          }
        }
        TITLE_STOP.lastIndex = i + 1;
        i = TITLE_STOP.test(s) ? TITLE_STOP.lastIndex - 1 : n;
      } else {
        // htmlparser2 skips to the next "<" without looking at what is between.
        const lt = s.indexOf('<', i + 1);
        if (lt < 0) {
          this.skipping = true;
          i = n;
        } else {
          matched = 1;
          i = lt + 1;
        }
      }
    }
    if (this.final) {
      this.emitRaw(textStart, n);
      return n;
    }
    // The piece ends: the text so far is reported, a partial end tag is carried over.
    this.emitRaw(textStart, n - matched);
    this.matched = 0;
    if (matched > 0) return this.carry(n - matched);
    return n;
  }
}

/**
 * Tokenizes the page `pieces.join('')` without joining it, reporting to `sink` what
 * htmlparser2's tokenizer reports for the joined page (up to how text is split between calls).
 */
export function tokenize(pieces: readonly string[], sink: TokenSink): void {
  let last = pieces.length - 1;
  while (last >= 0 && pieces[last] === '') last--;
  if (last < 0) {
    sink.end();
    return;
  }
  const tokenizer = new Tokenizer(sink);
  let carried = '';
  for (let p = 0; p <= last; p++) {
    const piece = pieces[p]!;
    if (piece === '') continue;
    const s = carried === '' ? piece : carried + piece;
    const at = tokenizer.run(s, p === last);
    if (at < 0) {
      carried = '';
    } else if (at === 0 && carried !== '') {
      // The same token spans a third piece: read the rest of the page in one string.
      tokenizer.run(s + pieces.slice(p + 1, last + 1).join(''), true);
      return;
    } else {
      carried = s.slice(at);
    }
  }
}
