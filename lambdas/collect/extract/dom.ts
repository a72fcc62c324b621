/**
 * One pass over the parsed document that gathers everything the detectors need: the visible
 * text, the attributes worth scanning, the JSON-LD blocks and the microdata items. The
 * detectors then work on strings, so the DOM is walked once per page, not once per detector.
 *
 * cheerio's `.text()` is not used for the text: it runs block elements together
 * ("SelgerOla Nordmann"), keeps hidden honeypots and would need a second walk for the rest.
 * Here block and table-cell boundaries end lines, which is what the label-driven detectors
 * rely on ("Selger" on one line, the name on the next).
 */

import { RATING_LINK, VIN_PARAM_HINT } from './labels.js';

/**
 * The few domhandler fields used here (htmlparser2's tree, the one cheerio wraps). domhandler
 * is not a direct dependency of this package, so the walk states what it needs instead.
 */
export interface DomNode {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  /**
   * The parse's elements: the attributes as a flat list (name, value, name, value...) in the
   * order a `for...in` over `attribs` gives, without building `attribs`. Absent on nodes built
   * by hand; `attributeList` reads either.
   */
  attrs?: readonly string[];
  children?: DomNode[];
  /**
   * Set by the parse on a link (<a>) it closed with nothing in it but white space, as written: a
   * walk that cuts the chrome out of the tree later does not make a link empty.
   */
  empty?: boolean;
  /** Set by the parse; undefined on nodes built by hand (a wrapper root). */
  parent?: DomNode | undefined;
  /** Siblings, set only by `linkSiblings` (for CSS selectors). */
  prev?: DomNode | null;
  next?: DomNode | null;
}

export interface AttributeValue {
  /** Attribute name, e.g. "href", "data-phone", "title", "content", "onclick". */
  readonly name: string;
  readonly value: string;
  /** For <meta content>, the meta's name/property/itemprop; otherwise the attribute name. */
  readonly label: string;
}

/**
 * An element's attributes as a flat list (name, value, name, value...): the parse's own list
 * (`attrs`), or, for a node built by hand, its `attribs` in `for...in` order (the same order).
 */
export function attributeList(el: DomNode): readonly string[] | undefined {
  if (el.attrs) return el.attrs;
  const a = el.attribs;
  if (!a) return undefined;
  const out: string[] = [];
  for (const k in a) out.push(k, a[k]!);
  return out;
}

/** The value of the attribute `name` in a flat list (names are unique in it: the parse keeps the first). */
export function attributeValue(at: readonly string[], name: string): string | undefined {
  for (let i = 0; i < at.length; i += 2) if (at[i] === name) return at[i + 1];
  return undefined;
}

export type MicrodataValue = string | MicrodataItem;
export interface MicrodataItem {
  readonly types: string[];
  readonly props: Map<string, MicrodataValue[]>;
}

export interface PageContent {
  /** Visible text: block elements end lines, white space collapsed, NFKC, no invisibles. */
  readonly text: string;
  readonly attributes: AttributeValue[];
  readonly jsonLd: string[];
  readonly microdata: MicrodataItem[];
  /** Every `lang` attribute on the page, lower-case ("nb", "de", "en-gb"). */
  readonly langs: string[];
}

/** Tag flags, looked up once per element (`tagFlags`). */
export const SKIPPED = 1; // content never shown as text
export const BLOCK = 2; // starts a new line in rendered text (block and table-cell boxes)
export const HEAD = 4; // walked for meta tags and JSON-LD only
const TAGS = new Map<string, number>([
  ...[
    'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'audio', 'video',
    'select', 'textarea', 'title',
  ].map((t): [string, number] => [t, SKIPPED]),
  ...[
    'address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'dd', 'details',
    'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
    'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'option', 'p',
    'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
  ].map((t): [string, number] => [t, BLOCK]),
  ['head', HEAD],
]);

/** The flags above of an element's tag name (0 for an inline element). */
export function tagFlags(name: string): number {
  return TAGS.get(name) ?? 0;
}

/** Marks a block boundary while the text is gathered; becomes "\n" once spaces are collapsed. */
const BREAK = '\u0001';
const NON_SPACE = /\S/;
/** An inline style that hides the element. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * React's streamed server rendering sends a Suspense boundary's content late, in a hidden
 * `<div hidden id="S:1">`, and a script (`$RC("B:1","S:1")`) moves it into the page at once: what
 * the visitor sees (a Next.js site's event list, the 30th sealed round, found after its scoring).
 * Its `hidden` hides nothing.
 */
const STREAMED_SEGMENT_ID = /^S:[0-9a-f]+$/;

/**
 * The page's content hidden by its style until a script fades it in: the one element of its `<main>`
 * ("<main><div class='container' style='display: none;'>", a practice's whole staff page). Hidden,
 * the page would show nothing; a template's or a dialog's hidden element sits beside others.
 */
function revealedContent(walked: DomNode, child: DomNode): boolean {
  // (The parse's parent: a walk that starts from a part of the page reads it under a wrapper root.)
  const parent = child.parent ?? walked;
  if (parent.name !== 'main') return false;
  for (const c of parent.children ?? []) if (c !== child && c.name !== undefined && c.name !== 'script') return false;
  return true;
}

/** Whether an element's inline `style` hides it (HIDDEN_STYLE): not the page's content a script fades in (revealedContent). Both page walks ask it. */
export function styleHides(style: string, walked: DomNode, child: DomNode): boolean {
  return HIDDEN_STYLE.test(style) && !revealedContent(walked, child);
}

/** Whether an element's `hidden` attribute hides it: not on a streamed segment (above). */
export function hiddenByAttribute(at: readonly string[]): boolean {
  for (let i = 0; i < at.length; i += 2) if (at[i] === 'id') return !STREAMED_SEGMENT_ID.test(at[i + 1]!);
  return true;
}
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const INVISIBLE_TEST = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

/**
 * Broken markup (thousands of unclosed <font> or <div> tags) nests without end, and the walk is
 * recursive: content deeper than this is not read rather than overflowing the stack.
 */
const MAX_DEPTH = 1000;

/** Attribute values longer than this are blobs (inline state, srcsets), not contact details. */
const MAX_ATTRIBUTE = 4000;

/** textContent, for microdata values: these are read even where the element is hidden. */
function plainText(node: DomNode, depth = 0): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type === 'script' || node.type === 'comment' || !node.children || depth > MAX_DEPTH) return '';
  let out = '';
  for (const c of node.children) out += plainText(c, depth + 1) + (c.name && (TAGS.get(c.name) ?? 0) & BLOCK ? ' ' : '');
  return out;
}

/** The value a microdata property on `el` (not an item itself) has. */
export function microdataValue(el: DomNode): string {
  const textOf = (): string => plainText(el).replace(/\s+/g, ' ').trim();
  const a = el.attribs!;
  switch (el.name) {
    case 'meta':
      return a.content ?? '';
    case 'a':
    case 'area':
    case 'link':
      return a.href ?? '';
    case 'img':
    case 'source':
      return a.src ?? '';
    case 'data':
    case 'meter':
      return a.value ?? '';
    case 'time':
      return a.datetime ?? textOf();
    default:
      return a.content ?? textOf();
  }
}

/** A string literal's quote in an event handler's script: a VIN is passed as one. */
const QUOTE = /['"`]/;

/** A token of 17 VIN characters between a path's separators, ending in four digits (a VIN's serial), in a link's path. */
const VIN_SLUG_HINT = /[-/_][a-hj-npr-z0-9]{13}\d{4}(?:$|[-/_.?#])/i;

/** A form-to-mail service's address with the recipient's mailbox in its path (FormSubmit's, Formspree's older one), its scheme written or left to the page's ("//formspree.io/…"). */
export const FORM_TO_MAIL = /^(?:https?:)?\/\/(?:www\.)?(?:formsubmit\.co|formspree\.io)\/(?:ajax\/)?[^/?#\s]+@[^/?#\s]+$/i;

/** A text node's text, as gathered for the page's text (parts: see readPage). */
export function pushText(parts: string[], data: string): void {
  // Most text nodes are the indentation between tags.
  const c0 = data.charCodeAt(0);
  if ((c0 > 32 && c0 < 127) || NON_SPACE.test(data)) {
    // A capital opening an element's text right after the element before's text, with no space
    // between: a style sheet sets the two apart (block or flex items), as a word inside one element
    // is never written so.
    // - After a small letter, a line apart ("<span>Herr Lena Marten</span><span>Ihr Kontakt</span>",
    //   "<button>Alle entfernen</button><button>Filter speichern</button>", "<span>Kontakt</span>Anna
    //   Berg"): not "MartenIhr".
    // - A contact label, after a small letter or a digit, a word apart ("<span>Lena Marten</span><span>Tel.
    //   044 …</span>", "…0142</span><span>E-Mail schreiben", spans a style sheet sets one under the
    //   other): not the name's or the number's end ("MartenTel.", "0142E-Mail"), and still on the
    //   line of the name or number it labels.
    if ((c0 >= 65 && c0 <= 90) || (c0 > 127 && UPPER_START.test(data))) {
      const last = parts[parts.length - 1];
      if (last !== undefined && last.length > 0) {
        const e = last.charCodeAt(last.length - 1);
        const lowerEnd = (e >= 97 && e <= 122) || (e > 127 && LOWER_END.test(last));
        if (LABEL_CAPITALS.has(c0) && GLUED_LABEL.test(data)) {
          if (lowerEnd || (e >= 48 && e <= 57)) parts.push(' ');
        } else if (lowerEnd) pushBreak(parts);
      }
    }
    // ...and a mailbox that is its element's whole text, after its label's or a number's element
    // ("<span>Quotes desk</span><span>quotes@…</span>"): not "deskquotes@…".
    if (data.includes('@') && WHOLE_MAILBOX.test(data)) {
      const last = parts[parts.length - 1];
      if (last !== undefined && last.length > 0 && /[\p{L}\p{N}]$/u.test(last)) parts.push(' ');
    }
    parts.push(data);
  } else if (parts[parts.length - 1] !== BREAK) parts.push(' ');
}

/** A text node that is one mailbox, spaces around it aside. */
const WHOLE_MAILBOX = /^\s*[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\s*$/u;
/** A contact label opening a text node: "Tel.", "Telefon", "Phone", "Fax", "Mobil", "Handy", "E-Mail". */
const GLUED_LABEL = /^(?:Tel(?:efon|ephone)?\b|Phone|Fax|Mob(?:il|ile)?\b|Handy|E-?[Mm]ail)/;
/** The capitals contact labels open with (GLUED_LABEL): E, F, H, M, P, T. */
const LABEL_CAPITALS: ReadonlySet<number> = new Set([69, 70, 72, 77, 80, 84]);
/** A text that ends with a small letter (a name's last). */
const LOWER_END = /\p{Ll}$/u;
/** A text that opens with a capital. */
const UPPER_START = /^\p{Lu}/u;

/** A block boundary. Consecutive boundaries collapse here, so the final text has few empty segments. */
export function pushBreak(parts: string[]): void {
  const last = parts[parts.length - 1];
  if (last === BREAK) return;
  if (last === ' ') parts[parts.length - 1] = BREAK;
  else parts.push(BREAK);
}

/** Adds `value` to the item's property (or properties: itemprop holds a list of names). */
export function addProp(item: MicrodataItem, names: string, value: MicrodataValue): void {
  for (const name of names.split(/\s+/)) {
    if (!name) continue;
    const list = item.props.get(name);
    if (list) list.push(value);
    else item.props.set(name, [value]);
  }
}

/** The microdata item an element with `itemscope` (and this `itemtype`) starts. */
export function newItem(itemtype: string | undefined): MicrodataItem {
  return {
    types: (itemtype ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => t.replace(/\/+$/, '').split(/[/#]/).pop() ?? t),
    props: new Map(),
  };
}

/** An attribute named for a VIN: "vin", or "vin" as its last part ("ff_vin", "vehicle-vin", "car:vin"). */
export const VIN_ATTRIBUTE = /(?:^|[-_:])vin$/i;

/**
 * A chat link to a number (WhatsApp's `wa.me/<number>`, `api.whatsapp.com/send?phone=<number>`,
 * `whatsapp://send?phone=`, Viber's `viber://chat?number=`): the number in international form.
 * A share link (`wa.me/?text=…`) holds none.
 */
export const MESSENGER_LINK =
  /^(?:(?:https?:)?\/\/)?(?:(?:www\.)?wa\.me\/|(?:api|web|www)\.whatsapp\.com\/send\/?\?(?:[^#]*&(?:amp;)?)?phone=|whatsapp:\/\/send\/?\?(?:[^#]*&(?:amp;)?)?phone=|viber:\/\/(?:chat|contact|add)\?(?:[^#]*&(?:amp;)?)?number=)(?:%2B|\+)?(\d{7,15})(?!\d)/i;

/**
 * The words of a site's credits just before a link ("created by X, programming by <a
 * href="mailto:…">", "Webdesign: …", "разработка сайта …"): the address is the site maker's,
 * not a seller's. Not "by" alone, nor "hosted by", "sold by", "posted by": a seller's link
 * follows those.
 */
const CREDIT_BEFORE =
  /(?<!\p{L})(?:(?:created|programm(?:ed|ing)|design(?:ed)?|develop(?:ed|ment)|coded|powered|(?:web)?site|web ?design|web ?development)(?:\s+(?:by|von|par|por|door|av|af))?|(?:programmiert|entwickelt|gestaltet|erstellt|umgesetzt)\s+(?:von|durch)|webdesign|(?:réalis(?:é|ation)|con(?:çu|ception)|développ(?:é|ement))\s+par|(?:diseño|desarrollo)(?:\s+web)?(?:\s+por)?|(?:разработка|создание|дизайн|программирование|верстка|вёрстка)(?:\s+сайта)?|(?:сайт\s+)?(?:разработан|создан|сделан)(?:\s+в)?)\s*[:\-–—]?\s*$/iu;

/** A mail or call link's address (see unseenContactLink). */
const CALL_OR_MAIL = /^(?:mailto|tel|callto):/i;

/**
 * Whether `el` is a mail or call link (to `href`) that shows nothing: the parse closed it with
 * nothing in it (DomNode.empty), and it has no class, id or style a style sheet could draw an icon
 * by ("<a href='mailto:…' data-track-event='click'></a>"): a template's leftover, which the
 * visitor never sees. A floating call button drawn by its class is seen.
 */
export function unseenContactLink(el: DomNode, at: readonly string[], href: string): boolean {
  return el.empty === true && CALL_OR_MAIL.test(href) && !styled(at);
}

/** Whether an element's attributes (a flat name, value list) give a style sheet a hold on it: a class, an id, a style. */
function styled(at: readonly string[]): boolean {
  for (let i = 0; i < at.length; i += 2) if (at[i] === 'class' || at[i] === 'id' || at[i] === 'style') return true;
  return false;
}

/** Whether the text just before `el` (its previous sibling's, up to 80 characters) ends with a credit. */
function afterCredit(el: DomNode): boolean {
  const before = textBefore(el);
  return before.trim() !== '' && CREDIT_BEFORE.test(before);
}
/**
 * The text just before `el` on its line: its previous siblings' text nodes and inline elements, up
 * to 80 characters (afterCredit; layout.ts's mail links).
 */
export function textBefore(el: DomNode): string {
  const siblings = el.parent?.children;
  if (!siblings) return '';
  const i = siblings.indexOf(el);
  let before = '';
  for (let j = i - 1; j >= 0 && before.length < 80; j--) {
    const s = siblings[j]!;
    // The credit's words as text, or in an inline element of their own ("<span>Design & Development:</span> <a …>").
    const words = s.type === 'text' ? s.data : s.name !== undefined && CREDIT_WORDS_ELEMENT.has(s.name) ? inlineText(s) : undefined;
    if (words === undefined) break;
    before = words + before;
  }
  return before.slice(-80);
}
/** Inline elements a credit's words are set in. */
const CREDIT_WORDS_ELEMENT = new Set(['span', 'strong', 'b', 'em', 'i', 'small', 'label']);
/** An inline element's text, where its children are text alone; undefined otherwise. */
function inlineText(el: DomNode): string | undefined {
  let out = '';
  for (const c of el.children ?? []) {
    if (c.type !== 'text') return undefined;
    out += c.data ?? '';
  }
  return out;
}

/**
 * Meta tags naming who made the page (`<meta name="author" content="… <…@…>">`, designer, generator),
 * and the "reply-to" (a name or an http-equiv) that web designers fill in beside them with their own mailbox.
 */
const SITE_MAKER_META = /^(?:author|designer|web[_-]?author|developer|generator|copyright|reply-to)$/i;

/**
 * A form field's name for the mailbox it sends to ("to_email", "recipient", "receiveremail",
 * "sendto", "empfaenger"), and a payment button's for the merchant's account ("business", as
 * PayPal's buy-now form names the seller's mailbox).
 */
const RECIPIENT_FIELD = /^(?:to|to[_-]?e?mail|e?mail[_-]?to|recipients?|recipient[_-]?e?mail|receiver[_-]?e?mail|receiver|mail[_-]?to|sen[dt][_-]?(?:to|e?mail)|empf(?:ae|ä)nger|destinatari[oa]|destinataire|business)$/i;
/** The label of a recipient field's mailbox among the page's attributes (see scanAttribute). */
export const RECIPIENT_LABEL = 'form-recipient';

/** A number's run of seven digits or more, or a mailbox's "@", in an image's alternative text (scanAttribute). */
const ALT_CONTACT = /\d(?:[ ()./-]?\d){6}|@/;

/** Form fields, whose title or label attribute describes what to type (scanAttribute). */
const FORM_FIELD: ReadonlySet<string> = new Set(['input', 'textarea', 'select']);

/** A call link's address ("tel:…", "callto:…", spaces before it allowed). */
export const CALL_LINK = /^\s*(?:tel|callto):/i;

/**
 * Whether a call link dials a site template's example number, a run of counting digits
 * ("tel:+491702345678"), while its text shows another number ("+49 157 …"): the template's
 * leftover, which the visitor does not see. Not a link that shows the same number, nor one that
 * shows words ("Call us"): the number a link dials is read as before.
 */
function exampleCallLink(el: DomNode, href: string): boolean {
  const dialled = href.replace(/\D/g, '');
  if (!COUNTING_DIGITS.test(dialled)) return false;
  const shown = (inlineText(el) ?? '').replace(/\D/g, '');
  return shown.length >= 7 && !dialled.endsWith(shown.slice(-7));
}
const COUNTING_DIGITS = /1234567|2345678|3456789/;

/** Adds one attribute of `el` to `attributes` or `langs` when it is one worth scanning. */
export function scanAttribute(el: DomNode, at: readonly string[], name: string, value: string, attributes: AttributeValue[], langs: string[]): void {
  if (!value || value.length > MAX_ATTRIBUTE) return;
  const c = name.charCodeAt(0);
  if (c === 100 /* d */ ? name.startsWith('data-') : name === 'title' || name === 'aria-label') {
    // A form field's title says what to type in it, with an example ("Es: 02 1234567", "z. B.
    // lena@…"): no one's contact.
    if (c !== 100 && FORM_FIELD.has(el.name ?? '')) return;
    attributes.push({ name, value, label: name });
  } else if (name === 'alt' && ALT_CONTACT.test(value)) {
    // An image's alternative text that gives a number or a mailbox: a site builder's text set as
    // an image ("Reservations: call 0117 …" over a picture of those words), whose alt holds it.
    attributes.push({ name, value, label: name });
  } else if (name === 'href') {
    // A link's address as the browser reads it: the URL standard drops tabs and line breaks within it
    // (a hand-written "mailto:lena@<newline>wendell-<newline>example.de" is one mailbox).
    if (value.includes('\n') || value.includes('\t') || value.includes('\r')) value = value.replace(/[\t\n\r]/g, '');
    // Contact links, links that name a car's VIN in a query parameter (a history report's), and a
    // rating page's link that names the member (handler-names.ts).
    if (/^(?:mailto|tel|callto|sms):/i.test(value) || value.includes('email-protection#') || value.includes('UnCryptMailto') || VIN_PARAM_HINT.test(value) || MESSENGER_LINK.test(value) || VIN_SLUG_HINT.test(value) || RATING_LINK.test(value)) {
      // A site maker's address in the site's credits is not read.
      if (/^mailto:/i.test(value) && afterCredit(el)) return;
      // Nor a mail or call link that shows nothing.
      if (unseenContactLink(el, at, value)) return;
      // Nor a call link that dials a template's example number while it shows another one.
      if (CALL_LINK.test(value) && exampleCallLink(el, value)) return;
      attributes.push({ name, value, label: name });
    }
  } else if (name === 'src' && VIN_PARAM_HINT.test(value)) {
    // A dealer's analytics pixel naming the cars a result page shows ("…&vehicle_vin=<VIN>%2C
    // <VIN>…"); scripts' and frames' addresses are read in parse.ts (cutPage). Read for its VIN
    // parameter only (see readAttribute).
    attributes.push({ name, value, label: name });
  } else if (name === 'value' && (MESSENGER_LINK.test(value) || CALL_LINK.test(value))) {
    // A button that opens a chat with the seller (<button value="https://api.whatsapp.com/send?phone=…">),
    // or a form's field that holds the call link its button dials (<input type="hidden" value="tel:…">).
    attributes.push({ name, value, label: name });
  } else if (name === 'action' && FORM_TO_MAIL.test(value)) {
    // A form that a form-to-mail service sends on to the site's owner ("<form
    // action='https://formsubmit.co/lena.marten@…'>"): the mailbox is in the service's address.
    attributes.push({ name, value, label: name });
  } else if (name === 'value' && el.name === 'input' && value.includes('@')) {
    // A contact form's recipient in a hidden field (<input type="hidden" name="to_email"
    // value="lena.marten@…">): the mailbox the form sends to, which the page prints nowhere else.
    // Labelled with the field's name (index.ts reads it as a "send to" list's choice).
    const field = attributeValue(at, 'name');
    if (field !== undefined && RECIPIENT_FIELD.test(field)) attributes.push({ name, value, label: RECIPIENT_LABEL });
  } else if (c === 111 /* o */ && name.charCodeAt(1) === 110 /* n */ && value.length >= 19 && QUOTE.test(value)) {
    // An inline event handler ("onclick=\"showCar('…', '<VIN>')\""): result pages pass each card's
    // VIN, or its chat number, to a script there, and print it nowhere else. Read for those only
    // (see readAttribute).
    attributes.push({ name, value, label: name });
  } else if (value.length === 17 && VIN_ATTRIBUTE.test(name)) {
    // A widget's own attribute for its car's VIN ("ff_vin", "vehicle-vin"), not a data-* one.
    attributes.push({ name, value, label: name });
  } else if (name === 'lang') {
    langs.push(value.toLowerCase());
  } else if (name === 'content' && el.name === 'meta') {
    const label = attributeValue(at, 'name') ?? attributeValue(at, 'property') ?? attributeValue(at, 'itemprop') ?? attributeValue(at, 'http-equiv') ?? 'meta';
    // The page's author with a mailbox ("Jane Roe <jane@studio.example>"): the site's maker, not a seller.
    if (SITE_MAKER_META.test(label) && value.includes('@')) return;
    attributes.push({ name, value, label });
  }
}

/** Collects the page content from the document root in one depth-first walk. */
export function readPage(root: DomNode): PageContent {
  const parts: string[] = [];
  const attributes: AttributeValue[] = [];
  const jsonLd: string[] = [];
  const microdata: MicrodataItem[] = [];
  const langs: string[] = [];

  // `visible` is false inside hidden subtrees: their text and attributes are honeypots or
  // stale variants, but their structured data (microdata, JSON-LD) is meant for machines.
  const walk = (node: DomNode, item: MicrodataItem | undefined, visible: boolean, depth = 0): void => {
    const children = node.children;
    if (!children || depth > MAX_DEPTH) return;
    for (const child of children) {
      // Only elements (and the doctype, "!doctype") have a name. domhandler computes an
      // element's `type` in a getter, so the name is what is tested here.
      const name = child.name;
      if (name === undefined) {
        if (visible && child.type === 'text') pushText(parts, child.data!);
        continue;
      }
      const at = attributeList(child);
      if (!at) continue;
      if (name === 'script') {
        if (/ld\+json/i.test(attributeValue(at, 'type') ?? '')) jsonLd.push(scriptText(child));
        continue;
      }
      // The attributes the walk needs and those worth scanning, in one pass over the element's
      // own (usually a few, in the parse's flat list): look-ups of absent names cost more on
      // pages with many element shapes. The scanned ones are taken back when the element turns
      // out to be hidden (a <meta> is read even then).
      const scan = visible || name === 'meta';
      const attributesBefore = attributes.length;
      const langsBefore = langs.length;
      let hidden = false;
      let itemprop: string | undefined;
      let itemscope = false;
      for (let j = 0; j < at.length; j += 2) {
        const k = at[j]!;
        const v = at[j + 1]!;
        switch (k) {
          case 'hidden':
            hidden ||= hiddenByAttribute(at);
            break;
          case 'style':
            hidden ||= styleHides(v, node, child);
            break;
          case 'itemprop':
            itemprop = v;
            break;
          case 'itemscope':
            itemscope = true;
            break;
          default:
            break;
        }
        if (scan) scanAttribute(child, at, k, v, attributes, langs);
      }
      const childVisible = visible && !hidden;
      if (hidden && name !== 'meta') {
        attributes.length = attributesBefore;
        langs.length = langsBefore;
      }
      const flags = TAGS.get(name) ?? 0;
      if (flags & SKIPPED) continue;
      if (flags & BLOCK) pushBreak(parts);

      if (itemscope) {
        const nested = newItem(attributeValue(at, 'itemtype'));
        if (itemprop && item) addProp(item, itemprop, nested);
        else microdata.push(nested);
        walk(child, nested, childVisible, depth + 1);
      } else {
        walk(child, item, flags & HEAD ? false : childVisible, depth + 1);
        if (itemprop && item) addProp(item, itemprop, microdataValue(child));
      }
      if (flags & BLOCK) pushBreak(parts);
    }
  };

  walk(root, undefined, true);
  return { text: finishText(parts), attributes, jsonLd, microdata, langs };
}

/** The text of a <script> element. */
export function scriptText(script: DomNode): string {
  return (script.children ?? []).map((c) => c.data ?? '').join('');
}

/**
 * The page's text from the parts gathered (text, " " for white space between tags, BREAK for
 * a block boundary).
 *
 * The text is finished in chunks that end at a block boundary, each well under V8's
 * large-object size (64 K two-byte characters): each step below makes a new string, and a
 * string past that size cost more to allocate than the step itself (measured). The result is
 * the same as in one piece: BREAK (U+0001) is a normalisation boundary (NFKC never composes,
 * reorders or decomposes across it) and no replacement below matches across it.
 */
export function finishText(parts: string[]): string {
  const lines: string[] = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < parts.length; i++) {
    size += parts[i]!.length;
    if (size >= TEXT_CHUNK && parts[i] === BREAK) {
      addLines(parts.slice(from, i + 1), lines);
      from = i + 1;
      size = 0;
    }
  }
  addLines(from === 0 ? parts : parts.slice(from), lines);
  return lines.join('\n');
}

/** Characters of gathered text finished at once (see finishText). */
const TEXT_CHUNK = 32_000;

/**
 * Gathered text to lines: source line breaks are white space; only block boundaries (BREAK)
 * end lines. The replacements are picked to match rarely: each match costs more than the scan.
 */
function addLines(parts: readonly string[], lines: string[]): void {
  let joined = parts.join('').normalize('NFKC');
  if (INVISIBLE_TEST.test(joined)) joined = joined.replace(INVISIBLE, '');
  // A run of three underscores or more is a spacer or a form's blank ("Telefoon:______0117 …"), read
  // as white space: in the same pass, so it costs nothing more.
  joined = joined.replace(/[ \t\n\r\f\v]{2,}|[\t\n\r\f\v]|_{3,}/g, ' ');
  for (const segment of joined.split(BREAK)) {
    const line = segment.trim();
    if (line) lines.push(line);
  }
}

const JSON_START = /^\s*[{[]/;

/**
 * Whether an attribute's value is JSON (`/^\s*[{[]/`), without running the pattern when the
 * first character decides: a printable ASCII character, which most values start with.
 */
export function startsJson(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c > 32 && c < 127) return c === 123 || c === 91;
  return JSON_START.test(value);
}

/** Text of one element, one line per block, as the page shows it (used for rule selectors). */
export function textLines(el: DomNode): string[] {
  return readPage({ type: 'root', children: [el] }).text.split('\n').filter(Boolean);
}
