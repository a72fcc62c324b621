/**
 * Extraction of personal identifiers from one ad page (domain code, no AWS imports).
 *
 * Order matters for the origin kept on duplicates: structured data (JSON-LD, microdata), then
 * the source's own selectors, then attributes, then the generic detectors over visible text.
 */
import { load } from 'cheerio/slim';
import { getDomain, getDomainWithoutSuffix, parse as parseHost } from 'tldts';
import type { Source } from '../../../lib/config.js';
import type { Finding, IdentifierKind } from '../../shared/identifiers.js';
import { normalise } from '../../shared/normalise/index.js';
import { withEscapedSpaces } from '../../shared/normalise/phone.js';
import { attributeList, attributeValue, CALL_LINK, FORM_TO_MAIL, MESSENGER_LINK, readPage, RECIPIENT_LABEL, startsJson, textLines, unseenContactLink, VIN_ATTRIBUTE, type AttributeValue, type DomNode, type PageContent } from './dom.js';
import { compileJsonPath, EmbeddedReader, PARTY_WORDS, type JsonPathRule } from './embedded.js';
import { decodeCloudflareEmail, scanEmails } from './emails.js';
import { reversedClasses, reversedTexts } from './reversed.js';
import { decodedPhone, decodeShiftedMailto, shiftedMailtoOfLink } from './encoded.js';
import { emailDomain, filterFindings, idRuns, isNoOnesAddress, isPlaceholderEmail, isRoleAddress, MAILBOX_OWNER_ORIGIN, MAILTO_TEXT_ORIGIN, SITE_CONTACT_ORIGIN } from './filters.js';
import { FindingSet, rot13 } from './findings.js';
import { ROLE_LABEL_HINT, scanLabelled, scanRoleLabels } from './labelled.js';
import { CREDIT } from './labels.js';
import { atPeoplePath, chromeDataJson, mailLinkPerson, menuPersonName, PRIVATE_BADGE, readLayout } from './layout.js';
import { anyCase, familyFounders, familyMemberLines, germanLetters, imprintHolders, INTRO_ORIGIN, listsStaff, mailboxOf, NAME_LINE, namesFromPlaces, namesWithLetters, NOT_NAME, NUMBER_RUN, ownerOfLines, ownersAfterBrand, plainLetters, plausibleName, roleTitleName, ROSTER_ORIGIN, scanCuedNames, scanMailboxNames, scanNames, scanSoleTraders, selfIntroducedNames, titledAgentName, titledDoctorName, titledIntroducedName, titledPracticeName, titleOwnerName, tradeName, vouchedGrid, welcomingHosts, wordCount } from './names.js';
import { withoutManufacturerBlocks } from './manufacturer-blocks.js';
import { linkSiblings, parsePage } from './parse.js';
import { hasKnownName, isGivenName, opensWithGivenName } from './given-names.js';
import { PhoneFinder, PLATFORM_DIGITS, scanHandlerPhones } from './phones.js';
import { associationAddress, associationOwned, callUsLine, CAPITALS_WORD, contactBlockNames, COPYRIGHT, copyrightOwner, countryLines, dealerDepartments, freeMailbox, givenNameNumberLine, givenNameNumberNames, isLogIn, mailboxesIn, mailboxSpeltOwners, mailboxSpeltPeople, marketplaceSigns, metaPeople, metaReplyTo, namedContactLine, ownSiteSigns, personalMailbox, postalBlockNames, pressContactBlock, pressDesk, publicBodyLine, shopSoftware, shopWindow, signatureLine, switchboardLine } from './own-site.js';
import { scanPlates } from './plates.js';
import { scanContactColumns } from './table-columns.js';
import { readJsonLd, readJsonLdValue, readMicrodata } from './structured.js';
import { scanHandlerVins, scanLinkVins, scanVins } from './vins.js';
import { scanHandlerNames, scanRatingLinkName } from './handler-names.js';

export interface ExtractOptions {
  /** The page's URL (not fetched): tells the marketplace's own schema.org data from the seller's. */
  url: string;
  /** ISO 3166-1 alpha-2 of the source: default phone region, plate country, VIN check rule. */
  country: string;
  rules?: Source['rules'];
}

/** Per-page summary; nicknames are extracted but not summarised. */
export interface FindingsSummary {
  phones: string[];
  emails: string[];
  vins: string[];
  plates: string[];
  names: string[];
  addresses: string[];
}

/** Attribute names repeat on every card of a page: each distinct name is classified once. */
const attributeKinds = new Map<string, IdentifierKind | undefined>();

function kindOfAttribute(name: string): IdentifierKind | undefined {
  if (attributeKinds.has(name)) return attributeKinds.get(name);
  const kind = classifyAttribute(name);
  if (attributeKinds.size > 10_000) attributeKinds.clear();
  attributeKinds.set(name, kind);
  return kind;
}

/** Runs of digits in id attributes long enough to be read as a phone; at most this many per page. */
const ID_DIGITS = /\d{6,}/g;
/**
 * An id attribute's value that names a phone item by its scheme ("data-item-id=\"phone:tel:+31…\"",
 * a map's place panel): the number is the item's, not an id of the page.
 */
const PHONE_ITEM = /(?:^|[:;\s/])(?:tel|phone|callto|sms):/i;
/**
 * An id attribute's value that names its item a phone by a word of its own ("contact-1201-5550142-phone",
 * "phone_5550142", a modal's target for the number it shows): the digits are that phone's, no id.
 */
const PHONE_NAMED_ITEM = /(?:^|[^a-z])(?:phone|tel|telefon|telephone|mobile|whatsapp)(?![a-z])/i;
const MAX_PAGE_IDS = 2000;

/** Whether each attribute name met holds an id (see ID_ATTRIBUTE), per name. */
const idAttributes = new Map<string, boolean>();

/**
 * data-* attributes whose name says the value is an id, a hash, a token or a timestamp
 * ("data-uuid", "data-listing-id", "data-oid", "data-session-token", "data-ts"), or the page's
 * analytics accounts ("data-a-google": "UA-12345678-1", "data-facebook-pixel", "data-yandex"): digits there are no phone,
 * whatever their grouping ("q7Lm-203.0.113.7.1700000000000" is an address and a time).
 */
const ID_ATTRIBUTE =
  /^data-(?:[\w-]*-)?(?:id|ids|[a-z]id|uuid|guid|hash|hashed-uuid|token|nonce|key|session|sid|ts|timestamp|time|trace|tracking|cache|version|build|google|analytics|gtag|gtm|facebook|pixel|yandex|metrika|hotjar|tiktok|criteo|slot|slotname|adslot|adunit)$/;
/**
 * An ad server's slot, wherever the page names it: Google Publisher Tag's "div-gpt-ad-1601555014-3"
 * (a Unix time and the slot's index, which read as a US number). Digits there are no phone.
 */
const AD_SLOT_VALUE = /(?:^|[^a-z])gpt-ad-\d/i;

function idAttribute(name: string): boolean {
  let v = idAttributes.get(name);
  if (v === undefined) {
    v = ID_ATTRIBUTE.test(name);
    if (idAttributes.size > 10_000) idAttributes.clear();
    idAttributes.set(name, v);
  }
  return v;
}

/** Attribute names that say what their value is, e.g. data-phone, data-seller-name. */
function classifyAttribute(name: string): IdentifierKind | undefined {
  if (!name.startsWith('data-')) return VIN_ATTRIBUTE.test(name) ? 'vin' : undefined;
  const n = name.slice(5);
  // "data-phone", "data-seller-phone", and the same run together ("data-contactmobile")
  if (/(?:^|-|contact|seller|owner|agent|dealer|user)(?:phone|tel|telephone|mobile|msisdn)(?:-|\d|$)/.test(n)) return 'phone';
  if (/(?:^|-)(?:e-?mail|mail)(?:-|$)/.test(n)) return 'email';
  if (/(?:^|-)vin(?:-|$)/.test(n)) return 'vin';
  if (/(?:^|-)(?:date|year|month|first|since)(?:-|$)/.test(n)) return undefined; // data-first-registration="03/2019"
  if (/(?:^|-)(?:plate|regnr|reg-nr|registration|license-plate|licence-plate|kennzeichen)(?:-|$)/.test(n)) return 'plate';
  // ("data-to_username": the recipient's user name, a handle, not a person's name)
  if (/(?:^|[-_])(?:nick|nickname|username|user-name|user_name|handle)(?:[-_]|$)/.test(n)) return 'nickname';
  // ("data-recipient-name" on a "Send a message" button: the one the message goes to, the advertiser)
  if (/(?:seller|contact|owner|user|agent|advertiser|landlord|recipient)-?name$|^contact-?person$/.test(n)) return 'name';
  if (/(?:seller|contact)-address$/.test(n)) return 'address';
  return undefined;
}

const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * A query parameter named for a VIN ("?vin=1HGCM82633A004352&siteID=7", "&vehicle_vin=…"), with
 * one VIN or a list of them, comma- or bar-separated, plain or URL-encoded ("…%2C…").
 */
const VIN_PARAM = /(?:^|[?&#;])(?:(?:vehicle|car|auto)[_-]?)?vins?=([A-Za-z0-9]{17}(?:(?:,|%2C|\||%7C)[A-Za-z0-9]{17})*)(?=$|[&#;])/i;
const VIN_LIST_SEPARATOR = /,|%2C|\||%7C/i;

/**
 * A vehicle-history link ("Get the AutoCheck report", "Free CARFAX report") names its car's VIN
 * in a `vin` parameter, often inside another, URL-encoded link; on many result pages that is the
 * only place a card's VIN is written; so is a dealer's analytics tag, with the VINs of all the
 * cars a result page shows. The parameter name is the VIN's label.
 */
function vinFromLink(href: string, found: FindingSet, origin: string): void {
  let url = href.replace(/&amp;/g, '&');
  for (let depth = 0; depth < 3; depth++) {
    const m = VIN_PARAM.exec(url);
    if (m) {
      // The same token rules as a VIN in text: a letter and a digit (not a number, not a word).
      for (const vin of m[1]!.split(VIN_LIST_SEPARATOR)) if (/\d/.test(vin) && /[a-z]/i.test(vin)) found.add('vin', vin, `${origin}:vin`);
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(url);
    } catch {
      return;
    }
    if (decoded === url) return;
    url = decoded;
  }
}

/**
 * The numbers of a page's chat links that are the site's, not the sellers': a site that routes
 * leads puts its own number in every card's WhatsApp link, each with its card's message ("…
 * Reference: dc-1", "… dc-2"). A number in three different links or more, and in more than half
 * of the page's different links, is taken for such a number. The same link printed again (an ad
 * page's contact box for phones, for desktops and at its foot) counts once: one seller's number.
 * (On a single ad's page one link cannot tell; there the number is kept.)
 */
function routedChatNumbers(attributes: readonly AttributeValue[]): Set<string> {
  const links = new Map<string, Set<string>>();
  const distinct = new Set<string>();
  for (const a of attributes) {
    const chat = (a.name === 'href' || a.name === 'value') && MESSENGER_LINK.exec(a.value);
    if (!chat) continue;
    distinct.add(a.value);
    const of = links.get(chat[1]!);
    if (of) of.add(a.value);
    else links.set(chat[1]!, new Set([a.value]));
  }
  const routed = new Set<string>();
  for (const [n, hrefs] of links) if (hrefs.size >= 3 && hrefs.size * 2 > distinct.size) routed.add(n);
  return routed;
}

/**
 * A chat link's number, written internationally without its "+"; or, when it is no
 * international number, as the page's country writes it ("whatsapp://send?phone=96123456" on a
 * Cypriot page: a national mobile).
 */
function addChatNumber(n: string, found: FindingSet, origin: string): void {
  // (Mexico's mobiles with the "1" WhatsApp still writes after 52, +52 1 55…: see normalisePhone.)
  if (found.add('phone', `+${n}`, origin)) return;
  found.add('phone', n, origin);
}

/**
 * The mailboxes of mail links addressed to a given name ("<a href='mailto:lm@…'>Email Lena</a>",
 * layout.ts: addressedName) whose given name opens exactly one of the page's names ("Lena
 * Marten"): a team page's link to its agent's own mailbox. Not a desk's or a role's address
 * ("support@"), and not where two people on the page share the given name.
 */
function addressedOwnersMailboxes(links: readonly { given: string; href: string }[], found: FindingSet): string[] {
  const out: string[] = [];
  for (const { given, href } of links) {
    let owners = 0;
    for (const f of found.findings) if (f.kind === 'name' && f.value.startsWith(`${given} `)) owners++;
    if (owners !== 1) continue;
    out.push(...personsMailboxes(href, found.country).slice(0, 1));
  }
  return out;
}

/**
 * A person's mail link's mailboxes ("mailto:a.berg@firm.example, office@firm.example": its copies
 * too), normalised; none when the first is a desk's or a role's ("support@", "press@"): the person's
 * own comes first.
 */
function personsMailboxes(href: string, country: string): string[] {
  const values = linkTarget(href)[1].split(',').flatMap((e) => normalise('email', e.trim(), country) ?? []);
  return values.length > 0 && !isRoleAddress(values[0]!) ? values : [];
}

/** A mail or call link's scheme and its address, decoded, without its query ("tel:+49%20511…" → "tel", "+49 511…"). */
function linkTarget(href: string): [scheme: string, target: string] {
  const [scheme = '', rest = ''] = href.split(/:(.*)/s);
  // Hand-written links may have a space after the colon ("mailto: anna@…"), which mail clients skip.
  const target = rest.split('?')[0]!.trim();
  return [scheme, percentDecoded(target).trim()];
}

/**
 * The other recipients a mail link names in its query (RFC 6068's "to", "cc", "bcc" fields:
 * "mailto:info@…?bcc=anna@…"): the same advertiser's mailboxes, as its own address is. Not its
 * subject or body, a text for the reader to send.
 */
const MAILTO_COPY = /[?&](?:to|cc|bcc)=([^&#]*)/gi;

function mailtoCopies(href: string): string[] {
  if (!href.includes('?')) return [];
  const out: string[] = [];
  MAILTO_COPY.lastIndex = 0;
  for (let m = MAILTO_COPY.exec(href); m; m = MAILTO_COPY.exec(href)) {
    let value = m[1]!;
    try {
      value = decodeURIComponent(value);
    } catch {
      // a malformed escape: the field as written
    }
    for (const e of value.split(',')) if (e.trim()) out.push(e.trim());
  }
  return out;
}

/** The attributes photo galleries keep a photo's caption in, as markup (lightGallery, fancybox). */
const GALLERY_CAPTION: ReadonlySet<string> = new Set(['data-sub-html', 'data-caption']);

function readAttribute(a: AttributeValue, found: FindingSet, phones: PhoneFinder): void {
  const origin = `attr:${a.name}`;
  // An event handler's script ("onclick"; the only scanned attributes whose name starts with an
  // "o"): its arguments are ids and codes, so only a VIN is taken there, and only one that looks
  // like a real VIN (upper case, check digit, serial: scanVins without a label); and a number
  // written as a number in a call that opens a chat or shows a phone (scanHandlerPhones).
  if (a.name.charCodeAt(0) === 111 /* o */) {
    scanHandlerVins(a.value, found, origin);
    scanHandlerPhones(a.value, found, origin);
    scanHandlerNames(a.value, found);
    return;
  }
  if (a.name === 'src') {
    // An analytics tag naming the cars a result page shows (dom.ts: scanAttribute).
    vinFromLink(a.value, found, origin);
    return;
  }
  if (a.name === 'href') {
    const cf = /email-protection#([0-9a-f]+)/i.exec(a.value);
    if (cf) {
      const email = decodeCloudflareEmail(cf[1]!);
      if (email) found.add('email', email, origin);
      return;
    }
    // A TYPO3 site's mail link, its mailbox shifted ("javascript:linkTo_UnCryptMailto('nbjmup+…')").
    if (a.value.includes('UnCryptMailto')) {
      const email = shiftedMailtoOfLink(a.value);
      if (email) found.add('email', email, origin);
      return;
    }
    if (!/^(?:mailto|tel|callto|sms):/i.test(a.value)) {
      scanRatingLinkName(a.value, found);
      vinFromLink(a.value, found, origin);
      // ...or in the slug of the car's page ("/veh/1989-bus-1m8gdm9axkp042788-x7Kq2")
      scanLinkVins(a.value.split(/[?#]/)[0]!, found, origin);
      return;
    }
    const [scheme, target] = linkTarget(a.value);
    if (/^mailto$/i.test(scheme)) for (const e of [...target.split(','), ...mailtoCopies(a.value)]) found.add('email', e, origin);
    // A call link's number is read as one (normalisePhone: a Polish trunk 0 is a call link's only there).
    else found.add('phone', /^(?:tel|callto)$/i.test(scheme) ? `tel:${target}` : target, origin);
    return;
  }
  // A form-to-mail service's address naming the recipient (dom.ts: FORM_TO_MAIL): the site's own mailbox.
  if (a.name === 'action') {
    if (FORM_TO_MAIL.test(a.value)) found.add('email', a.value.slice(a.value.lastIndexOf('/') + 1), 'attr:href');
    return;
  }
  // A form's field holding the call link its button dials (dom.ts: scanAttribute), read as the link is.
  if (a.name === 'value' && CALL_LINK.test(a.value)) {
    found.add('phone', linkTarget(a.value)[1], origin);
    return;
  }
  if (a.name === 'data-cfemail') {
    const email = decodeCloudflareEmail(a.value);
    if (email) found.add('email', email, origin);
    return;
  }
  // ...and TYPO3's since version 11: "<a href='#' data-mailto-token='nbjmup+…' data-mailto-vector='1'>".
  if (a.name === 'data-mailto-token') {
    const email = decodeShiftedMailto(a.value);
    if (email) found.add('email', email, 'attr:href');
    return;
  }
  // A "mail this ad" link in a data-* attribute ("mailto:?subject=…&body=…"): its body is the
  // ad's text for a friend, and it has a recipient only when someone is named before the "?".
  if (a.value.startsWith('mailto:')) {
    for (const e of a.value.slice(7).split('?')[0]!.split(',')) if (e) found.add('email', e, origin);
    return;
  }
  // A photo gallery's caption, markup in an attribute that the gallery shows when the photo opens
  // (lightGallery's "data-sub-html='<h4>Docteur Lena Marten</h4><p>…</p>'" on a team page's
  // photos, whose names the page prints nowhere else): read for the names a title or an honorific
  // says are people's, as a text's are (scanCuedNames); its numbers and mailboxes as any
  // attribute's, below.
  if (GALLERY_CAPTION.has(a.name) && a.value.includes('<')) scanCuedNames(readPage(parsePage(a.value).root).text, found, 'text');
  const kind = kindOfAttribute(a.name);
  // A name attribute holds what the site put in the field: a person's name, or "Private seller".
  if (kind === 'name' && !plausibleName(a.value, true)) return;
  if (kind && found.add(kind, a.value, origin)) return;
  if (kind === undefined && (idAttribute(a.name) || AD_SLOT_VALUE.test(a.value))) return;
  // A number the page hides in Base64 until a click ("data-p" on a "Show number" button).
  const decoded = decodedPhone(a.value, kind === 'phone');
  if (decoded !== undefined) {
    found.add('phone', decoded, `${origin}:base64`);
    return;
  }
  // Too short for any identifier; and links and image URLs are full of ids
  // (".../annonse/284751936", "..._1.jpg"), not contacts.
  if (a.value.length < 6 || /^(?:[a-z]+:)?\/\//i.test(a.value) || a.value.startsWith('/')) return;
  // A space the page escaped twice ("(030)&amp;nbsp;…" in a meta tag): a space still, or the
  // number's area code is cut off from it.
  const spaced = withEscapedSpaces(a.value);
  const text = NON_ASCII.test(spaced) ? spaced.normalize('NFKC') : spaced;
  phones.scan(text, origin, a.label);
  scanEmails(text, found, origin);
  scanVins(text, found, origin, a.label);
}

/*
 * Parsing: cheerio's `load` builds a new Cheerio subclass for every document, and on V8 that
 * turns each later scavenge into a crawl (measured: ~0.8 ms of GC per 25 KB page, more than the
 * parse itself). So the page is parsed once (parse.ts: htmlparser2's tokenizer, the tree
 * htmlparser2 builds, as plain nodes with the fields domhandler's have), and one module-level
 * cheerio instance runs the sources' CSS selectors against that same tree.
 */
const $ = load('');

/** The elements each field's selector picks, in document order, per kind. */
function selectFields(root: DomNode, fields: [IdentifierKind, string][]): [IdentifierKind, string, DomNode[]][] {
  const scope = $(root.children as never);
  let all: DomNode[] | undefined;
  try {
    // One traversal for all fields (each costs a walk of the whole tree), then the few hits are
    // sorted to their fields.
    all = scope.find(fields.map(([, selector]) => selector).join(', ')).toArray() as unknown as DomNode[];
  } catch {
    all = undefined; // one selector does not parse: try them one by one below
  }
  const picked: [IdentifierKind, string, DomNode[]][] = [];
  for (const [kind, selector] of fields) {
    try {
      const elements = (all ? $(all as never).filter(selector) : scope.find(selector)).toArray() as unknown as DomNode[];
      picked.push([kind, selector, elements]);
    } catch {
      // a broken selector in one source's config must not stop extraction
    }
  }
  return picked;
}

function readRules(root: DomNode, rules: Source['rules'] | undefined, found: FindingSet, phones: PhoneFinder): void {
  const fields = Object.entries(rules?.fields ?? {}) as [IdentifierKind, string][];
  if (fields.length === 0) return;
  // The parse leaves out the sibling links; selectors such as "dt + dd" and ":first-child" read them.
  linkSiblings(root);
  for (const [kind, selector, elements] of selectFields(root, fields)) {
    const origin = `rule:${selector}`;
    for (const el of elements) {
      const href = el.attribs?.href ?? '';
      if (kind === 'phone' && /^tel:/i.test(href) && found.add('phone', href, origin)) continue;
      if (kind === 'email' && /^mailto:/i.test(href) && found.add('email', href.slice(7).split('?')[0]!, origin)) continue;
      // A selector may point at <meta itemprop=... content=...> rather than at visible text.
      if (el.name === 'meta' && el.attribs?.content && found.add(kind, el.attribs.content, origin)) continue;
      const lines = textLines(el);
      const value = lines.join(kind === 'address' ? ', ' : ' ');
      if (!value || found.add(kind, value, origin)) continue;
      // The element holds more than the value ("Tlf: 98 76 54 32"): look inside it.
      if (kind === 'phone') phones.scan(lines.join('\n'), origin);
      if (kind === 'email') scanEmails(lines.join('\n'), found, origin);
    }
  }
}

/** The source's JSON path rules, compiled. */
function jsonPathRules(rules: Source['rules'] | undefined): JsonPathRule[] {
  const out: JsonPathRule[] = [];
  for (const [kind, paths] of Object.entries(rules?.jsonPaths ?? {}) as [IdentifierKind, string | string[]][]) {
    for (const p of Array.isArray(paths) ? paths : [paths]) out.push({ kind, path: compileJsonPath(p) });
  }
  return out;
}

/** Language subtag -> the country whose numbering plan a seller writing it most likely uses. */
const LANG_COUNTRY: Readonly<Record<string, string>> = {
  nb: 'NO', nn: 'NO', no: 'NO', sv: 'SE', da: 'DK', fi: 'FI', de: 'DE', nl: 'NL', fr: 'FR', pl: 'PL', en: 'GB',
  it: 'IT', es: 'ES', pt: 'PT', cs: 'CZ', et: 'EE', lv: 'LV', lt: 'LT', is: 'IS',
};

/**
 * Regions whose numbers a country's people write in its own national format, with its trunk 0,
 * though they have calling codes of their own: France's overseas departments ("0590 55 01 42" is
 * Guadeloupe's +590 590 55 01 42, "0262 …" Réunion's, "0696 …" a Martinique mobile), which
 * libphonenumber's French plan does not hold. (The UK's Crown Dependencies and Norway's Svalbard
 * share their country's calling code, and its plan reads them already.)
 */
const SHARED_PLANS: Readonly<Record<string, readonly string[]>> = { FR: ['GP', 'MQ', 'GF', 'RE', 'YT'] };

/** Countries the page's `lang` attributes point to, other than the source's own. */
function countriesOfLangs(langs: readonly string[], sourceCountry: string): string[] {
  const out = new Set<string>();
  for (const lang of langs) {
    const [primary, region] = lang.split(/[-_]/);
    const country = region && /^[a-z]{2}$/.test(region) ? region.toUpperCase() : LANG_COUNTRY[primary ?? ''];
    if (country && country !== sourceCountry) out.add(country);
  }
  return [...out];
}

/** A mailbox as a line prints it, a word of its own (`lena@mail.example`). */
const MAILBOX_WORD = /[^\s@]+@[^\s@]+/g;

/** Markup kept in the page data's text fields: a tag, and the spaces after it, end a line. */
const MARKUP_BREAK = /[ \t]*<\/?[a-z][a-z0-9]*\b[^<>]{0,200}>[ \t\r]*/gi;

/**
 * The domains of the e-mail addresses found whose name is a word of the page's copyright line
 * ("service@media-group.example" under "© Media Group GmbH"): the company that runs the site,
 * whose desk's address and number are the platform's, though on another domain than the page's.
 */
function operatorDomains(found: FindingSet, text: string): Set<string> {
  const out = new Set<string>();
  const emails = found.findings.filter((f) => f.kind === 'email');
  if (emails.length === 0) return out;
  const words = new Set<string>();
  for (let at = text.search(COPYRIGHT); at >= 0; ) {
    const from = text.lastIndexOf('\n', at) + 1;
    const to = text.indexOf('\n', at);
    const line = text.slice(from, to < 0 ? text.length : to);
    // Not the words of a mailbox the line prints ("© Lena Marten, lena@gmail.example"): its domain
    // is where the mail goes, not whose the site is.
    if (line.length <= 200) for (const w of line.replace(MAILBOX_WORD, ' ').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4) words.add(w);
    if (to < 0) break;
    const next = text.slice(to).search(COPYRIGHT);
    at = next < 0 ? -1 : to + next;
  }
  if (words.size === 0) return out;
  for (const e of emails) {
    // A free mail provider runs no one's site (own-site.ts, freeMailbox).
    if (freeMailbox(e.value)) continue;
    const domain = getDomain(e.value.slice(e.value.lastIndexOf('@') + 1));
    const name = domain?.slice(0, domain.indexOf('.'));
    if (domain && name && name.split('-').some((w) => words.has(w))) out.add(domain);
  }
  return out;
}

/** The page's <title> (in its head, or wherever a page without one puts it near the top), white space collapsed. */
function pageTitle(root: DomNode): string | undefined {
  const queue: [DomNode, number][] = [[root, 0]];
  for (let i = 0; i < queue.length && i < 200; i++) {
    const [node, depth] = queue[i]!;
    if (node.name === 'title') return node.children?.map((c) => c.data ?? '').join('').replace(/\s+/g, ' ').trim();
    if (depth < 3 && node.name !== 'body') for (const c of node.children ?? []) if (c.type === 'tag' || c.type === 'root') queue.push([c, depth + 1]);
  }
  return undefined;
}

/**
 * A person's own page on an agency's or a firm's site, its address spelling their name under a
 * people's path ("/agent/jane-doe-lucerne/", "/team/jane-doe", "/makler/jane-doe"): the line of
 * the page's content that is that name (the first two or three words of the address's last part,
 * accents folded) names the advertiser, when one of its words is a known given name (an address
 * under such a path may still name a place or a product). The name found is returned.
 */
const PERSON_PAGE =
  /\/(?:agents?|agent-profile|makler(?:in)?|maklare|meglere?|makelaars?|brokers?|realtors?|team|our-team|people|staff|profiles?|mitarbeiter(?:in)?|berater(?:in)?|consultants?|advisors?|advisers?|agentes?|agenti|asesor(?:es|a)?|conseill(?:er|ere)s?|negociateurs?|corretor(?:es|a)?)\/([a-z0-9][a-z0-9%-]*[a-z0-9])(?:\.(?:s?html?|php|aspx?|jsp|cfm))?\/?(?:[?#]|$)/i;

function profilePageName(url: string, text: string, found: FindingSet): string | undefined {
  const slug = PERSON_PAGE.exec(url)?.[1];
  if (!slug) return undefined;
  let words: string[];
  try {
    words = decodeURIComponent(slug).toLowerCase().split('-');
  } catch {
    return undefined;
  }
  if (words.length === 1) return initialSurnamePageName(words[0]!, text, found);
  const fold = (s: string): string[] => [s.normalize('NFD').replace(/\p{M}/gu, ''), s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')];
  const lines = text.split('\n');
  for (const n of [3, 2]) {
    if (words.length < n) continue;
    const spelled = words.slice(0, n).join(' ');
    for (const line of lines) {
      const name = line.trim();
      if (name.split(' ').length !== n || name.length > 60) continue;
      // A given name among its words, not only a family name ("Villa Seeblick" is a house).
      if (fold(name.toLowerCase()).includes(spelled) && plausibleName(name) && name.split(' ').some((w) => isGivenName(w.toLowerCase()))) {
        found.add('name', name, 'text');
        return name;
      }
    }
  }
  return undefined;
}

/**
 * A staff page's address of the initial and the surname ("/staff/lmarten.asp"): the line of its
 * content that is a name of two or three words, a note in brackets after it maybe ("Lena Marten
 * (Emeritus)"), whose first letter and last word spell it. Not a name of a word alone.
 */
const NAME_WITH_NOTE = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2})(?: \([^()\n]{1,30}\))?$/u;
function initialSurnamePageName(slug: string, text: string, found: FindingSet): string | undefined {
  if (slug.length < 4) return undefined;
  for (let start = 0, end = text.indexOf('\n'); start < text.length; start = end + 1, end = text.indexOf('\n', start)) {
    if (end < 0) end = text.length;
    if (end - start > 60 || end - start < 5) continue;
    const m = NAME_WITH_NOTE.exec(text.slice(start, end).trim());
    if (!m) continue;
    const words = m[1]!.split(' ');
    const spelled = plainLetters(`${words[0]![0]}${words[words.length - 1]}`.toLowerCase());
    if (spelled === slug && plausibleName(m[1]!)) {
      found.add('name', m[1]!, 'text');
      return m[1]!;
    }
  }
  return undefined;
}

/**
 * A name on the line above a private seller's badge ("Heike Berg" / "Privater Anbieter"), as
 * result cards print them, or after it on its line ("Particular - Rafael Irfan", "Privatperson:
 * Heike Berg"): the badge says the name is a person's, so the name above it is kept without a
 * known name (origin "profile-link:private", as beside a profile link); the one after it on its line
 * is held to them.
 */
/**
 * A given name alone that the text reads as a person's ("Call Lena on …", "Ich bin Lena."), where the page prints
 * it with one family name after it at the end of a line, alone on the line or after a sentence's
 * words ("Lena Marten" as a heading, "Your contact for every machine: Lena Marten"): the person's
 * fuller name, kept instead of the part where no reader found it as a name of its own. Only one
 * such fuller form: two ("Lena Marten", "Lena Berg") do not say which; and not in a line of
 * capitalised words only, a button's or a title's ("Book With Lena Anytime").
 */
function fullerNamesOfGivenNames(text: string, found: FindingSet, chromeTexts: () => string[]): Map<string, string> {
  // given name (as found) → the fuller name (as found)
  const out = new Map<string, string>();
  for (const f of found.findings) {
    if (f.kind !== 'name' || (f.origin !== 'text' && f.origin !== INTRO_ORIGIN) || f.value.includes(' ') || !isGivenName(f.value)) continue;
    const given = f.value.charAt(0).toUpperCase() + f.value.slice(1);
    const surnames = new Set<string>();
    // A self-introduction's given name ("Ich bin Lena.") is the site's person's: their full
    // name may be its header's brand or its footer's line too.
    for (const t of f.origin === INTRO_ORIGIN ? [text, ...chromeTexts()] : [text]) {
      for (let at = t.indexOf(`${given} `); at >= 0 && surnames.size < 2; at = t.indexOf(`${given} `, at + 1)) {
        const m = FAMILY_NAME_AT_LINE_END.exec(t.slice(at + given.length + 1, at + given.length + 40));
        if (!m || (at > 0 && /\p{L}/u.test(t.charAt(at - 1)))) continue;
        const lineStart = t.lastIndexOf('\n', at) + 1;
        const before = t.slice(lineStart, at);
        if (before.trim() !== '' && !SMALL_WORD.test(before)) continue;
        surnames.add(m[1]!);
      }
    }
    if (surnames.size !== 1) continue;
    const surname = [...surnames][0]!;
    const full = `${given} ${surname}`;
    if (NOT_NAME.has(surname.toLowerCase()) || !plausibleName(full)) continue;
    // Where the page's readers found the fuller name already, the two are kept as they are: on a
    // result page "Ida" and "Ida Hagen" are as often two people.
    const lower = full.toLowerCase();
    if (found.findings.some((g) => g.kind === 'name' && g.value === lower)) continue;
    const value = found.add('name', full, 'text');
    if (value !== undefined) out.set(f.value, value);
  }
  return out;
}
/** A word in small letters: a sentence's, which a line of capitalised words (a button's, a title's) has none of. */
const SMALL_WORD = /(?:^|\s)\p{Ll}/u;
/** A family name ending its line: a capital, small letters, then the line's end or a full stop. */
const FAMILY_NAME_AT_LINE_END = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[.]?[ \t]*(?:\n|$)/u;

/** Words of the badges PRIVATE_BADGE knows, looked for before the page's lines are read one by one. */
const BADGE_HINT = /privat|particul|частн|приватн|prywatn|soukrom|súkromn|magánszem|persoan|fizičk|yksityi|bireysel|sahibinden|פרטי|خاص|ιδιώτης/i;

/** A badge, then a dash, a colon or a middle dot, then the rest of the line: "Particular - Rafael Irfan". */
const BADGE_THEN_NAME = /^[ \t]*([^\n:·–-]{4,30}?)[ \t]*[:·–-][ \t]*([^\n]{3,40}?)[ \t]*$/;

/** A name beside a private seller's badge (see namesAboveBadges), unless its last word is no name's. */
function addBadgedName(name: string, found: FindingSet): void {
  const words = name.split(' ');
  if (!NOT_NAME.has(words[words.length - 1]!.toLowerCase())) found.add('name', name, 'profile-link:private');
}

function namesAboveBadges(text: string, found: FindingSet): void {
  if (!BADGE_HINT.test(text)) return;
  let start = 0;
  let previous = '';
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.length <= 40 && previous.length <= 40 && NAME_LINE.test(previous) && PRIVATE_BADGE.test(line.trim()) && plausibleName(previous)) addBadgedName(previous, found);
    const after = line.length <= 70 ? BADGE_THEN_NAME.exec(line) : null;
    // (Held to the known names: a control's words may follow the badge on its line, "Particular - Ver Teléfono".)
    if (after && PRIVATE_BADGE.test(after[1]!) && NAME_LINE.test(after[2]!) && plausibleName(after[2]!) && hasKnownName(after[2]!)) addBadgedName(after[2]!, found);
    previous = line;
    if (end < 0) break;
    start = end + 1;
  }
}

/** "Sarah Tane & Paul Rowe", "Anna Berg og Per Lund": two people who share a card, each a name of two words or more. */
const PAIR = / (?:&|and|og|och|und|et|en|y|e|i) /;

function splitPair(name: string): string[] {
  const parts = name.split(PAIR);
  return parts.length === 2 && parts.every((p) => p.trim().split(' ').length >= 2) ? parts.map((p) => p.trim()) : [name];
}

/** Phones and e-mails in the seller boxes (their content as readPage reads each alone): what the seller's own card shows. */
function sellerBoxValues(boxes: readonly Pick<PageContent, 'text' | 'attributes'>[], found: FindingSet): FindingSet {
  const set = new FindingSet(found.country, found);
  const phones = new PhoneFinder(set);
  for (const page of boxes) {
    phones.scan(page.text, 'seller-box');
    scanEmails(page.text, set, 'seller-box');
    for (const a of page.attributes) readAttribute(a, set, phones);
  }
  return set;
}

/** The numbers the phone scan reads in a part of the text, as the page's scan reads them (its country, its cache), kept apart from the page's findings. */
function phonesIn(text: string, found: FindingSet, origin: string): string[] {
  const part = new FindingSet(found.country, found);
  new PhoneFinder(part).scan(text, origin);
  return part.findings.filter((f) => f.kind === 'phone').map((f) => f.value);
}

/** Whether a name holds a word of the site's name (four letters or more) and does not open with a known given name: the firm's, not a person's. */
function namedAfterSite(name: string, siteName: string): boolean {
  if (siteName.length < 4 || opensWithGivenName(name)) return false;
  return name.split(' ').some((w) => {
    const letters = plainLetters(w);
    return letters.length >= 4 && siteName.includes(letters);
  });
}

/** A style element's rules. */
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** The names and contents of the meta tags in the page's head (and at the document's top, where a page has no head). */
function headMetas(root: DomNode): { name: string; content: string }[] {
  const out: { name: string; content: string }[] = [];
  const visit = (node: DomNode, depth: number): void => {
    for (const c of node.children ?? []) {
      if (c.name === 'meta') {
        // (An http-equiv names one too: "<meta http-equiv='reply-to' content='…'>", as old sites write it.)
        const name = c.attribs?.name ?? c.attribs?.property ?? c.attribs?.['http-equiv'];
        const content = c.attribs?.content;
        if (name && content) out.push({ name, content });
      } else if (depth < 2 && (c.name === 'html' || c.name === 'head')) visit(c, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

/**
 * Origins that are the seller's own data: a seller box, a party object in embedded data or
 * schema.org. In embedded data the value's path names the party ("ad.seller.email",
 * "contacts.0.phone"): a value elsewhere in the page's state (the platform's account manager,
 * its support desk) is the page's, not the seller's, and a platform address there stays dropped.
 */
const SELLER_ORIGIN = new RegExp(
  '^(?:seller-box|rule)|(?:^json-ld|^microdata):.*(?:seller|offeredBy|provider|agent|contactPoint|owner)|' +
    // the embedded walker's own party words, and a business that offers the ad
    `^embedded:.*(?:${[...PARTY_WORDS, 'store', 'company', 'firm', 'merchant'].join('|')})`,
  'i',
);

/** Where a seller's own site's header and footer contacts are read from (see extractFindings). */
const SITE_CHROME_ORIGIN = 'site-chrome';
/** Where the person a site's footer copyright names is read from (own-site.ts, copyrightOwner). */
const SITE_OWNER_ORIGIN = 'site-owner';

/** A link's text with its percent escapes decoded; as written where one is malformed. */
function percentDecoded(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The addresses of mail links ("mailto:anna@…?subject=…" gives "anna@…"), and of the CDN's
 * protected ones ("/cdn-cgi/l/email-protection#a1c3…": the page shows "[email protected]" and a
 * script writes the address in), which are mail links too.
 */
function mailtoAddresses(links: readonly AttributeValue[]): string[] {
  const out: string[] = [];
  for (const a of links) {
    // (Percent-encoded, as a content's mail link may be and linkTarget reads it: "mailto:lena%40…".)
    if (MAILTO.test(a.value)) mailboxesIn(percentDecoded(a.value.slice(7)), out);
    else {
      const cf = CF_PROTECTED.exec(a.value);
      const email = cf ? decodeCloudflareEmail(cf[1]!) : undefined;
      if (email) out.push(email);
    }
  }
  return out;
}
const MAILTO = /^mailto:/i;
/** A call link's scheme (linkTarget's first part). */
const TEL_SCHEME = /^(?:tel|callto)$/i;

/** The number a call link dials (normalised), or undefined for another link or no valid number. */
function calledNumber(href: string, found: FindingSet): string | undefined {
  const [scheme, raw] = linkTarget(href);
  return TEL_SCHEME.test(scheme) ? found.normalisePhone(raw) : undefined;
}
const CF_PROTECTED = /email-protection#([0-9a-f]+)/i;

/**
 * The text without its web designer's or host's credit: each line from the credit on (a line's
 * "© 2021 Wendell di Lena Marten. Realizzato da …" keeps its copyright, which copyrightOwner reads).
 */
function withoutCreditLines(text: string): string {
  if (!CREDIT.test(text)) return text;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const at = line.search(CREDIT);
    const kept = at < 0 ? line : line.slice(0, at).trim();
    if (kept) out.push(kept);
  }
  return out.join('\n');
}

/**
 * The links under `root` (a chrome part): every link's address into `hrefs` (for the account and
 * posting links own-site.ts looks for, an icon's as well as a word's), the part's text nodes as
 * they are into `rawTexts` (one entry), and the mail, call and chat links into the result, but a
 * credit's (its parent's text names a designer or a host).
 */
function chromeAnchors(root: DomNode, hrefs: string[], rawTexts: string[], logIns: LogInLinks, people: Map<string, string>, mailPeople: string[]): AttributeValue[] {
  const out: AttributeValue[] = [];
  const raw: string[] = [];
  const visit = (node: DomNode): void => {
    if (node.type === 'text') {
      if (node.data) raw.push(node.data);
      return;
    }
    if (node.type === 'tag' && node.name === 'a') {
      const attrs = attributeList(node) ?? [];
      const at = attrs.findIndex((v, i) => i % 2 === 0 && v === 'href');
      const href = at >= 0 ? attrs[at + 1] : undefined;
      if (href !== undefined) {
        hrefs.push(href);
        logInLink(node, href, logIns);
        const person = menuPersonName(node, attrs);
        if (person !== undefined) people.set(person, href);
        if ((CONTACT_LINK.test(href) || MESSENGER_LINK.test(href)) && !unseenContactLink(node, attrs, href)) {
          const around = node.parent ? textLines(node.parent).join(' ') : '';
          // (Beside a credit, a mail link to a mailbox at the site's own domain is the site's, not
          // its maker's: a footer's "✉ Powered by WordPress" holds the owner's mail icon.)
          if (!CREDIT.test(around) || ownDomainMailto(href, logIns.site)) {
            out.push({ name: 'href', value: href, label: 'href' });
            // A mail link whose text is a person's name, its mailbox spelt after them ("Vorsitz: <a
            // href='mailto:marten@…'>Lena Marten</a>"): an own site's people (read where it is one).
            const named = MAILTO.test(href.trimStart()) ? mailLinkPerson(node, href) : undefined;
            if (named !== undefined && mailboxOf(linkTarget(href)[1].split('@')[0]!, named)) mailPeople.push(named);
          }
        }
      }
    } else if (node.type === 'tag' && node.name === 'area') {
      // An image map's mail or call link: the part of the footer's picture that prints the
      // address ("<img usemap='#map'><map><area href='mailto:…'>"), a mail link as an <a> is.
      const href = attributeValue(attributeList(node) ?? [], 'href');
      if (href !== undefined && CONTACT_LINK.test(href)) out.push({ name: 'href', value: href, label: 'href' });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  rawTexts.push(raw.join(' '));
  return out;
}

/** Whether a mail link's (first) mailbox is at the site's registrable domain. */
function ownDomainMailto(href: string, site: string): boolean {
  if (!site || !MAILTO.test(href.trimStart())) return false;
  const box = linkTarget(href.trim())[1].split(',')[0]!.trim();
  return box.includes('@') && getDomain(emailDomain(box)) === site;
}

/** A menu's people, so many at least (one such link may be the visitor's own page). */
const MIN_MENU_PEOPLE = 2;

/** The log-in links' words of the page's chrome, by where they lead: the site itself, or another site. */
interface LogInLinks {
  readonly site: string;
  readonly onSite: Set<string>;
  readonly offSite: Set<string>;
}

/**
 * Notes a chrome link whose text is a log-in control ("Login"), by where it leads. Only short
 * link texts are read; a link to another registrable domain (an agency's intranet or its
 * franchise's portal, "fruehnet.example" from "frueh-immo.example") is not this site's accounts.
 */
function logInLink(node: DomNode, href: string, logIns: LogInLinks): void {
  const text = shortText(node, 24)?.replace(/\s+/g, ' ').trim();
  if (!text || !isLogIn(text)) return;
  const host = hostOf(href, logIns.site);
  (host === logIns.site ? logIns.onSite : logIns.offSite).add(text.toLowerCase());
}

/** A node's text when it is at most `max` characters (its text nodes joined, three levels down), or undefined. */
function shortText(node: DomNode, max: number): string | undefined {
  // Most links hold one text node: read without the walk (this runs on every link of the chrome).
  const kids = node.children;
  if (kids?.length === 1 && kids[0]!.type === 'text') {
    const data = kids[0]!.data ?? '';
    return data.length > max ? undefined : data;
  }
  let text = '';
  const add = (n: DomNode, depth: number): boolean => {
    for (const c of n.children ?? []) {
      if (c.type === 'text') text += c.data ?? '';
      else if (depth >= 3 || !add(c, depth + 1)) return false;
      if (text.length > max) return false;
    }
    return true;
  };
  return add(node, 0) ? text : undefined;
}

/** The page's first characters of text, where a header that no markup marks as one is (for shopWindow). */
const PAGE_TOP_CHARS = 2000;

/** How near the text's end a copyright line is its footer's (lastCopyrightLine). */
const FOOT_LINE_REACH = 300;
/** The text's last line with a copyright mark, when it is at the text's end (within FOOT_LINE_REACH). */
function lastCopyrightLine(text: string): string | undefined {
  const lines = text.slice(-FOOT_LINE_REACH).split('\n');
  // The first line may have been cut by the reach: it counts only where the text is no longer.
  const first = text.length > FOOT_LINE_REACH ? 1 : 0;
  for (let i = lines.length - 1; i >= first; i--) if (COPYRIGHT.test(lines[i]!)) return lines[i];
  return undefined;
}

/** A chrome part that is the page's footer: a <footer>, its landmark role, or an element classed or named "footer". */
function isFooterPart(node: DomNode): boolean {
  if (node.name === 'footer') return true;
  const at = attributeList(node);
  if (!at) return false;
  if (attributeValue(at, 'role') === 'contentinfo') return true;
  return FOOTER_MARK.test(`${attributeValue(at, 'class') ?? ''} ${attributeValue(at, 'id') ?? ''}`);
}
const FOOTER_MARK = /(?:^|[-_\s])footer(?:$|[-_\s])/i;

/**
 * Distinct numbers found on a page, at most, for it to be read as one advertiser's own site: a
 * garage's staff page lists ten or so; a directory of dealers, hundreds.
 */
const MAX_OWN_SITE_PHONES = 15;

/**
 * Whether the page's mailboxes are all at the site's domain, and MIN_STAFF_MAILBOXES or more of
 * them a person's (their local part opens with a known given name: "lena@", "kamal.reilly@"): a
 * firm's staff, as its team page lists them. A directory's entries write from their own domains,
 * and a marketplace's relay addresses ("reply-8812@") and desks ("info@", "sales@") name no one.
 */
function staffMailboxesOnly(emails: readonly string[], site: string | null): boolean {
  if (site === null || emails.some((e) => getDomain(emailDomain(e)) !== site)) return false;
  return new Set(emails.filter(opensWithMailboxGiven)).size >= MIN_STAFF_MAILBOXES;
}

/** Whether a mailbox's local part opens with a known given name ("lena@", "anna.berg@"): a person's, not a desk's. */
function opensWithMailboxGiven(email: string): boolean {
  const first = email.slice(0, email.indexOf('@')).split(/[._-]/)[0]!;
  return first.length >= MIN_MAILBOX_GIVEN && isGivenName(first);
}
const MIN_STAFF_MAILBOXES = 5;

/**
 * Whether a page's many numbers are one firm's direct lines: most of them (SWITCHBOARD_SHARE) the
 * same number but their last two digits ("+41 21 555 79 53", "+41 21 555 79 61", …), as a staff
 * page lists its people's extensions. A directory's numbers are its many advertisers', each their own.
 */
function oneSwitchboard(phones: readonly string[]): boolean {
  const blocks = new Map<string, number>();
  let most = 0;
  for (const p of phones) {
    const block = p.slice(0, -2);
    const n = (blocks.get(block) ?? 0) + 1;
    blocks.set(block, n);
    if (n > most) most = n;
  }
  return most >= phones.length * SWITCHBOARD_SHARE;
}
const SWITCHBOARD_SHARE = 0.8;

/** Whether a chrome part holds what the own-site signs are read from: a mailbox, a copyright. */
function ownSiteHint(raw: string): boolean {
  return raw.includes('@') || COPYRIGHT.test(raw);
}

/** A mail or call link's address. */
const CONTACT_LINK = /^(?:mailto|tel|callto):|email-protection#/i;
/** Chrome subtrees read on a seller's own site, at most (a header, a footer, a menu or two). */
const MAX_CHROME_PARTS = 20;

/** A field named "contact…" at the top of a script's object: "contactEmail", "contact_phone". */
const ROOT_CONTACT_FIELD = /^(?:contact|kontakt)[^.]*$/i;

/**
 * SELLER_ORIGIN, but a "contact…" field at the top of a script's object ({"contactEmail": ...} in
 * a site's config: its shipping or support desk) is the site's own contact, not a party's: there
 * "contact" names no object on the path (as in "ad.contact.email", "contacts.0.phone") or field
 * of one ("ad.contactPhone"). It counts only when the script's own name says whose it is.
 */
function sellerOrigin(origin: string): boolean {
  if (!SELLER_ORIGIN.test(origin)) return false;
  if (!origin.startsWith('embedded:')) return true;
  const at = origin.lastIndexOf(':');
  return !ROOT_CONTACT_FIELD.test(origin.slice(at + 1)) || SELLER_ORIGIN.test(origin.slice(0, at + 1));
}

/** The registrable domain a link leads to: `site`'s for a link within the page's site ("/team/…"). */
function hostOf(href: string, site: string | null): string | null {
  return /^(?:https?:)?\/\//i.test(href) ? getDomain(href.startsWith('//') ? `https:${href}` : href) : site;
}

/** All identifiers on an ad page, normalised, deduplicated by kind and value. */
export function extractFindings(html: string, opts: ExtractOptions): Finding[] {
  const prepared = parsePage(html);
  const root = prepared.root;
  const found = new FindingSet(opts.country.toUpperCase());
  // Profile links on the same site only (not "youtube.com/user/..."); the page's registrable domain,
  // also for the staff mailboxes below and the site's addresses a page keeps scrambled (scrambledSite).
  const site = getDomain(opts.url);
  if (site && rot13(site) !== site) found.scrambledSite = rot13(site);

  // Structured and embedded data first: they are read wherever they sit on the page.
  const offered = readJsonLd(prepared.jsonLd, found, opts.url);
  const embedded = new EmbeddedReader(found, jsonPathRules(opts.rules), (data) => {
    offered.push(...readJsonLdValue(data, found, opts.url));
  });
  embedded.pageAdIds = new Set(idRuns([opts.url]));
  for (const blob of prepared.blobs) embedded.read(blob);
  for (const address of prepared.vinAddresses) vinFromLink(address, found, 'attr:src');
  // The source's selectors see the whole document, chrome included: they are the user's word.
  readRules(root, opts.rules, found, new PhoneFinder(found));

  // Then the content without the chrome.
  const { layout, page, sellerBoxContent, tables, reviewTexts } = readLayout(root);
  for (const blob of layout.dataJson) embedded.read(blob);
  const langCountries = countriesOfLangs(page.langs, found.country);
  // Where a national number is tried when it is no number of the source's country: the page's
  // languages' countries, and the regions that share the country's national dialling (SHARED_PLANS).
  const phoneCountries = [...langCountries, ...(SHARED_PLANS[found.country] ?? [])];
  const phones = new PhoneFinder(found, phoneCountries);
  phones.site = site ?? undefined;
  readMicrodata(page.microdata, found, opts.url);
  for (const name of layout.sellerNames) for (const one of splitPair(name)) found.add('name', one, 'seller-box');
  // Beside a private seller's badge, the page says the seller box's name is a person's: not held
  // to the known-name list (as a profile link's name beside it is not).
  for (const name of layout.badgedNames) found.noteLabelledPerson(name);
  for (const box of sellerBoxContent) for (const name of namesFromPlaces(box.text)) found.add('name', name, 'seller-box');
  // Team cards' names beside their posts: held to the known-name check as a seller box's are,
  // unless a grid of them, most known names, vouches for the others (as a grid of title cards does).
  const postedOrigin = vouchedGrid(layout.postedNames) ? ROSTER_ORIGIN : 'seller-box';
  for (const name of layout.postedNames) found.add('name', name, postedOrigin);
  // Agents' photos' names (a result page's cards): held to the same check, unless many of them,
  // most known names, vouch for the others.
  const photoOrigin = vouchedGrid(layout.agentPhotoNames) ? ROSTER_ORIGIN : 'seller-box';
  for (const name of layout.agentPhotoNames) found.add('name', name, photoOrigin);
  // The mailboxes of mail links whose text is a person's name: that person's (see below).
  const namedMailboxes: string[] = [];
  // Mail links addressed to a given name ("Email Lena"): resolved once the page's names are read (below).
  const addressedMailboxes: { given: string; href: string }[] = [];
  // A firm's people linked to their own pages at a people's path of the site (`team`): many of
  // them, most known names, vouch for the others, as a grid of team cards does.
  const teamLinks = layout.profileNames.filter((p) => p.team && hostOf(p.href, site) === site).map((p) => p.name);
  const teamOrigin = vouchedGrid(teamLinks) ? ROSTER_ORIGIN : 'profile-link';
  for (const { name, href, private: person, icon, mailto, titled, addressed, team } of layout.profileNames) {
    if (addressed) {
      addressedMailboxes.push({ given: name.toLowerCase(), href });
      continue;
    }
    const host = hostOf(href, site);
    // Beside a private seller's badge, or titled in a link whose address spells it, the page says
    // it is a person's name: not held to the known-name list.
    const origin = icon ? 'user-icon' : mailto ? MAILTO_TEXT_ORIGIN : person ? 'profile-link:private' : titled ? 'profile-link:titled' : team ? teamOrigin : 'profile-link';
    if (host !== site || found.add('name', name, origin) === undefined || !mailto) continue;
    // "<a href='mailto:a.berg@firm.example, office@firm.example'>Anna Berg</a>": the link gives
    // the person's mailboxes (its copies too), at the site's own domain as often as not, where an
    // address would otherwise keep the rules of a page of unknown kind. Not a desk's or a role's
    // address first ("support@", "press@" under a name): the person's own comes first.
    namedMailboxes.push(...personsMailboxes(href, found.country));
  }
  // The same attribute on every card of a listing ("data-testid", "title") is read once: a
  // second read of the same name, label and value adds nothing (the finders dedupe what they
  // add and cache what they validate).
  // Values read, per attribute name, then label (a meta's name; otherwise the attribute's
  // name again). Two levels rather than one key joining the two: a joined key is a new string
  // to hash for every attribute, while the names are the same few strings with their hash kept.
  const readValues = new Map<string, Map<string, Set<string>>>();
  const pageIds = new Set<string>();
  const routed = routedChatNumbers(page.attributes);
  // The CDN's protected addresses, each time the page prints one (normalised): the visitor sees the
  // address its script writes into the span that carries it ("<span data-cfemail='…'>[email
  // protected]</span>"), where the page's text has only the placeholder.
  const cfPrinted: string[] = [];
  // A contact form's recipients: its "send to" list's choices (parse.ts, OPTION_MAILBOX) and its
  // hidden recipient fields (dom.ts, RECIPIENT_LABEL). Read below, after the signs of a site of its own.
  const formMailboxes = [...prepared.optionMailboxes];
  for (const a of page.attributes) {
    if (a.label === RECIPIENT_LABEL) {
      formMailboxes.push(a.value);
      continue;
    }
    if (a.name === 'data-cfemail') {
      const email = normalise('email', decodeCloudflareEmail(a.value) ?? '', found.country);
      if (email) cfPrinted.push(email);
    }
    const chat = (a.name === 'href' || a.name === 'value') && MESSENGER_LINK.exec(a.value);
    if (chat) {
      if (!routed.has(chat[1]!)) addChatNumber(chat[1]!, found, `attr:${a.name}`);
      continue;
    }
    // JSON in data-* attributes is read by the embedded-data walker, not scanned as text.
    if (a.name.startsWith('data-') && startsJson(a.value)) continue;
    let labels = readValues.get(a.name);
    if (!labels) readValues.set(a.name, (labels = new Map()));
    let values = labels.get(a.label);
    if (!values) labels.set(a.label, (values = new Set()));
    if (values.has(a.value)) continue;
    values.add(a.value);
    if (pageIds.size < MAX_PAGE_IDS && a.name.startsWith('data-') && idAttribute(a.name) && !PHONE_ITEM.test(a.value) && !PHONE_NAMED_ITEM.test(a.value)) {
      ID_DIGITS.lastIndex = 0;
      for (let m = ID_DIGITS.exec(a.value); m; m = ID_DIGITS.exec(a.value)) pageIds.add(m[0]);
    }
    readAttribute(a, found, phones);
    // A card's avatar titled with the agent's role and name ("… брокер Мария Стоянова / Старши брокер").
    if (a.name === 'title' || a.name === 'aria-label') {
      const agent = roleTitleName(a.value);
      if (agent) found.add('name', agent, `attr:${a.name}`);
      // A card's tooltip naming the advertiser, a sole trader ("041/555-017<br />Wendell, Lena Marten s.p.").
      else scanSoleTraders(a.value, found, `attr:${a.name}`);
    }
  }

  // The page's text without the site's legal disclaimer, whose complaint line and mailbox are the
  // site's, and without a product's manufacturer block, whose lines are the maker's (manufacturer-blocks.ts).
  // The legal notice's blocks of the bodies that oversee the business and of its host, taken out of the text (withoutAuthorityBlocks).
  const authorityBlocks: string[] = [];
  const text = withoutDisclaimers(page.text, (d) => site !== null && getDomain(d) === site, authorityBlocks);
  // An organisation's press release, with its press contacts' block (pressContactBlock).
  const pressPage = pressContactBlock(text);
  phones.pressRelease = pressPage;
  phones.scan(text, 'text');
  scanEmails(text, found, 'text');
  // A mailbox written backwards for the browser to turn round (reversed.ts): read as the visitor reads it.
  if (html.includes('bidi-override')) {
    const styles: string[] = [];
    for (const m of html.matchAll(STYLE_ELEMENT)) styles.push(m[1]!);
    const before = found.findings.length;
    scanEmails(reversedTexts(root, reversedClasses(styles)).join('\n'), found, 'text');
    for (const f of found.findings.slice(before)) if (f.kind === 'email') cfPrinted.push(f.value);
  }
  // Ad bodies found only in embedded data or in JSON-LD descriptions of things offered: read as
  // text is, not as a party's own fields.
  if (embedded.texts.length || offered.length) {
    const texts = [...embedded.texts, ...offered].join('\n');
    phones.scan(texts, 'embedded-text');
    scanEmails(texts, found, 'embedded-text');
    // A contact person named in such a body ("Lisätietoja antaa Anna Berg, puh. …"), as in the
    // page's text: the same rules, and the same known-name check (origin "text"). Their markup
    // ends a line, as the page's does ("call us:<br />Anna : 082 …").
    const lines = texts.replace(MARKUP_BREAK, '\n');
    scanNames(lines, found, 'text');
    scanLabelled(lines, found, 'text');
  }
  // The bodies without a number ("Agent: Ana Pop", "doamna Irina Ilie", the number hidden by the
  // platform): only what a label, an honorific or a verb says is a person's name; their other
  // lines are prose ("furniture by Ico Parisi, Federico Munari"). Their markup ends a line.
  if (embedded.bodies.length) {
    const bodies = embedded.bodies.join('\n').replace(MARKUP_BREAK, '\n');
    scanLabelled(bodies, found, 'text');
    scanRoleLabels(bodies, found, 'text');
    scanCuedNames(bodies, found, 'text');
  }
  // A dealer's or an agency's own site (its schema.org data says so, or its own mailbox and the
  // absence of a platform's desks and account controls: own-site.ts): the numbers and addresses in
  // its header and footer are the seller's, as a marketplace's are the platform's.
  const chromeNodes = layout.chrome.slice(0, MAX_CHROME_PARTS);
  // The chrome's mail and call links ("<a href='mailto:…'>Write to us</a>"), which its text does
  // not spell, and its chat links ("https://wa.me/4917…"), which a seller's own site puts in its
  // header, not a credit's; every link's address; each part's raw text. One walk.
  const chromeHrefs: string[] = [];
  // A footer's links apart: a log-in link there is a site's staff or customers' area (see marketplaceSigns).
  const footerHrefs: string[] = [];
  const rawChrome: string[] = [];
  const logIns: LogInLinks = { site: site ?? '', onSite: new Set(), offSite: new Set() };
  // The people a firm's menu links to their own pages (menuPersonName), with the links' addresses: two or more, a roster.
  const menuPeople = new Map<string, string>();
  const mailPeople: string[] = [];
  const anchors = chromeNodes.flatMap((node) => chromeAnchors(node, isFooterPart(node) ? footerHrefs : chromeHrefs, rawChrome, logIns, menuPeople, mailPeople));
  // The business and tax ids the page labels anywhere, its chrome's too ("Y-tunnus: 0555142-2", "VAT:
  // FI05551422"): the same digits elsewhere, unlabelled ("Wendell Oy, 05551422 PL 55"), are that id.
  const taxIds = labelledTaxIds([text, ...rawChrome]);
  // Many of them, most known names, vouch for the others (as a grid of team cards does).
  if (menuPeople.size >= MIN_MENU_PEOPLE) {
    const origin = vouchedGrid([...menuPeople.keys()]) ? ROSTER_ORIGIN : 'profile-link';
    for (const name of menuPeople.keys()) found.add('name', name, origin);
  }
  // A firm's people, two or more, each linked to their own page at a people's path of the site
  // (its menu's or its content's "/attorneys-and-staff/lena-marten/"): a firm's own site lists its
  // people so, where a marketplace lists its members under "/user/" or "/agents/".
  const firmsPeople = [...menuPeople.values()].filter(atPeoplePath).length + teamLinks.length >= MIN_MENU_PEOPLE;
  const chromeLinks = anchors.filter((a) => CONTACT_LINK.test(a.value));
  const chromeChats = anchors.flatMap((a) => {
    const chat = MESSENGER_LINK.exec(a.value);
    return chat ? [[chat[1]!, a] as const] : [];
  });
  // Each part's text, read when asked for, without its web designer's or host's credit ("Projekt i
  // wykonawca: …", "Webdesign by …": their line and mailbox are theirs). Reading every part of
  // every page's chrome cost about 3 % of the extraction; the signs below need only the parts
  // that hold a mailbox or a copyright, and the rest is read on the few pages that show one.
  const chromeTextOf = new Map<number, string>();
  const chromeText = (i: number): string => {
    let t = chromeTextOf.get(i);
    if (t === undefined) chromeTextOf.set(i, (t = withoutCreditLines(readPage({ type: 'root', children: [chromeNodes[i]!] }).text)));
    return t;
  };
  const allChromeTexts = (): string[] => chromeNodes.map((_, i) => chromeText(i));
  const signTexts = chromeNodes.flatMap((_, i) => (ownSiteHint(rawChrome[i]!) ? [chromeText(i)] : []));
  // The parts whose raw text holds a number's shape, read only when the cheaper signs have said nothing.
  const numberedChromeTexts = (): string[] => chromeNodes.flatMap((_, i) => (NUMBER_RUN.test(rawChrome[i]!) ? [chromeText(i)] : []));
  // Without such data, the site's own mailbox and no sign of a marketplace (own-site.ts) say the
  // same of the chrome only: its lines and mailboxes are the seller's, while the content's addresses
  // at the site's domain keep the rules of a page of unknown kind (beside the seller's number).
  // The evidence is a mailbox the page prints, in its text or its chrome's mail links (one only in
  // its data or a card's attributes may be a marketplace's account manager's, or a firm directory's);
  // every mailbox found counts against (a desk's anywhere says "platform").
  let ownChrome: FindingSet | undefined;
  // Whether the site's own mailbox is among the signs (not a shop's cart or a dealer's departments alone).
  let ownMailbox = false;
  // Whether a shop's window is among them: the site sells its own goods on every page.
  let ownShop = false;
  // The site's own mailboxes among those signs: the seller's wherever the page prints them.
  let ownMailboxes: readonly string[] = [];
  const mailtos = mailtoAddresses(chromeLinks);
  const chromeMailboxes = [...mailtos];
  for (const t of signTexts) mailboxesIn(t, chromeMailboxes);
  const foundEmails = found.findings.filter((f) => f.kind === 'email').map((f) => f.value);
  let owner: string | undefined;
  // The people the page's meta tags name as its author, publisher or rights' holder (own-site.ts, metaPeople).
  const metas = headMetas(root);
  const metaNamed = metaPeople(metas);
  // A page whose footer no mark names (an old site's plain "<div>"): its content's last copyright
  // line, at the text's end, is its footer's ("© Lena Marten, tel. 555 …, lena@…").
  const footLine = chromeNodes.some(isFooterPart) ? undefined : lastCopyrightLine(text);
  // The people named on a line of their own that one of the page's free mailboxes spells
  // (mailboxSpeltOwners), read once, where the page has such a mailbox.
  let free: string[] | undefined;
  const freeLocals = (): string[] => (free ??= [...foundEmails, ...chromeMailboxes].filter(freeMailbox).map((e) => e.slice(0, e.indexOf('@'))));
  let spelt: string[] | undefined;
  const speltOwners = (): string[] => {
    if (spelt === undefined) {
      const boxes = freeLocals();
      spelt = boxes.length ? mailboxSpeltOwners([text, ...allChromeTexts()], boxes) : [];
    }
    return spelt;
  };
  const ownerTexts = footLine === undefined ? signTexts : [...signTexts, footLine];
  if (ownerTexts.length) {
    const pageMailboxes = [...foundEmails, ...chromeMailboxes];
    mailboxesIn(text, pageMailboxes);
    owner = copyrightOwner(ownerTexts, pageMailboxes.map((e) => e.slice(0, e.lastIndexOf('@'))), metaNamed.map((p) => p.name));
  }
  // The site's home, contact, team or legal-notice page, as its address says (see CONTACT_PAGE_PATH).
  const path = pathOf(opts.url);
  const contactPage = CONTACT_PAGE_PATH.test(path) || HOME_PAGE_PATH.test(path);
  if (!found.sellersSite) {
    // A shop's window (its cart, in its chrome, or at the top of a page whose header is not marked
    // as one; or its shop software's marks in the markup) is a sign as its mailbox is: a shop sells
    // its own goods. The second half still looks for a marketplace's posting controls, desks and badges.
    const top = text.slice(0, PAGE_TOP_CHARS);
    const cart = shopWindow([...chromeHrefs, ...footerHrefs], [top, ...rawChrome]);
    // (The shop software is looked for only where the cart and the cheaper signs say nothing.)
    let software: boolean | undefined;
    // The chrome's and the content's links, gathered once for both readers below.
    let hrefs: string[] | undefined;
    const pageHrefs = (): string[] => {
      if (!hrefs) {
        hrefs = [...chromeHrefs];
        for (const a of page.attributes) if (a.name === 'href') hrefs.push(a.value);
      }
      return hrefs;
    };
    const shop = (): boolean => cart || (software ??= shopSoftware(html, pageHrefs()));
    // So is a vehicle dealer's service department beside its trade-in or financing tools.
    const dealer = dealerDepartments([top, ...rawChrome], [...chromeHrefs, ...footerHrefs]);
    // So is a person named in its header's or footer's contact block with their number.
    // The addresses its text prints in an obfuscated spelling ("kanzlei(at)…", which the mailbox
    // test below, reading each "@", does not see) are found by the text's scan.
    const printed = [...mailtos];
    for (const f of found.findings) if (f.kind === 'email' && f.origin === 'text') printed.push(f.value);
    printed.push(...cfPrinted);
    // On the site's home or contact page, the one mail link of its content (an image or "Click here"
    // over "mailto:…", with no address printed) is the site's mailbox as a printed one is. Not two or
    // more (a team's, each of which keeps its own rules), nor on another page, where a marketplace's
    // "email us with any questions" on an ad's page links its own.
    // (A link to a mailbox no one answers, the webmaster's beside the school's "kontakt@", is not counted.)
    // A mailbox the page's data states as well keeps the data's origin: its content's mail links are read for it.
    if (contactPage) {
      const mailLinked = new Set<string>();
      for (const a of page.attributes) {
        if (a.name !== 'href' || !MAILTO.test(a.value.trimStart())) continue;
        const e = normalise('email', linkTarget(a.value)[1], found.country);
        if (e !== undefined) mailLinked.add(e);
      }
      const linked = found.findings.filter((f) => f.kind === 'email' && (f.origin === 'attr:href' || mailLinked.has(f.value)) && !isNoOnesAddress(f.value));
      if (linked.length === 1) printed.push(linked[0]!.value);
    }
    // So is a person's name on a line of its own that the page's free mailbox spells (speltOwners):
    // a one-person business's own page ("Lena Marten" over "lena.marten@<free mail>").
    const spelledOwner = (): boolean => speltOwners().length > 0;
    // So is a number its header's or footer's call link dials that the content's call links dial
    // too, and no other (the footer's "06 …" and a "Call" button over the services): a marketplace's
    // content calls its sellers as well (a seller's card beside its own sticky "Free consultation").
    const calledFromContent = (): boolean => {
      const chromeCalls = new Set<string>();
      for (const a of chromeLinks) {
        const value = calledNumber(a.value, found);
        if (value) chromeCalls.add(value);
      }
      if (chromeCalls.size === 0) return false;
      let called = false;
      for (const a of page.attributes) {
        const value = a.name === 'href' ? calledNumber(a.value, found) : undefined;
        if (value === undefined) continue;
        if (!chromeCalls.has(value)) return false;
        called = true;
      }
      return called;
    };
    const own =
      ownSiteSigns(opts.url, printed, [text, ...signTexts], owner !== undefined, chromeMailboxes) ?? (cart || dealer || found.siteLocalBusiness || namedContactLine(signTexts) || givenNameNumberLine(numberedChromeTexts(), found.country) || callUsLine(contactPage ? [top, ...rawChrome] : rawChrome, contactPage) || firmsPeople || signatureLine(numberedChromeTexts()) || switchboardLine(numberedChromeTexts()) || countryLines(numberedChromeTexts()) || numberedChromeTexts().some((t) => imprintHolders(t).length > 0) || associationAddress(numberedChromeTexts()) || associationOwned(signTexts) || (contactPage && listsStaff(text, found.country)) || spelledOwner() || calledFromContent() || shop() ? [] : undefined);
    // A page that already gives many different numbers (its content, links and data) is a
    // directory or a result page of many advertisers (a marketplace's dealers' list saved without
    // its header), not one business's window. But a firm's own team page, whose staff's mailboxes
    // are all at its domain (staffMailboxesOnly), gives each one's mobile and each branch's line.
    const pagePhones = found.findings.filter((f) => f.kind === 'phone').map((f) => f.value);
    if (own !== undefined && (pagePhones.length <= MAX_OWN_SITE_PHONES || oneSwitchboard(pagePhones) || (contactPage && staffMailboxesOnly(foundEmails, site)))) {
      const links = pageHrefs();
      // A log-in word whose every chrome link leads to another site: not this site's accounts.
      const offSiteLogIns = new Set([...logIns.offSite].filter((w) => !logIns.onSite.has(w)));
      // On the site's home or contact page, its visitors' log-in and sign-up are no marketplace's by
      // themselves (an agency's "Ouvrir un compte / Login", a broker's "Register/Login"), as a
      // local business's are: a marketplace's home page offers to post an ad, which still says so.
      // So are an association's members' (its postal block or its copyright line in the chrome).
      if (!marketplaceSigns(opts.url, own, foundEmails, [text, ...allChromeTexts()], html, links, footerHrefs, offSiteLogIns, shop(), found.siteLocalBusiness || contactPage || associationOwned(signTexts, opts.url) || associationAddress(numberedChromeTexts()) || publicBodyLine(numberedChromeTexts()), pressPage, switchboardLine(numberedChromeTexts()))) {
        ownChrome = new FindingSet(found.country, found);
        ownMailbox = own.length > 0;
        ownShop = shop();
        ownMailboxes = own;
      }
    }
  }
  // The person its footer's copyright names, on a site that is theirs: the advertiser.
  if (owner !== undefined && (found.sellersSite || ownChrome)) found.add('name', owner, SITE_OWNER_ORIGIN);
  // ...and the person its meta tags name as its author or publisher with a mailbox at the site's
  // domain ("<meta name='author' content='Lena Marten info@wendell-bau.example'>"): its owner, not a
  // web designer, who writes from their own domain.
  if (found.sellersSite || ownChrome) for (const p of metaNamed) if (p.mailbox && site && getDomain(emailDomain(p.mailbox)) === site) found.add('name', p.name, SITE_OWNER_ORIGIN);
  // ...and the mailbox at the site's domain its "reply-to" meta tag gives, as its chrome's mailbox is.
  if ((found.sellersSite || ownChrome) && site) for (const box of metaReplyTo(metas)) if (getDomain(emailDomain(box)) === site) (ownChrome ?? found).add('email', box, SITE_CHROME_ORIGIN);
  // ...and a person's name opening a line of its text or its chrome that the site's free mailbox
  // spells ("Lena Marten — coach" over "lena.marten@<free mail>", "Lena Marten" / "Studio" over
  // "lenamartenstudio@…"): a one-person business's owner. (A mailbox at an organisation's own
  // domain spelt after one of its people is theirs, not the site's owner's.)
  if (found.sellersSite || ownChrome) {
    for (const name of speltOwners()) found.add('name', name, SITE_OWNER_ORIGIN);
    // ...and a person a sentence names whom the site's free mailbox spells whole ("… vengono lette
    // da Lena Marten e …" beside "lenamarten7@<free mail>").
    const boxes = freeLocals();
    if (boxes.length) for (const name of mailboxSpeltPeople([text, ...allChromeTexts()], boxes)) found.add('name', name, SITE_OWNER_ORIGIN);
    const into = ownChrome ?? found;
    const siteName = plainLetters(getDomainWithoutSuffix(opts.url) ?? '');
    const chromePhones = ownChrome ? new PhoneFinder(ownChrome, phoneCountries) : phones;
    // A site of its own: its customer service's line is its own (PhoneFinder.ownSite).
    if (ownChrome) {
      chromePhones.ownSite = true;
      chromePhones.site = phones.site;
    }
    for (const part of allChromeTexts()) {
      chromePhones.scan(part, SITE_CHROME_ORIGIN);
      scanEmails(part, into, SITE_CHROME_ORIGIN);
      // Its people: its owner or contact person named over the block's address and number
      // (contactBlockNames), and its staff listed each over their own mailbox ("Anna Berg / Sales /
      // anna.berg@…"). Held to the known-name check as the content's names are (SITE_CONTACT_ORIGIN:
      // not the chrome's origin, which that check does not hold), and not the firm's own name over its
      // mailbox of the same words ("Wendell Agro / wendell.agro@…").
      const people = contactBlockNames(part);
      // ...and, on a site of its own, its owner introducing themselves in its header ("Hoi, ik ben
      // Lena Marten" over the practice's name) or named with their professional letters as its
      // banner ("Lena Marten, CPA, CA"), or an Italian business's line "di" its owner under its name.
      // ...and its people by their given names, as the labels of their lines ("Ana: (11) 95550-1420").
      if (ownChrome) people.push(...selfIntroducedNames(part), ...namesWithLetters(part), ...imprintHolders(part), ...welcomingHosts(part), ...ownerOfLines(part), ...givenNameNumberNames(part, found.country));
      // ...and its owner or breeder its footer names by their role ("… 55555 Wendell - Breeder: Lena
      // Marten", "Inhaberin: Anna Berg"), as a card's role label names its party (scanRoleLabels).
      // (A role label's name follows its colon, or a "by": a part with neither is not read.)
      if (ROLE_LABEL_HINT.test(part)) {
        const roles = new FindingSet(found.country);
        scanRoleLabels(part, roles, 'text');
        for (const f of roles.findings) if (f.kind === 'name') people.push(f.value);
      }
      if (part.includes('@')) {
        const staff = new FindingSet(found.country);
        scanMailboxNames(part, staff, 'text');
        for (const f of staff.findings) if (f.kind === 'name') people.push(f.value);
      }
      // Nor a department named after the firm ("Bianchi Revisioni" over "revisionibianchi@…" on
      // bianchiauto.example): a word of the site's name, and no given name first.
      for (const name of people) if (plainLetters(name) !== siteName && !namedAfterSite(name, siteName)) found.add('name', name, SITE_CONTACT_ORIGIN);
    }
    for (const name of mailPeople) if (plainLetters(name) !== siteName && !namedAfterSite(name, siteName)) found.add('name', name, SITE_CONTACT_ORIGIN);
    for (const a of chromeLinks) readAttribute(a, into, chromePhones);
    for (const [number, a] of chromeChats) addChatNumber(number, into, `attr:${a.name}`);
    // ...and its chat widget's settings in the chrome's data-* JSON ("<div class='joinchat'
    // data-settings='{\"telephone\": …}'>" at the site's foot), as its chat links are.
    const chromeData = new EmbeddedReader(into);
    for (const node of chromeNodes) for (const blob of chromeDataJson(node)) chromeData.read(blob);
    if (ownChrome) {
      // ...and its own organisation's lines and mailboxes in its schema.org data, where its own
      // mailbox is among the signs or the data types it as a local business: a marketplace's page
      // without its controls (a result page saved without its header) can look like a dealer's, and
      // its organisation is the platform.
      if (ownMailbox || found.siteLocalBusiness) for (const { kind, value } of found.siteOrganisation) ownChrome.add(kind, value, 'json-ld');
      // ...and its customer service's line that its content labels so ("Kundenservice 04521 …" in a
      // shop's top bar outside its header's markup), which the text's scan refused as a platform's desk.
      if (found.platformLabelledDigits.size) {
        const desks = new FindingSet(found.country, found);
        const finder = new PhoneFinder(desks, phoneCountries);
        finder.ownSite = true;
        finder.pressRelease = pressPage;
        finder.site = phones.site;
        finder.scan(text, 'text');
        for (const f of desks.findings) if (f.kind === 'phone' && found.platformLabelledDigits.has(f.value.slice(-PLATFORM_DIGITS))) ownChrome.add('phone', f.value, 'text');
      }
      for (const f of ownChrome.findings) found.addNormalised(f.kind, f.value, SITE_CHROME_ORIGIN);
    }
  }
  scanVins(text, found, 'text');
  scanPlates(text, found, 'text', langCountries);
  scanLabelled(text, found, 'text');
  scanRoleLabels(text, found, 'text');
  scanNames(text, found, 'text');
  const fuller = fullerNamesOfGivenNames(text, found, allChromeTexts);
  scanContactColumns(tables, found);
  namesAboveBadges(text, found);
  // The person a postal block of the content names over its address and number (own-site.ts, postalBlockNames).
  for (const name of postalBlockNames(text)) found.add('name', name, 'text');
  // The site's own name: its domain's label, or its host's ("lena-marten" of "lena-marten.github.io"), plainLetters.
  const pageHost = parseHost(opts.url, { allowPrivateDomains: true });
  const ownName = plainLetters(pageHost.domainWithoutSuffix ?? '');
  // The founder of a family business whose family name the site's name spells (names.ts, familyFounders).
  for (const name of familyFounders(text, ownName)) found.add('name', name, 'text');
  for (const name of familyMemberLines(text, ownName)) found.add('name', name, 'text');
  // The person whose own page this is, by its address (their mailbox at the site's domain is theirs: below).
  const profileName = profilePageName(opts.url, text, found);
  const title = pageTitle(root);
  // A sole trader's firm, its brand and then its owner's name, on its own site (names.ts, ownersAfterBrand).
  if (found.sellersSite || ownChrome) {
    const host = pageHost.subdomain?.split('.').filter((l) => l !== 'www').pop();
    for (const name of ownersAfterBrand([title ?? '', text, ...allChromeTexts()], [ownName, plainLetters(host ?? '')])) found.add('name', name, 'text');
  }
  if (title) {
    titledAgentName(title, html, found, 'text');
    titledPracticeName(title, found);
    // The owner a one-person site's home, contact or about page's title names ("Lena MARTEN -
    // Ostéopathe"), on a site of its own (or, see titleOwnerName, where the title says it is one).
    // Its later parts and a trade's word before the name are held to the site's own name (its
    // domain's label, or its host's: ownName).
    const owner = contactPage
      ? titleOwnerName(title, {
          texts: [text, ...allChromeTexts()],
          siteName: ownName,
          ownSite: found.sellersSite || ownChrome !== undefined,
          metaNames: metaNamed.map((p) => p.name),
          mailDomains: [...foundEmails, ...chromeMailboxes].map((e) => plainLetters(getDomainWithoutSuffix(emailDomain(e)) ?? '')),
        })
      : undefined;
    if (owner) found.add('name', owner, 'text');
    // ...and the name its title gives that its text introduces in the first person (titledIntroducedName):
    // stated twice, it is not held to the known names.
    const introduced = contactPage && !owner ? titledIntroducedName(title, found.findings.filter((f) => f.kind === 'name' && f.origin === INTRO_ORIGIN).map((f) => f.value)) : undefined;
    if (introduced) found.restate('name', introduced, SITE_OWNER_ORIGIN);
    // ...and the doctor its title names after their title ("Dott.ssa Lena Berg Logopedista"), on its home, contact or about page.
    const doctor = contactPage && !owner ? titledDoctorName(title) : undefined;
    if (doctor) found.add('name', doctor, 'text');
  }

  // A contact form's recipients (formMailboxes: a "send to" list's choices, a hidden recipient
  // field's), held to the rules of the addresses the page prints (and confirmed on a site of its own,
  // below). Read after the signs of a site of its own: the page does not print them, and a zoo's
  // "jobs@" or "press@" among its form's choices is not a marketplace's desk.
  for (const mailbox of formMailboxes) scanEmails(mailbox, found, 'attr:value');
  const sellerValues = new Set<string>();
  for (const f of sellerBoxValues(sellerBoxContent, found).findings) sellerValues.add(`${f.kind}\u0000${f.value}`);
  for (const f of found.findings) if (sellerOrigin(f.origin)) sellerValues.add(`${f.kind}\u0000${f.value}`);
  for (const key of found.byRule) sellerValues.add(key);
  // "Email Lena" beside "Lena Marten": the mailbox of the one person the page names so.
  for (const value of addressedOwnersMailboxes(addressedMailboxes, found)) namedMailboxes.push(value);
  for (const value of namedMailboxes) sellerValues.add(`email\u0000${value}`);
  if (ownChrome) for (const f of ownChrome.findings) if (f.kind === 'phone' || f.kind === 'email') sellerValues.add(`${f.kind}\u0000${f.value}`);
  // On a business's own site whose own mailbox is among the signs, its people's mailboxes at its
  // domain in a staff list of its content (two people or more, each with a number beside the
  // mailbox: "Lena Marten / Sales / 0912 … / sale1@…") are theirs, as the chrome's are.
  // The page's text lower-cased once, for the readers below that search it.
  const pageText = new PageText(page.text);
  if (ownMailbox && layout.sellerBoxes.length === 0) for (const value of staffListMailboxes(found, opts.url, page.text, pageText.lower)) sellerValues.add(`email\u0000${value}`);
  const urls = [opts.url, ...layout.canonical];
  const operators = operatorDomains(found, page.text);
  const confirmed = withSellersSiteEmails(found, sellerValues, urls, pageText);
  // A press release's press offices' mailboxes, its issuers' ("Pressekontakte: … presse@…, Tel. …"),
  // wherever their domain: the contacts the release gives, and their lines beside them.
  if (pressPage) for (const f of found.findings) if (f.kind === 'email' && pressDesk(f.value)) confirmed.add(`email\u0000${f.value}`);
  // The own mailboxes that made the site its own are the seller's in its content too, where the
  // page is the site's home, contact, team or legal-notice page (its address says which: "Email: info@…"
  // over "Telefono: 076 …", a legal notice's "E-Mail: kanzlei(at)…") or prints the mailbox twice
  // or more (its header's contact line and its contact block), or the site is a shop's, which sells
  // its own goods on every page (a product list's footer menu "KONTAKT / service@… / Tel. 030 …"),
  // and the page gives no other party's mailbox: not a platform's desk whose block's numbers are
  // the platform's. No desk is among them (marketplaceSigns says "marketplace" for one),
  // and they are looked at after the look for the people they are named after. Elsewhere (an
  // agency's ad that shows its office's mailbox once) they keep the rules of any page.
  // The page's people named in full (two words or more), for the mailboxes that spell them below.
  const fullNames = found.findings.filter((f) => f.kind === 'name' && f.value.includes(' ')).map((f) => f.value);
  if (ownMailbox) {
    // Whether the page gives another party's mailbox (a directory's entry, a network's member's page);
    // a template's leftover ("info@gmail.com" as a mail link's text) is no party.
    const otherParty = found.findings.some((f) => f.kind === 'email' && getDomain(emailDomain(f.value)) !== site && !isPlaceholderEmail(f.value));
    for (const e of new Set(ownMailboxes.map((m) => normalise('email', m, found.country)))) {
      if (e !== undefined && (contactPage || pressPage || (ownShop && !otherParty) || occurrences(pageText.lower, e) + cfPrinted.filter((m) => m === e).length >= 2 || (!otherParty && (afterContactUs(pageText.lower, e) || underNumberLine(pageText.lower, e))))) confirmed.add(`email\u0000${e}`);
    }
    // A mailbox at the site's domain that spells a person's name the page gives ("Weitere Informationen
    // erteilt Lena Marten … (martenl@…)", a town's news item naming its officer): that person's, on any
    // page of a site its own mailbox says is the seller's. Their initial and surname, or both names
    // apart (own-site.ts, personalMailbox: "martenl@", "lena.marten@"): a given name alone ("lena@")
    // may be a desk's as well.
    for (const f of fullNames.length ? found.findings : []) {
      if (f.kind !== 'email' || getDomain(emailDomain(f.value)) !== site) continue;
      const local = f.value.slice(0, f.value.indexOf('@'));
      if (fullNames.some((name) => personalMailbox(local, name))) confirmed.add(`email\u0000${f.value}`);
    }
    // A contact form's recipients (formMailboxes: its list's, its hidden fields'): the mailboxes at the site's
    // domain are its own desks' and people's, as its chrome's are (a marketplace's never get here).
    for (const m of formMailboxes) {
      const e = normalise('email', m, found.country);
      if (e !== undefined && getDomain(emailDomain(e)) === site) confirmed.add(`email\u0000${e}`);
    }
    // A mailbox at the site's domain named for a person (its local part opens with a known given
    // name: "lena@", "anna.berg@"), behind a "Send email" link in a table of its key contacts: its
    // staff's, on the contact, team or home page of a site its own mailbox says is the seller's.
    // Not a desk's ("info@"); elsewhere (an employer's vacancy naming another contact) such a
    // mailbox keeps the rules of any page. So is any other mail link's mailbox at its domain there
    // (a university's home page's "e-mail" link to its office's "wendrich@"), where the page gives
    // no other party's mailbox (a network's member's page does: the network's "info@" is not the
    // member's). (`site`: the page's registrable domain, found above.)
    for (const f of contactPage ? found.findings : []) {
      if (f.kind !== 'email' || getDomain(emailDomain(f.value)) !== site) continue;
      if (opensWithMailboxGiven(f.value) || (f.origin === 'attr:href' && !otherParty && !isRoleAddress(f.value))) confirmed.add(`email\u0000${f.value}`);
    }
  }
  // A mailbox of the header's or the footer's that spells a person the content names, both their
  // names ("marten.lena@" under "Ing. Lena Marten" in the content): that person's, on any site, as
  // a seller box's is. Not a desk's ("info@"), which spells no one; the platform's staff's mailbox
  // in its footer spells no one the ad names.
  for (const m of fullNames.length ? new Set(chromeMailboxes) : []) {
    const e = normalise('email', m, found.country);
    if (e === undefined) continue;
    const local = e.slice(0, e.indexOf('@'));
    if (fullNames.some((name) => spellsBothNames(local, name))) {
      found.add('email', e, SITE_CHROME_ORIGIN);
      confirmed.add(`email\u0000${e}`);
    }
  }
  // A person's own page on the site: their mailbox at its domain, one that spells their name ("lena.marten@").
  if (profileName !== undefined) {
    for (const f of found.findings) {
      if (f.kind === 'email' && getDomain(emailDomain(f.value)) === site && mailboxOf(f.value.slice(0, f.value.indexOf('@')), profileName)) confirmed.add(`email\u0000${f.value}`);
    }
  }
  const kept = filterFindings(found.findings, {
    urls,
    sellerValues: confirmed,
    businessNames: found.businessNames,
    personNames: found.personNames,
    labelledPeople: found.labelledPeople,
    pageIds: [...pageIds],
    taxIds,
    operatorDomains: operators,
    sellersSite: found.sellersSite,
    country: opts.country,
  });
  const platform = found.sellersSite ? new Set<string>() : platformLinePhones(found, confirmed, urls, pageText, operators);
  for (const value of embedded.notVoice) platform.add(value);
  if (!found.sellersSite) for (const value of platformLabelledPhones(found, confirmed)) platform.add(value);
  // Not on a site its own mailbox says is the seller's either: its address before its number is its own.
  if (!found.sellersSite && !ownMailbox) for (const value of siteNamedPhones(found, confirmed, opts.url, pageText)) platform.add(value);
  if (!found.sellersSite && !ownChrome) for (const value of chromeCallLines(chromeLinks, found, confirmed)) platform.add(value);
  for (const value of reviewOnlyPhones(kept, pageText, reviewTexts)) platform.add(value);
  for (const value of helpLinePhones(found, pageText.text)) platform.add(value);
  for (const value of argentineMobileTwins(kept)) platform.add(value);
  for (const value of authorityCallLinks(kept, text, authorityBlocks)) platform.add(value);
  // Mail links dropped: scrambled ones, and those only an authority's or a site maker's block gives.
  const droppedMailboxes = scrambledMailtos(kept);
  const authorityOnly = authorityOnlyValues(kept, text, authorityBlocks);
  for (const box of authorityOnly.mailboxes) droppedMailboxes.add(box);
  for (const box of creditedMakersMailboxes(kept, text, rawChrome, opts.url)) droppedMailboxes.add(box);
  // Names dropped: those only in reviews, and a given name alone whose fuller name the page prints
  // (fullerNamesOfGivenNames) where that name is kept: the same person.
  const droppedNames = reviewOnlyNames(kept, pageText, reviewTexts);
  for (const name of namesWrittenAsWords(kept, pageText)) droppedNames.add(name);
  for (const name of lifeDatedNames(kept, pageText)) droppedNames.add(name);
  // ...and a name only an authority's or a site maker's block gives (the designer over their mailbox).
  for (const name of authorityOnly.names) droppedNames.add(name);
  // The site's own name read as a person's ("Valle Noticias" on vallenoticias.es, a
  // news outlet's schema.org author that is the outlet itself): its brand, no one's name; not a
  // person's own site named after them ("lenamarten.com"), whose name opens with a given name.
  const brand = plainLetters(getDomainWithoutSuffix(opts.url) ?? '');
  if (brand.length >= 4) for (const f of kept) if (f.kind === 'name' && plainLetters(f.value) === brand && !opensWithGivenName(f.value)) droppedNames.add(f.value);
  for (const [given, full] of fuller) if (kept.some((f) => f.kind === 'name' && f.value === full) && !droppedNames.has(full)) droppedNames.add(given);
  // A name read from the text beside the same name with one word more after it ("Kamal Reilly" from
  // a card's text, whose scan stops at a surname written in small letters, and "Kamal Reilly Wendt"
  // from its data): the same person, once, by the fuller name. Not where that word is a trade's
  // ("Lena Marten Immobilien"); nor two names of the page's data (two sellers of a result page,
  // "Hanna Novak" and "Hanna Novak Kowal"). The name a personal site's address or title gives
  // ("lenamarten.com" read "Lena Marten", beside the text's "Lena Marten Wendt") is a shorter one as the text's are.
  const textNames = new Set(kept.filter((f) => f.kind === 'name' && (f.origin.startsWith('text') || f.origin === SITE_OWNER_ORIGIN)).map((f) => f.value));
  for (const f of textNames.size ? kept : []) {
    const cut = f.kind === 'name' ? f.value.lastIndexOf(' ') : -1;
    const shorter = f.value.slice(0, cut);
    if (cut > 0 && shorter.includes(' ') && textNames.has(shorter) && !droppedNames.has(f.value) && !tradeName(f.value)) droppedNames.add(shorter);
  }
  // A name the text writes in the other order from a seller box's or the page's data ("Lena MARTEN
  // vous propose …" in a card's description, "MARTEN Lena" on its publisher badge): the same person, once.
  const orderedNames = new Set(kept.filter((f) => f.kind === 'name' && !textNames.has(f.value) && f.value.includes(' ')).map((f) => wordsInOrder(f.value)));
  if (orderedNames.size > 0) for (const name of textNames) if (name.includes(' ') && orderedNames.has(wordsInOrder(name)) && !kept.some((f) => f.kind === 'name' && f.value === name && !textNames.has(f.value))) droppedNames.add(name);
  const out =
    platform.size === 0 && droppedMailboxes.size === 0 && droppedNames.size === 0
      ? kept
      : kept.filter(
          (f) =>
            !(f.kind === 'phone' && platform.has(f.value)) && !(f.kind === 'email' && droppedMailboxes.has(f.value)) && !(f.kind === 'name' && droppedNames.has(f.value)),
        );
  return onlyAllowedGeneric(out, opts.rules?.generic, found.byRule);
}

/** A name's words sorted, so that "marten lena" and "lena marten" read alike. */
function wordsInOrder(name: string): string {
  return name.split(' ').sort().join(' ');
}

/**
 * A call link whose number the page's text (`text`, without the blocks) gives only in an authority's
 * or the host's block, which withoutAuthorityBlocks took out ("Telefon: <a href='tel:+49…'>030 555-0</a>" under
 * "Zuständige Kammer"): that body's line, as the block's text is. Matched by the last seven digits
 * (a chamber's switchboard is short: "030 555-0").
 */
function authorityCallLinks(findings: readonly Finding[], text: string, blocks: readonly string[]): string[] {
  if (blocks.length === 0) return [];
  const inBlocks = blocks.join('\n').replace(NOT_DIGIT, '');
  // The text without the blocks: a number the business gives elsewhere too is its own.
  const page = text.replace(NOT_DIGIT, '');
  const out: string[] = [];
  for (const f of findings) {
    if (f.kind !== 'phone' || f.origin !== 'attr:href') continue;
    const tail = f.value.slice(-AUTHORITY_TAIL);
    if (inBlocks.includes(tail) && !page.includes(tail)) out.push(f.value);
  }
  return out;
}
/**
 * The mail links' mailboxes and the names found that only such a block gives (the site maker's under
 * "Realisation"), as authorityCallLinks' numbers: found values are in small letters, so the texts are read so.
 */
function authorityOnlyValues(findings: readonly Finding[], text: string, blocks: readonly string[]): { mailboxes: string[]; names: string[] } {
  const out = { mailboxes: [] as string[], names: [] as string[] };
  if (blocks.length === 0) return out;
  const inBlocks = blocks.join('\n').toLowerCase();
  const page = text.toLowerCase();
  for (const f of findings) {
    const list = f.kind === 'name' ? out.names : f.kind === 'email' && f.origin === 'attr:href' ? out.mailboxes : undefined;
    if (list && inBlocks.includes(f.value) && !page.includes(f.value)) list.push(f.value);
  }
  return out;
}
const AUTHORITY_TAIL = 7;

/**
 * An Argentine mobile read both as it is dialled from abroad ("+54 9 11 5555-2006", a WhatsApp
 * link's) and as the page writes it at home ("11 5555-2006", which reads as a landline's number):
 * one line, kept in its mobile form; the other is no second number.
 */
function argentineMobileTwins(findings: readonly Finding[]): string[] {
  const mobiles = new Set<string>();
  for (const f of findings) if (f.kind === 'phone' && f.value.startsWith('+549') && f.value.length === 14) mobiles.add(f.value);
  if (mobiles.size === 0) return [];
  return findings.filter((f) => f.kind === 'phone' && f.value.length === 13 && f.value.startsWith('+54') && mobiles.has(`+549${f.value.slice(3)}`)).map((f) => f.value);
}

/**
 * A site's own contact, legal-notice, about-us, team or customer-service page, by the last words of
 * its address's path in the markets' languages ("/kontakt", "/contatti.html", "/impressum", "/mentions-legales",
 * "/om-oss", "/nasz_zespol.html"), and a word after them ("/contato-advocacia.php"), or a page
 * template's comma-separated parameters ("/contact,en,2,9.cfm").
 */
const CONTACT_PAGE_PATH = new RegExp(
  `(?:^|[/_-])(?:${[
    // (a word after one, "contact-us", "mentions-legales", and a word before one, "our-team", "aviso-legal", are taken as they are)
    'contact|contacts|contactus|contactez-nous|contacto|contactos|contactanos|contato|contatti|contattaci|kontakt|kontakty|kontakte|kontaktai|kontaktid|yhteystiedot|ota-yhteytta',
    // and the verbs sites name it with ("…-contacter", "kontaktieren", "get-in-touch"), and the
    // words of the markets whose pages were not read before (HU, TR, EL, LV, SV, IS)
    'contacter|contactar|contattare|contacteer|kontaktieren|kontaktiere|get-in-touch|kapcsolat|elerhetoseg|elerhetosegek|elérhetőség|elérhetőségek|iletisim|epikoinonia|kontakti|kontakta|hafa-samband',
    'impressum|impresszum|imprint|legal|mentions|note-legali|colofon|colophon',
    'about|aboutus|om-oss|om-os|om-meg|uber-uns|ueber-uns|chi-siamo|qui-sommes-nous|quienes-somos|sobre-nos|over-ons|o-nas|o-nás|meista|rolunk|hakkimizda|o-nama|despre-noi',
    // ...written joined or as one word ("/quemsomos.html", "/chisiamo.php", "/sobre", "/nosotros", "/a-propos")
    'quem-somos|quemsomos|quiensomos|chisiamo|quisommesnous|uberuns|ueberuns|overons|sobrenos|sobre|nosotros|a-propos|apropos|about-me|aboutme|uber-mich|ueber-mich|chi-sono|sobre-mi|qui-suis-je',
    'team|equipe|équipe|zespol|zespół|tym|tim|mitarbeiter|ansprechpartner|medarbetare|medarbeidere|staff|people|csapat|ekibimiz|echipa',
    // a club's, an association's or a parish's board and clergy ("/vorstand.html", "/le-bureau", "/bestuur")
    // (not a forum's or a job site's "message-board", "job-board"; not a French "bureau" alone, an office to let)
    'vorstand|vorstandschaft|board(?<!(?:message|job|jobs|bulletin|notice|discussion|dash|key|snow|skate|surf)[-_]?board)|committee|officers|bestuur|styrelse|styre|styret|bestyrelse|hallitus|' +
      'le-bureau|notre-bureau|membres-du-bureau|bureau-directeur|comite|comité|comitato|direttivo|' +
      'junta-directiva|zarzad|zarząd|vybor|výbor|vezetoseg|vezetőség|duszpasterze|seelsorge|clergy',
    // a shop's customer service page, with its departments' mailboxes
    'customer-service|kundenservice|kundendienst|service-client|servicio-al-cliente|atencion-al-cliente|servizio-clienti|klantenservice|' +
      'kundeservice|kundservice|asiakaspalvelu|obsluga-klienta|zakaznicky-servis|zakaznicke-centrum',
  ].join('|')})(?:[-_][a-z\\u00C0-\\u024F]+)?(?:,[a-z0-9,]+)?(?:\\.[a-z]{2,5})?/?$`,
  'i',
);
/** A site's home page ("/", "/index.html", "/home"), which a small business's one-page site is. */
const HOME_PAGE_PATH = /^\/(?:index\.[a-z]{2,5}|home|inicio|accueil|startseite|hjem|etusivu)?\/?$/i;

/**
 * The path of a page's address, decoded; empty for an address that does not parse. On a host that
 * serves each of its users' projects under a folder of its own (GitHub's and GitLab's pages,
 * "lena-marten.github.io/wendell-studio/kontakt.html"), the path within the project's folder: the
 * folder is the project's site's root. (A user's own site there, "lena-marten.github.io/kontakt.html",
 * has no folder before its page.)
 */
function pathOf(url: string): string {
  try {
    const u = new URL(url);
    const path = decodeURIComponent(u.pathname);
    return PROJECT_PAGES_HOST.test(u.hostname) ? path.replace(/^\/[^/]+(?=\/)/, '') : path;
  } catch {
    return '';
  }
}
const PROJECT_PAGES_HOST = /\.(?:github|gitlab)\.io$/i;

/**
 * Names the page's text gives only inside blocks of reviews (REVIEWS in layout.ts): a customer's
 * "Go see Mr. Mark Roe" about the staff who served them, a reviewer's signature; the business's
 * people as its customers saw them, or its customers, not the advertiser. A name the text also
 * gives outside them is kept, and so is one a field or a seller box gives.
 */
function reviewOnlyNames(findings: readonly Finding[], pageText: PageText, reviewTexts: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (reviewTexts.length === 0) return out;
  let reviews: string | undefined;
  for (const f of findings) {
    if (f.kind !== 'name' || !(f.origin === 'text' || f.origin.startsWith('text:'))) continue;
    reviews ??= reviewTexts.join('\n').toLowerCase();
    const inReviews = occurrences(reviews, f.value);
    if (inReviews > 0 && inReviews >= occurrences(pageText.lower, f.value)) out.add(f.value);
  }
  return out;
}

/**
 * Numbers the page's text gives only inside blocks of comments or reviews (REVIEWS in layout.ts): a
 * buyer's offer under a classified ad ("I offer 6,000, my number 055…"), a reviewer's; other
 * people's lines, not the advertiser's. A number the text also gives outside them is kept, and so
 * is one a call link, a field or a seller box gives. Compared by their last eight digits, in the
 * texts' digits alone (a number's separators vary).
 */
function reviewOnlyPhones(findings: readonly Finding[], pageText: PageText, reviewTexts: readonly string[]): string[] {
  const out: string[] = [];
  if (reviewTexts.length === 0) return out;
  let reviews: string | undefined;
  let page: string | undefined;
  for (const f of findings) {
    if (f.kind !== 'phone' || !(f.origin === 'text' || f.origin.startsWith('text:'))) continue;
    reviews ??= reviewTexts.join('\n').replace(NOT_DIGIT, '');
    page ??= pageText.lower.replace(NOT_DIGIT, '');
    const tail = f.value.slice(-8);
    const inReviews = occurrences(reviews, tail);
    if (inReviews > 0 && inReviews >= occurrences(page, tail)) out.push(f.value);
  }
  return out;
}
const NOT_DIGIT = /\D+/g;

/**
 * A person the text writes with their years of birth and death ("Dipl.-Ing. Lena Marten
 * (1881-1960)", "Lena Marten (* 1881; † 1960)"): a firm's history, a street's namesake or an
 * obituary names them, no one to contact.
 */
const LIFE_YEARS = /^ ?\((?:\* ?)?(?:1[5-9]|20)\d\d ?(?:[-–—]|[;,] ?†) ?(?:1[5-9]|20)\d\d\)/;
/** What every LIFE_YEARS match holds: a bracket, then a year's first digit. */
const LIFE_YEARS_HINT = /\((?:\* ?)?[12]\d/;
function lifeDatedNames(findings: readonly Finding[], pageText: PageText): string[] {
  const out: string[] = [];
  // Read only on pages with a bracketed year (the page's text lower-cased once, when needed).
  if (!LIFE_YEARS_HINT.test(pageText.text)) return out;
  const lower = pageText.lower;
  for (const f of findings) {
    if (f.kind !== 'name' || !f.value.includes(' ')) continue;
    for (let at = lower.indexOf(f.value); at >= 0; at = lower.indexOf(f.value, at + f.value.length)) {
      const end = at + f.value.length;
      if (LIFE_YEARS.test(lower.slice(end, end + 24))) {
        out.push(f.value);
        break;
      }
    }
  }
  return out;
}

/** Origins of names the page's data or a source's rule states, which namesWrittenAsWords keeps. */
const STATED_OR_RULE = /^(?:json-ld|microdata|embedded|rule)/;

/**
 * Names of two words or more read off the page's layout or prose that its text also writes in
 * lower case, as words of its language ("Penny Saver" over a desk's "pennysaver@" mailbox, and
 * "any other penny saver service" in the prose): a phrase, not a person's name, which running
 * text does not write in lower case. Only where the text also writes it capitalised (the place it
 * was read from), so that a member who writes their own name in lower case keeps it.
 */
function namesWrittenAsWords(findings: readonly Finding[], pageText: PageText): string[] {
  const out: string[] = [];
  for (const f of findings) {
    if (f.kind !== 'name' || !f.value.includes(' ') || STATED_OR_RULE.test(f.origin)) continue;
    const lowerCase = wordCount(pageText.text, f.value);
    if (lowerCase > 0 && wordCount(pageText.lower, f.value) > lowerCase) out.push(f.value);
  }
  return out;
}


/** Whether a mailbox's local part spells a name's given and family names both ("marten.lena", "lenamarten"; not "lena" alone). */
function spellsBothNames(local: string, name: string): boolean {
  if (mailboxOf(local, name) !== 'words') return false;
  const letters = plainLetters(local).length;
  const words = name.split(' ');
  return letters > plainLetters(words[0]!).length && letters > plainLetters(words[words.length - 1]!).length;
}

/**
 * Whether the page asks the visitor to write to it in its own voice right before the mailbox
 * ("Nous contacter : solidarite@…", "Contact us: office@…", "Schreiben Sie uns: …", "Inviare una
 * email a …"): the site's own mailbox, as its contact page's is. `lower` is the page's text in lower case.
 */
function afterContactUs(lower: string, email: string): boolean {
  for (let at = lower.indexOf(email); at >= 0; at = lower.indexOf(email, at + email.length)) {
    if (CONTACT_US_BEFORE.test(lower.slice(Math.max(0, at - CONTACT_US_REACH), at))) return true;
    // ...or under a contact details block's heading a few lines up ("Kontaktní údaje" / the street /
    // the number / the mailbox): a branch's or a venue's own details. Not a bare "Contact" or
    // "Kontakt" (an agency's ad heads its office's mailbox so, which keeps the rules of any page).
    // Or a line there that ends asking the visitor to get in touch ("Per qualsiasi domanda
    // contattateci!" over a hotel's address, number and mailbox).
    const lines = lower.slice(Math.max(0, at - CONTACT_BLOCK_CHARS), at).split('\n').slice(-CONTACT_HEADING_REACH - 1, -1);
    if (lines.some((l) => CONTACT_HEADING_LINE.test(l.trim()) || CONTACT_US_BEFORE.test(l))) return true;
  }
  return false;
}
/**
 * Whether the mailbox's line comes right under a line that gives a number after a phone's label, in
 * a block that a heading of its own opens ("Vermietungsbüro" / "Wendelweg 1" / "12345 Berlin" /
 * "Tel. (030) 555 - 1111" / "vermietung@…"): an office's address block on its own site's page. Or
 * the block sets each value under its label ("Telefoonnummer:" / "011 / 55 01 42" / "Email:" /
 * "info@…", the mailbox's label also on its line): there the labels say which line is which.
 */
function underNumberLine(lower: string, email: string): boolean {
  for (let at = lower.indexOf(email); at >= 0; at = lower.indexOf(email, at + email.length)) {
    const lines = lower.slice(Math.max(0, at - CONTACT_BLOCK_CHARS), at).split('\n');
    let k = lines.length - 1;
    const before = lines[k]!.trim();
    // The mailbox alone on its line under "Tel. 030 …"; or, in label-over-value lines, after its
    // label on its line or the line above, under a number whose label is on the line above it.
    if (before === '' && PHONE_LABEL_LINE.test(lines[k - 1] ?? '')) return true;
    // ...or after its label on the line under the labelled number, in a postal block ("5555 Wendell," /
    // "Tel.: 0680 …" / "E-Mail: …"), as an imprint lists them; not a card's desk with its number alone.
    if (EMAIL_LABEL_ALONE.test(before) && PHONE_LABEL_LINE.test(lines[k - 1] ?? '') && lines.slice(0, k - 1).some((l) => POSTCODE_TOWN_LINE.test(l))) return true;
    if (before !== '' && !EMAIL_LABEL_ALONE.test(before)) continue;
    if (before === '' && EMAIL_LABEL_ALONE.test(lines[k - 1] ?? '')) k--;
    if (NUMBER_ALONE_LINE.test(lines[k - 1] ?? '') && PHONE_LABEL_ALONE.test(lines[k - 2] ?? '')) return true;
  }
  return false;
}
const PHONE_LABELS = 'tel|tel\\.|telefon|telephone|téléphone|tél\\.?|phone|fon|t\\.|telefoon|telefoonnummer|telefonnummer|telefono|teléfono|telefone|puhelin|tlf\\.?';
/** Whom a number reaches, in brackets after it ("0486 55 01 42 (Lena)", "(office)"). */
const NUMBER_HOLDER = "(?:[ \\t]*\\([\\p{L} .'’-]{1,30}\\))?";
const PHONE_LABEL_LINE = new RegExp(`^[ \\t]*(?:${PHONE_LABELS})[ \\t]*:?[ \\t]*[+(]?\\d[\\d ()./-]{5,}\\d${NUMBER_HOLDER}[ \\t]*$`, 'u');
const PHONE_LABEL_ALONE = new RegExp(`^[ \\t]*(?:${PHONE_LABELS})[ \\t]*:?[ \\t]*$`, 'u');
const NUMBER_ALONE_LINE = new RegExp(`^[ \\t]*[+(]?\\d[\\d ()./-]{5,}\\d${NUMBER_HOLDER}[ \\t]*$`, 'u');
/** A postcode and its town, a postal block's line (lower case: underNumberLine reads the text so). */
const POSTCODE_TOWN_LINE = /^[ \t]*(?:[a-z]{1,2}-)?\d{4,5} \p{Ll}[\p{Ll} .'’()-]{1,40},?[ \t]*$/u;
const EMAIL_LABEL_ALONE = /^[ \t]*(?:e-?mail|mail|courriel|e-post|sähköposti)[ \t]*:?[ \t]*$/u;
const CONTACT_HEADING_REACH = 5;
const CONTACT_BLOCK_CHARS = 400;
const CONTACT_HEADING_LINE =
  /^(?:contact details|contact information|kontaktdaten|kontaktní údaje|kontaktné údaje|kontaktuppgifter|kontaktinformasjon|kontaktoplysninger|yhteystiedot|dati di contatto|datos de contacto|dados de contato|dados de contacto|coordonnées|contactgegevens|dane kontaktowe)\s*:?$/u;
const CONTACT_US_REACH = 40;
const CONTACT_US_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:contact us|email us|e-mail us|write to us|nous contacter|contactez-nous|écrivez-nous|kontaktieren sie uns|schreiben sie uns|contattaci|contattarci|contattateci|scrivici|scriveteci|contáctanos|contactarnos|escríbenos|contacte-nos|neem contact met ons op|mail ons|kontakta oss|skriv till oss|skriv til oss|kontakt oss|ota yhteyttä|napisz do nas|skontaktuj się z nami|` +
    // ...or asks the visitor to send the site a mail, in the same voice ("Inviare una email a …", "Send an email to …")
    `(?:send|write) (?:an )?e-?mail to|(?:inviare|inviate|invia|mandare|mandate|manda) (?:una )?e-?mail a|scrivete a|scrivi a|` +
    `(?:envoyer|envoyez) (?:un )?(?:e-?mail|courriel|mail) à|(?:enviar|envía|envíe|envie|envia) (?:un )?(?:correo|e-?mail) a|` +
    `(?:senden|schicken) sie (?:uns )?(?:eine )?e-?mail an|(?:stuur|stuurt) (?:ons )?(?:een )?e-?mail naar|(?:wyślij|wyślijcie) (?:e-?mail|wiadomość) na adres)\\s*[:：!]?\\s*$`,
  'u',
);

/** How many times `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * The source's `rules.generic`: the kinds the generic detectors may find (true: all; false: none).
 * A value a rule found is kept whatever else read it too.
 */
function onlyAllowedGeneric(findings: Finding[], generic: boolean | readonly IdentifierKind[] | undefined, byRule: ReadonlySet<string>): Finding[] {
  if (generic === undefined || generic === true) return findings;
  const allowed = new Set<IdentifierKind>(generic === false ? [] : generic);
  return findings.filter((f) => allowed.has(f.kind) || byRule.has(`${f.kind}\u0000${f.value}`));
}

/**
 * Addresses a page scrambles in its mailto links with ROT13 while it shows the real one as the
 * link's text ("<a href='mailto:naan@rknzcyr.pbz'>anna@example.com</a>", unscrambled by a script on
 * a click): the link's address is nobody's. Only an address of a link whose ROT13 is an address
 * the page's text shows is dropped.
 */
function scrambledMailtos(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  const shown = new Set<string>();
  for (const f of findings) if (f.kind === 'email' && !f.origin.startsWith('attr:')) shown.add(f.value);
  if (shown.size === 0) return out;
  for (const f of findings) if (f.kind === 'email' && f.origin === 'attr:href' && !shown.has(f.value) && shown.has(rot13(f.value))) out.add(f.value);
  return out;
}

/** The page's text and its lower-case form, made once when first asked for (not every page needs it). */
class PageText {
  private lowerCase: string | undefined;
  constructor(readonly text: string) {}
  get lower(): string {
    return (this.lowerCase ??= this.text.toLowerCase());
  }
}

/**
 * A number the page's text labels, somewhere, as the platform's own line (customer service, a
 * hotline: see phones.ts's PLATFORM_LABEL), found unlabelled elsewhere on the page (in a header,
 * a sticky call box): the platform's line there too, unless the seller's card or data carry it.
 */
function platformLabelledPhones(found: FindingSet, confirmed: ReadonlySet<string>): string[] {
  if (found.platformLabelledDigits.size === 0) return [];
  return found.findings
    .filter((f) => f.kind === 'phone' && !confirmed.has(`phone\u0000${f.value}`) && found.platformLabelledDigits.has(f.value.slice(-PLATFORM_DIGITS)))
    .map((f) => f.value);
}

/**
 * A marketplace's own line in its header's or footer's call link ("<a href='tel:+18665550142'>1 866
 * 555-0142</a>" in its top bar): the same number in a sticky call button or a menu of the content
 * is that line too, on a page whose seller's card or data give the seller's own number. Not on the
 * seller's own site (its chrome is the seller's), nor a number the seller's card or data carry.
 * Returns the phones (normalised) to drop.
 */
function chromeCallLines(chromeLinks: readonly AttributeValue[], found: FindingSet, confirmed: ReadonlySet<string>): string[] {
  const out: string[] = [];
  // Only where the seller's own number is known and is another: a dealer's site that shows no
  // marketplace's sign of its own but is not read as the dealer's puts the dealer's line there.
  let sellersPhone = false;
  for (const key of confirmed) {
    if (key.startsWith('phone\u0000')) {
      sellersPhone = true;
      break;
    }
  }
  if (!sellersPhone) return out;
  for (const a of chromeLinks) {
    const value = calledNumber(a.value, found);
    if (value && !confirmed.has(`phone\u0000${value}`)) out.push(value);
  }
  return out;
}

/**
 * The platform's own line beside its own address: "02 555 0142 help@site.example" in a footer
 * that carries no footer mark. A phone whose number is on the line of an e-mail that is the platform's (at the
 * page's registrable domain, or a role address such as info@ or support@), or on the short lines
 * under it (the same block), and that the seller's
 * card or data do not carry is the platform's, as the address is. Only the lines of such
 * addresses are scanned. Returns the phones (normalised) to drop.
 */
function platformLinePhones(found: FindingSet, confirmed: ReadonlySet<string>, urls: readonly string[], pageText: PageText, operators: ReadonlySet<string>): Set<string> {
  const text = pageText.text;
  const out = new Set<string>();
  const domains = new Set(urls.map((u) => getDomain(u)).filter((d): d is string => !!d));
  for (const d of operators) domains.add(d);
  const platform = found.findings.filter(
    (f) =>
      f.kind === 'email' &&
      !confirmed.has(`email\u0000${f.value}`) &&
      (isRoleAddress(f.value) || domains.has(getDomain(f.value.slice(f.value.lastIndexOf('@') + 1)) ?? '')),
  );
  if (platform.length === 0) return out;
  const phones = found.findings.filter((f) => f.kind === 'phone' && !confirmed.has(`phone\u0000${f.value}`));
  if (phones.length === 0) return out;
  const lower = pageText.lower;
  for (const email of platform) {
    for (let at = lower.indexOf(email.value); at >= 0; at = lower.indexOf(email.value, at + 1)) {
      const from = text.lastIndexOf('\n', at) + 1;
      let to = text.indexOf('\n', at);
      // The short lines right under it belong to the same block ("To advertise: ads@site or call"
      // above its sales staff's "Name 076 …" lines): read to the first long or empty line.
      for (let k = 0; k < PLATFORM_BLOCK_LINES && to >= 0; k++) {
        const next = text.indexOf('\n', to + 1);
        const line = text.slice(to + 1, next < 0 ? text.length : next);
        if (!line.trim() || line.length > PLATFORM_BLOCK_LINE || startsOwnContactRow(text, next, line)) break;
        to = next;
      }
      // The line's digits, however the number is spaced or glued to the address ("8531cs@...").
      const block = text.slice(from, to < 0 ? text.length : to);
      const digits = block.replace(/\D/g, '');
      if (digits.length < PLATFORM_DIGITS) continue;
      for (const p of phones) if (digits.includes(p.value.slice(-PLATFORM_DIGITS))) out.add(p.value);
      // And what the phone scan reads in the block, as the page's scan read it (a short number,
      // one split by a dash: their last digits need not be the block's).
      if (block.includes('\n')) {
        for (const value of phonesIn(block.slice(block.indexOf('\n') + 1), found, 'platform-block')) if (!confirmed.has(`phone\u0000${value}`)) out.add(value);
      }
    }
  }
  return out;
}

/**
 * The mailboxes at the site's domain (not a function's: isRoleAddress) that `text` prints with a
 * number of seven digits or more on their line or within STAFF_CARD_LINES lines of it, when two such
 * mailboxes at least do so: a staff list's people, each with their line and mailbox.
 */
function staffListMailboxes(found: FindingSet, url: string, text: string, lower: string): string[] {
  const site = getDomain(url);
  const out: string[] = [];
  for (const f of found.findings) {
    if (f.kind !== 'email' || isRoleAddress(f.value) || getDomain(emailDomain(f.value)) !== site || out.includes(f.value)) continue;
    const at = lower.indexOf(f.value);
    if (at < 0) continue;
    let from = at;
    for (let k = 0; k <= STAFF_CARD_LINES && from > 0; k++) from = text.lastIndexOf('\n', from - 1);
    let to = at;
    for (let k = 0; k <= STAFF_CARD_LINES && to >= 0; k++) to = text.indexOf('\n', to + 1);
    // The lines around it, without the mailbox itself (its own digits are no number).
    const around = text.slice(Math.max(0, from), at) + text.slice(at + f.value.length, to < 0 ? undefined : to);
    if (NUMBER_RUN.test(around)) out.push(f.value);
  }
  return out.length >= 2 ? out : [];
}
/** The shortest given name a mailbox's local part is read as (not "al@", "ed@"). */
const MIN_MAILBOX_GIVEN = 3;
/** Lines either side of a staff member's mailbox that hold their number. */
const STAFF_CARD_LINES = 2;

/**
 * Whether `line` names a person whose own mailbox is on one of the next three lines ("Anna B.
 * Berg" / "(02) 8555 …" / "anna.berg@…"): the next row of a table of contacts, each with their
 * line and mailbox, not more of the block above it.
 */
function startsOwnContactRow(text: string, lineEnd: number, line: string): boolean {
  if (lineEnd < 0 || line.length > 60 || !/^\p{Lu}/u.test(line) || !line.includes(' ')) return false;
  // Without its middle initials ("Luz Ann D. Navarro": "luz.navarro@").
  const name = line.trim().split(' ').filter((w) => w.replace(/\./g, '').length > 1).join(' ');
  for (const l of text.slice(lineEnd + 1, lineEnd + 241).split('\n', 3)) {
    const at = l.indexOf('@');
    if (at <= 0) continue;
    const local = l.slice(0, at).split(/[\s:<(]/).pop() ?? '';
    if (local && mailboxOf(local, name)) return true;
  }
  return false;
}

/**
 * A number the text gives right after the site's own address as a name ("ponerte en contacto con
 * Atrapalo.com en el número 902 …", "call Example.com on …"): the platform's line, unless the
 * seller's card or data carry it. The address is the page's registrable domain written as a word
 * (not inside an e-mail or a host name); the number must come within SITE_NAME_REACH characters
 * after it, in the same sentence and paragraph, with no person's name on a line between. Not on a
 * seller's own site, whose address before its number is the seller's own.
 */
function siteNamedPhones(found: FindingSet, confirmed: ReadonlySet<string>, url: string, pageText: PageText): string[] {
  const text = pageText.text;
  const site = getDomain(url);
  if (!site) return [];
  const phones = new Set(found.findings.filter((f) => f.kind === 'phone' && !confirmed.has(`phone\u0000${f.value}`)).map((f) => f.value));
  if (phones.size === 0) return [];
  const lower = pageText.lower;
  let at = lower.indexOf(site);
  if (at < 0) return [];
  const out = new Set<string>();
  for (let seen = 0; at >= 0 && seen < 50; at = lower.indexOf(site, at + site.length), seen++) {
    if (/[\p{L}\p{N}@./_-]/u.test(lower[at - 1] ?? '') || /[\p{L}\p{N}_-]/u.test(lower[at + site.length] ?? '')) continue;
    let reach = text.slice(at + site.length, at + site.length + SITE_NAME_REACH);
    const end = SENTENCE_END.exec(reach);
    if (end) reach = reach.slice(0, end.index);
    // A person's name on a line of its own between them ("Wendell.pl" / "Lena Marten" / "mgr …" /
    // "+48 …", a one-person business's contact block under its site's name): the number is theirs.
    if (reach.split('\n').some((line) => personLine(line.trim()))) continue;
    for (const value of phonesIn(reach, found, 'site-named')) if (phones.has(value)) out.add(value);
  }
  return [...out];
}
/**
 * A crisis or counselling line a practice's page points its visitors to ("Nachts erreichen Sie das
 * Krisentelefon unter 0800 …", "call the Samaritans on …"): that service's number, not the
 * advertiser's. The number within 80 characters after the service's word, on its line.
 */
const HELP_LINE = /(?<![\p{L}])(?:krisentelefon|krisendienst|krisenhotline|telefonseelsorge|notfallseelsorge|crisis (?:line|hotline|helpline)|suicide (?:hotline|helpline|prevention line)|samaritans|sos amitié|suicide écoute|telefono amico|telefono azzurro|telefon zaufania|linka důvěry|hulplijn|zelfmoordlijn|självmordslinjen|kirkens sos)(?![\p{L}])[^\n]{0,80}/giu;
const HELP_LINE_HINT = /krisen|seelsorge|crisis|suicid|samaritan|sos|telefono|zaufania|důvěry|hulplijn|zelfmoord|självmord|kirkens/i;
function helpLinePhones(found: FindingSet, text: string): string[] {
  if (!HELP_LINE_HINT.test(text)) return [];
  const out: string[] = [];
  HELP_LINE.lastIndex = 0;
  for (let m = HELP_LINE.exec(text); m; m = HELP_LINE.exec(text)) out.push(...phonesIn(m[0], found, 'help-line'));
  return out;
}

/** How far after the site's address its number may be (characters). */
const SITE_NAME_REACH = 120;
/** A line that is a person's name alone: two or three capitalised words that open with a known given name. */
function personLine(line: string): boolean {
  return NAME_LINE.test(line) && opensWithGivenName(line);
}
/** A sentence's or a paragraph's end: a full stop, "!" or "?" before a capital or a new line; an empty line. */
const SENTENCE_END = /[.!?]\s*(?:\n|\s\p{Lu})|\n\s*\n/u;

/** Short lines under the platform address's line read as its block, at most, and how long such a line may be. */
const PLATFORM_BLOCK_LINES = 8;
const PLATFORM_BLOCK_LINE = 48;

/** Lines either side of an e-mail that make one contact block with it ("Get in touch", then "045 ... info@..."). */
const CONTACT_BLOCK_LINES = 1;

/**
 * An agency's or a dealer's own site (not a marketplace) shows its address beside the seller's
 * number in a contact block ("Get in touch / 01 555 0142 office@agency.example"): an e-mail of
 * the page's own domain (not a role address) is the seller's when the seller's confirmed phone
 * (seller box, seller data) is on its line or the line either side in the page's text. Only pages
 * with such an e-mail and such a phone are looked at, and only the lines around the e-mail are
 * scanned. A mailbox named after a person the page shows in a contact block is the seller's too,
 * and that person's name is added to `found` (its findings array, which the filter reads after this
 * runs; see mailboxOwner). For a mailbox of another domain only its owner's name is added (the
 * mailbox is kept as any other). Returns `sellerValues` with the own domain's seller e-mails added.
 */
function withSellersSiteEmails(found: FindingSet, sellerValues: Set<string>, urls: readonly string[], pageText: PageText): Set<string> {
  const text = pageText.text;
  const domains = new Set(urls.map((u) => getDomain(u)).filter((d): d is string => !!d));
  const emails: Finding[] = [];
  const others: Finding[] = [];
  for (const f of found.findings) {
    if (f.kind !== 'email' || isRoleAddress(f.value)) continue;
    if (domains.has(getDomain(f.value.slice(f.value.lastIndexOf('@') + 1)) ?? '')) {
      if (!sellerValues.has(`email\u0000${f.value}`)) emails.push(f);
    } else if (!isPlaceholderEmail(f.value)) others.push(f);
  }
  if (emails.length === 0 && others.length === 0) return sellerValues;
  const lower = pageText.lower;
  // A mailbox of another domain (an agent's own, a free-mail one) is kept as it is; the person it
  // is named after, shown in its contact block ("Tom Reed" / "Cell: …" / "tom@…"), is the one who
  // answers it: an agency's team page names its agents so.
  for (const email of others.slice(0, MAX_MAILBOXES)) {
    const owner = mailboxOwner(email.value, text, lower, urls);
    if (owner !== undefined) found.add('name', owner, MAILBOX_OWNER_ORIGIN);
  }
  if (emails.length === 0) return sellerValues;
  for (const email of emails.slice(0, MAX_MAILBOXES)) {
    const owner = mailboxOwner(email.value, text, lower, urls) ?? namedBeforeMailbox(email.value, text, lower) ?? namedInSentenceBeforeMailbox(email.value, text, lower);
    if (owner === undefined) continue;
    sellerValues.add(`email\u0000${email.value}`);
    found.add('name', owner, 'site-mailbox');
  }
  if (!found.findings.some((f) => f.kind === 'phone' && sellerValues.has(`phone\u0000${f.value}`))) return sellerValues;
  for (const email of emails) {
    if (sellerValues.has(`email\u0000${email.value}`)) continue;
    for (let at = lower.indexOf(email.value); at >= 0; at = lower.indexOf(email.value, at + 1)) {
      let from = at;
      for (let k = 0; k <= CONTACT_BLOCK_LINES && from > 0; k++) from = text.lastIndexOf('\n', from - 1);
      let to = at;
      for (let k = 0; k <= CONTACT_BLOCK_LINES && to >= 0; k++) to = text.indexOf('\n', to + 1);
      if (phonesIn(text.slice(Math.max(0, from), to < 0 ? text.length : to), found, 'contact-block').some((value) => sellerValues.has(`phone\u0000${value}`))) {
        sellerValues.add(`email\u0000${email.value}`);
        break;
      }
    }
  }
  return sellerValues;
}

/**
 * Mailboxes looked at for a named owner, per page: of the page's own domain, and of others. A
 * brokerage's team page lists dozens of agents; each look reads at most 200 lines' starts.
 */
const MAX_MAILBOXES = 40;
/** Lines either side of a name line where its mailbox or a phone number must be: one contact block. */
const OWNER_BLOCK_LINES = 3;
const PHONE_LIKE = /\d(?:[\s()./-]?\d){6}/g;

/** A number-like run in the block that is not the page's own id (its digits in the page's address: "Annonsenummer 88123457"). */
function phoneLikeIn(block: string, urls: readonly string[]): boolean {
  PHONE_LIKE.lastIndex = 0;
  for (let m = PHONE_LIKE.exec(block); m; m = PHONE_LIKE.exec(block)) {
    const digits = m[0].replace(/\D/g, '');
    if (!urls.some((u) => u.includes(digits))) return true;
  }
  return false;
}

/**
 * The person a mailbox is named after, when the page shows them: a line that is a person's name
 * (two or three capitalised words, or those with middle initials between: "Jane Q. Doe") whose first
 * name, or first and last name run together or joined by ".", "_" or "-", is the mailbox's local
 * part ("anna.berg@", "annaberg@", "tom@" beside the line "Tom Reed"), or, run together, the last
 * name and the first name's initial either way round ("doej@", "jdoe@" beside "Jane Q. Doe": a
 * firm's mailboxes are often so), or the initial, a separator and the last name ("j.doe@"), with the address or a phone number within three lines (one
 * contact block; a run of digits that is the page's own id, in its address, is no phone). An
 * agency's or a firm's own site names its agents and lawyers that way; a platform's desk
 * ("enquiries@", "sales@") is named after no person. Only lines that start with the local part's
 * first two letters, or end with the last name such a local part would hold, are looked at.
 * Returns the name as the page writes it.
 */
function mailboxOwner(email: string, text: string, lower: string, urls: readonly string[]): string | undefined {
  const local = email.slice(0, email.lastIndexOf('@'));
  const letters = local.replace(/[._-]/g, '');
  if (!/^[a-z]{3,30}$/.test(letters)) return undefined;
  // The first name's initial, a separator, the last name ("j.doe@", "w_berg@"): a firm's form as often.
  const initialDot = /^[a-z][._-][a-z]{3,}$/.test(local);
  const spelt = (words: readonly string[]): boolean => {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    return (
      (letters === first && local === first) || // "chris@" alone is a first name: the local part has no separator then
      letters === first + last ||
      letters === words.join('') ||
      (local === letters && letters.length >= 4 && (letters === last + first[0] || letters === first[0] + last)) ||
      (initialDot && letters === first[0] + last)
    );
  };
  const owner = (at: number, end: number): string | undefined => {
    // Without a post's or a label's words before a colon ("Leiterin: Anna Wendrich" over "wendricha@…").
    const line = text.slice(at + 1, end < 0 ? text.length : end).replace(LABEL_BEFORE_NAME, '');
    const words = personWords(line);
    if (!words) return undefined;
    // As a mailbox spells the name's letters: without their accents ("Grünwald" as "grunwald",
    // "José" as "jose"), or German's way ("gruenwald", "strasser" for "Straßer").
    if (!spelt(words) && !spelt(words.map(plainLetters)) && !spelt(words.map(germanLetters))) return undefined;
    let from = at;
    for (let k = 0; k < OWNER_BLOCK_LINES && from > 0; k++) from = text.lastIndexOf('\n', from - 1);
    let to = end;
    for (let k = 0; k < OWNER_BLOCK_LINES && to >= 0; k++) to = text.indexOf('\n', to + 1);
    const block = lower.slice(Math.max(0, from), to < 0 ? text.length : to);
    return block.includes(email) || phoneLikeIn(block, urls) ? line : undefined;
  };
  // Lines that start with the local part's first two letters, or its first only where the name's
  // second is one a mailbox spells otherwise ("jörg" as "joerg@" or "jorg@").
  for (const needle of [`\n${letters.slice(0, 2)}`, `\n${letters[0]}`]) {
    // `at` is the "\n" before the line (-1 for the text's first line).
    for (let at = lower.startsWith(needle.slice(1)) ? -1 : lower.indexOf(needle), seen = 0; at >= -1 && seen < 200; at = lower.indexOf(needle, at + 1), seen++) {
      if (needle.length === 2 && /^[a-z]$/.test(lower.charAt(at + 2))) continue;
      const found = owner(at, text.indexOf('\n', at + 1));
      if (found) return found;
    }
  }
  // The last name then the initial ("doej"), or the initial then the last name ("jdoe", "j.doe"): lines that end with that last name.
  if ((local !== letters && !initialDot) || letters.length < 4) return undefined;
  // The surname as the page may write it where the mailbox spells its umlauts out ("u.bruenig@"
  // for "Brünig", "r.strasser@" for "Straßer").
  const surnames = (initialDot ? [letters.slice(1)] : [letters.slice(0, -1), letters.slice(1)]).flatMap(withUmlauts);
  for (const surname of surnames) {
    const tail = ` ${surname}\n`;
    for (let end = lower.indexOf(tail), seen = 0; end >= 0 && seen < 50; end = lower.indexOf(tail, end + 1), seen++) {
      const found = owner(lower.lastIndexOf('\n', end), end + tail.length - 1);
      if (found) return found;
    }
  }
  // The heading of the mailbox's own card, the nearest name line above it with no other mailbox
  // between: the surname alone ("reilly@" under "Anna Reilly", where a "Kamal Reilly" has his own
  // card above), or a name with professional letters after it ("lenamarten@" under "Lena Marten, GRI").
  const at = lower.indexOf(email);
  let lineEnd = at < 0 ? -1 : lower.lastIndexOf('\n', at);
  for (let k = 0; k < CARD_ABOVE_LINES && lineEnd > 0; k++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1);
    const line = text.slice(lineStart + 1, lineEnd).replace(LETTERS_AFTER_NAME, '');
    if (line.includes('@')) break;
    // (A person's: opening with a known given name, not a heading's words that end as the mailbox does, "Unsere Welpen" over "welpen@".)
    const words = personWords(line);
    if (words && opensWithGivenName(line) && (spelt(words) || (letters.length >= 4 && letters === plainLetters(words[words.length - 1]!)))) return line;
    lineEnd = lineStart;
  }
  return undefined;
}
/** Lines above a mailbox read for its card's heading (see mailboxOwner). */
const CARD_ABOVE_LINES = 8;
/** Professional letters after a name on its line (", GRI", ", CCIM, ALC"). */
const LETTERS_AFTER_NAME = /,[ \t]*[A-Z]{2,5}(?:,[ \t]*[A-Z]{2,5})*[ \t]*$/;

/** A word as spelt, and with the umlauts and the sharp s a mailbox spells out ("bruenig", "brünig"). */
function withUmlauts(word: string): string[] {
  const umlauts = word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
  return [...new Set([word, umlauts, umlauts.replace(/ss/g, 'ß')])];
}

/** A label's or a post's words and their colon before a name on its line (see mailboxOwner). */
const LABEL_BEFORE_NAME = /^[^:\n\d@]{2,30}:[ \t]*/;

/**
 * The words of a line that is a person's name, lower-case: two or three capitalised words, with
 * middle initials ("Q.") between allowed, the family name also in capitals as French and other
 * pages print it ("Lena MARTEN"); none a role or UI word ("Enquiries Desk", "Sales Team"), nor a
 * trade word. The middle initials are left out.
 */
function personWords(line: string): string[] | undefined {
  const words = line.split(' ');
  if (words.length < 2 || words.length > 5) return undefined;
  const names = words.filter((x, i) => !(i > 0 && i < words.length - 1 && /^\p{Lu}\.?$/u.test(x)));
  // A capital inside a word as some names have one ("McKenzie", "LaToya", "DeShawn"): the mailbox spells it small.
  const capitalised = (x: string, i: number): boolean => /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(x) || (i > 0 && CAPITALS_WORD.test(x));
  if (names.length < 2 || names.length > 3 || !names.every(capitalised)) return undefined;
  const w = names.map((x) => x.toLowerCase());
  return w.some((x) => NOT_NAME.has(x)) || !plausibleName(line) ? undefined : w;
}

/**
 * The person an ad's text names right before a mailbox of the page's own domain named after them
 * ("Email Dave (daveh@…)", "contact Anna: anna.b@…"): a known given name, then the address on the
 * same line within a bracket or a colon, whose local part is that name, alone or with an initial
 * or a surname after it. Returns the name as the page writes it.
 */
function namedBeforeMailbox(email: string, text: string, lower: string): string | undefined {
  const local = email.slice(0, email.lastIndexOf('@'));
  for (let at = lower.indexOf(email), seen = 0; at >= 0 && seen < 20; at = lower.indexOf(email, at + 1), seen++) {
    const before = NAME_BEFORE_MAILBOX.exec(text.slice(Math.max(0, at - 40), at));
    const name = before?.[1];
    // The known given names leave out NOT_NAME's words (scripts/given-names.ts): "Email Sales (…)" is none.
    if (!name || !opensWithGivenName(name)) continue;
    const n = name.toLowerCase();
    if (!local.startsWith(n)) continue;
    const rest = local.slice(n.length);
    if (rest === '' || /^[a-z]$/.test(rest) || /^[._-][a-z]+$/.test(rest)) return name;
  }
  return undefined;
}
/** A capitalised word, then a bracket or a colon before the address, on its line. */
const NAME_BEFORE_MAILBOX = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?: ?\(| ?: ?| at )$/u;

/**
 * A person's name of two or three capitalised words, with the small particles of Dutch, German,
 * French, Spanish and Portuguese family names between them ("Joost van der Berg", "Ana de la Cruz").
 */
const SENTENCE_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}+(?: (?:(?:van|von|de|der|den|da|di|du|la|le|del|dos|das|ten|ter|zu) )*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}/gu;
/** How far before a mailbox, on its line, its owner's name is looked for. */
const SENTENCE_NAME_REACH = 200;

/**
 * The person a sentence names before a mailbox of the page's own domain that is spelt after them:
 * "For more information about this position, please contact Prof.dr. Anna Berg, telephone: …, or
 * by e-mail: anna.berg@…", as an employer's or an agency's own ad names its contact. The name (two
 * or three capitalised words, particles between) on the mailbox's line, at most 200 characters
 * before it, whose given and family names, run together or with the given name's initial, are the
 * mailbox's local part ("anna.berg@", "a.berg@", "annavanderberg@"). A platform's desk ("jobs@",
 * "support@") is spelt after no person. Returns the name as the page writes it.
 */
function namedInSentenceBeforeMailbox(email: string, text: string, lower: string): string | undefined {
  const local = email.slice(0, email.lastIndexOf('@'));
  const letters = local.replace(/[._-]/g, '');
  if (!/^[a-z]{4,40}$/.test(letters)) return undefined;
  for (let at = lower.indexOf(email), seen = 0; at >= 0 && seen < 20; at = lower.indexOf(email, at + 1), seen++) {
    const before = text.slice(Math.max(text.lastIndexOf('\n', at) + 1, at - SENTENCE_NAME_REACH), at);
    for (const m of before.matchAll(SENTENCE_NAME)) {
      // Each word as a mailbox spells it (names.ts: plainLetters): "Müller" is "muller".
      const words = m[0].split(/[ -]/).map(plainLetters);
      if (words.some((w) => w === '')) continue;
      const first = words[0]!;
      const family = words.slice(1).join('');
      const last = words[words.length - 1]!;
      if (letters === first + family || letters === first + last || (local !== letters && (letters === first[0] + family || letters === first[0] + last))) {
        if (plausibleName(m[0])) return m[0];
      }
    }
  }
  return undefined;
}

/**
 * A line that opens with a legal disclaimer's heading ("免责声明：…", "Disclaimer: …",
 * "Haftungsausschluss …"): the site's own text, and the complaint line and mailbox it gives
 * ("如果您认为…请通过以下联系方式告知我们…") are the site's, not an advertiser's.
 */
const DISCLAIMER_LINE = new RegExp(
  `^(?:免责声明|免責聲明|免責事項|免责条款|${anyCase('disclaimer|haftungsausschluss|avertissement|aviso legal|exención de responsabilidad|esclusione di responsabilità|declinazione di responsabilità|vrijwaring|zastrzeżenie prawne|отказ от ответственности|застереження|ansvarsfraskrivelse|ansvarsfriskrivning|vastuuvapauslauseke')})[ ]?[:：].*$`,
  'gm',
);

/**
 * A paragraph of a financing or insurance offer's legal notice, which names the intermediary's
 * register ("courtier d'assurance, n° ORIAS 07…", "authorised and regulated by the Financial
 * Conduct Authority", "iscritto IVASS", "§ 34d GewO"): the broker's or the lender's line in it
 * ("Notre référent est à votre disposition au 03 …") is theirs, not the seller's. Long lines only
 * (a dealer's one-line footer with its own register number and phone is the dealer's).
 */
const FINANCE_NOTICE_LINE = new RegExp(
  `^[^\\n]{0,1500}?(?:\\bORIAS\\b|\\bIVASS\\b|Financial Conduct Authority|\\bFCA (?:number|registration|reference)|${anyCase("courtier d'assurances?|courtier en assurances?|intermédiaire en opérations de banque|intermediario assicurativo|versicherungsvermittler|kreditvermittler")}|§ ?34[cdfi] GewO)[^\\n]*$`,
  'gm',
);
const FINANCE_NOTICE_MIN = 120;
/** The cheap test before the line scan. */
const FINANCE_NOTICE_HINT = /ORIAS|IVASS|Conduct Authority|FCA |courtier|intermédiaire|intermediario|vermittler|GewO/i;

/**
 * A legal notice's line for the site's maker or its data protection officer ("Créateur : …",
 * "Webmaster : … – …@…", "Délégué à la protection des données : …", "Datenschutzbeauftragter: …"),
 * as a generator of legal notices lays them out: a web designer's or an outside officer's name and
 * mailbox, not the advertiser's. A line elsewhere giving the same mailbox ("Responsable publication
 * : … – …@…", the maker again) goes with them (withoutSiteMakerLines).
 */
const SITE_MAKER_LINE = new RegExp(
  `^[ \\t]*(?:${anyCase('créat(?:eur|rice)(?: du site)?|webmaster|web ?designer|délégué(?:e)? à la protection des données|data protection officer|datenschutzbeauftragter|datenschutzbeauftragten|datenschutzbeauftragte|responsabile (?:della )?protezione dei dati|delegado de protección de datos')}|DPO)[ \\t]*:[^\\n]*$`,
  'gmu',
);
const SITE_MAKER_HINT = /créat|webmaster|web ?designer|délégué|protection officer|datenschutzbeauftragt|protezione dei dati|protección de datos|DPO/i;
/** The mailboxes a line gives (own-site.ts, mailboxesIn), in small letters. */
function lineMailboxes(line: string): string[] {
  const boxes: string[] = [];
  if (line.includes('@')) mailboxesIn(line, boxes);
  return boxes.map((b) => b.toLowerCase());
}
function withoutSiteMakerLines(text: string): string {
  if (!SITE_MAKER_HINT.test(text)) return text;
  const boxes = new Set<string>();
  SITE_MAKER_LINE.lastIndex = 0;
  const out = text.replace(SITE_MAKER_LINE, (line) => {
    for (const box of lineMailboxes(line)) boxes.add(box);
    return '';
  });
  if (boxes.size === 0) return out;
  return out
    .split('\n')
    .map((line) => (line.length <= MAX_MAKER_MAILBOX_LINE && lineMailboxes(line).some((box) => boxes.has(box)) ? '' : line))
    .join('\n');
}
/**
 * The mailboxes of the site's maker or host, that a credit names ("Site propulsé par Wendell",
 * "Made by WENDELL", "Webdesign: Wendell Media"): those at a domain whose label is the credited
 * name's first word or its words run together ("contact@wendell.example" on the legal notice's
 * publisher line). Not the site's own domain (a firm that credits itself).
 */
function creditedMakersMailboxes(kept: readonly Finding[], text: string, chrome: readonly string[], url: string): Set<string> {
  const out = new Set<string>();
  const makers = new Set<string>();
  // The header's and footer's parts whole; the content's short lines only (a legal notice's, not a
  // paragraph's prose: "Gestaltung Ihres Gartens …").
  const lines = CREDIT.test(text) ? text.split('\n').filter((line) => line.length <= MAX_CREDIT_LINE) : [];
  for (const part of [...lines, ...chrome]) {
    if (!CREDIT.test(part)) continue;
    for (const m of part.matchAll(CREDITED_MAKER)) {
      const words = m[1]!.split(/[\s.]+/).map(plainLetters).filter((w) => w.length >= 3);
      if (words.length) makers.add(words[0]!).add(words.join(''));
    }
  }
  if (makers.size === 0) return out;
  const own = plainLetters(getDomainWithoutSuffix(url) ?? '');
  for (const f of kept) {
    if (f.kind !== 'email') continue;
    const label = plainLetters(getDomainWithoutSuffix(emailDomain(f.value)) ?? '');
    if (label !== own && makers.has(label)) out.add(f.value);
  }
  return out;
}
/** How long a content's line with a credit may be, as a legal notice's line is (characters). */
const MAX_CREDIT_LINE = 300;
/** A credit and the maker's name after it, up to three words ("Site propulsé par Wendell", "Webdesign: Wendell Media GmbH"). */
const CREDITED_MAKER = new RegExp(`(?:${CREDIT.source})[\\s:–—-]*((?:[\\p{L}\\d][\\p{L}\\d&.'’-]*)(?: [\\p{L}\\d][\\p{L}\\d&.'’-]*){0,2})`, 'giu');

/** A line that gives a maker's mailbox again is a label's and a name's, not a paragraph. */
const MAX_MAKER_MAILBOX_LINE = 200;

/** `removed` gets the text of the authorities' blocks taken out (withoutAuthorityBlocks). */
function withoutDisclaimers(text: string, sameSite: (domain: string) => boolean, removed: string[]): string {
  DISCLAIMER_LINE.lastIndex = 0;
  let out = withoutSiteMakerLines(DISCLAIMER_LINE.test(text) ? text.replace(DISCLAIMER_LINE, '') : text);
  FINANCE_NOTICE_LINE.lastIndex = 0;
  if (FINANCE_NOTICE_HINT.test(out)) out = out.replace(FINANCE_NOTICE_LINE, (line) => (line.length >= FINANCE_NOTICE_MIN ? '' : line));
  if (AUTHORITY_HINT.test(out)) out = withoutAuthorityBlocks(out, removed);
  return withoutManufacturerBlocks(out, sameSite);
}

/**
 * A legal notice's block for the body that oversees the business, or its host or its site's maker: a bar's or a
 * chamber's, an arbitration board's or an ombudsman's, a supervisory authority's, the web host's, the web designer's ("Zuständige
 * Kammer … Rechtsanwaltskammer Musterstadt / Musterweg 9 / Telefon: … / E-Mail: info@rak-…",
 * "Hébergeur : … Tél : …"). Its lines, numbers and mailbox are that body's, not the advertiser's.
 * The block opens with a line that starts with the body's name, perhaps after its section's number
 * ("3. Hébergement") (not a sentence that names it:
 * "Eingetragen bei der Handwerkskammer …" over the business's own lines; and may go on with its address
 * and contacts, where the page set them inline) and goes on over the lines of its address and
 * contacts, to the first line after a contact that is neither a contact nor its label, or a
 * sentence's.
 */
const AUTHORITY_START = new RegExp(
  `^[ \\t]*(?:\\d{1,2}\\.[ \\t]*)?(?:(?:zuständige[nrs]?|industrie- und|allgemeine|die|la|le|l'|the) ?)?(?:\\p{L}*kammer|ihk|schlichtungsstelle|verbraucherschlichtungsstelle|ombuds(?:mann|frau|person|stelle|man)|aufsichtsbehörde|bezirksregierung|kassen(?:zahn)?ärztliche vereinigung|datenschutzbehörde|` +
    `hébergeur|hébergement|ordre des avocats|barreau|médiateur de la consommation|chambre des notaires|chambre de commerce|` +
    `ordine degli avvocati|ordine dei medici|colegio de abogados|solicitors regulation authority|hosting provider|web host|webhosting|` +
    // the site maker's block under its own heading ("Realisation" / the designer / their mailbox / their number)
    `realisation|réalisation|realizzazione|realisierung|webdesign|web design|webmaster|conception du site|konzept (?:und|&) (?:design|gestaltung)|gestaltung (?:und|&) umsetzung|` +
    // ("Konzept, Realisierung & Hosting", "Konzeption, Design und Umsetzung")
    `konzept(?:ion)?,? (?:[\\p{L}]+,? )?(?:und |& )?(?:realisierung|umsetzung|design|gestaltung|programmierung)|` +
    // ("Websiteanpassungen:", "Homepage-Betreuung:", "Technische Umsetzung:", "Sviluppo sito:", "Diseño web:", "Wykonanie strony:")
    `(?:website|webseiten?|homepage|internetseiten?)-?(?:anpassungen|anpassung|betreuung|erstellung|pflege|gestaltung)|technische umsetzung|` +
    `sviluppo (?:del )?sito(?: web)?|diseño web|desarrollo web|(?:projekt|wykonanie) strony(?: www| internetowej)?)(?![\\p{L}])`,
  'iu',
);
const AUTHORITY_HINT = /kammer|ihk|schlichtung|ombuds|behörde|bezirksregierung|vereinigung|h[ée]berge|ordre des|barreau|médiateur|chambre|ordine|colegio|regulation authority|host|r[ée]ali[sz]|webdesign|web design|webmaster|conception|konzept|gestaltung|anpassung|betreuung|erstellung|pflege|umsetzung|sviluppo|diseño web|desarrollo web|strony/i;
/** A contact's value (a number however spaced, a postcode, a mailbox, a web address), or (CONTACT_LABEL_ALONE) its label alone ("Telefon:", "E-Mail:"). */
const AUTHORITY_CONTACT = /\d(?:[ ./()-]?\d){3,}|@|www\.|https?:/i;
const CONTACT_LABEL_ALONE = /^[ \t]*(?:tel(?:efon|éphone|efono|efax|efoon)?\.?|t[ée]l(?:[ée]phone)?\.?|phone|teléfono|fax|telefax|e-?mail|courriel|url|internet|web|site(?: web| internet)?|website|sito(?: web)?|sitio web|adresse|address|indirizzo|dirección|anschrift|sitz)[ \t]*:?[ \t]*$/i;
/** A sentence ("… an. Die …", "… gehört der Rechtsanwaltskammer Musterstadt an."): prose, which ends the block. */
const SENTENCE_INSIDE = /[.!?] \p{Lu}/u;
/**
 * A line of four words or more that ends as a sentence does. Tried only on lines whose end
 * (LINE_ENDS_SENTENCE) fits: unanchored, it backtracks through every word of every other line.
 */
const LINE_ENDS_SENTENCE = /\p{Ll}[.!?]$/u;
const SENTENCE_LINE = /(?:\S+ ){3,}\S*\p{Ll}[.!?]$/u;
/**
 * One capitalised word alone on its line, or two joined by a hyphen or a space: a country's name
 * under an address's town ("Allemagne", "Deutschland", "États-Unis", "United States").
 */
const COUNTRY_WORD_LINE = /^[ \t]*\p{Lu}\p{Ll}{1,20}(?:[- ]\p{Lu}\p{Ll}{1,20})?[ \t]*$/u;
/** A short line with a number and words: a street's ("101 Wendell Street", "Wendelweg 4"). */
const STREET_LINE = /^(?=[^\n]{4,60}$)(?=[^\n]*\p{L}{3})[^\n]*\d/u;
const AUTHORITY_BLOCK_LINES = 14;
const AUTHORITY_BLOCK_LINE = 300;

function blockLine(line: string): boolean {
  // A section's number before its heading ("3. Hébergement") is no sentence's end.
  if (line.length > AUTHORITY_BLOCK_LINE) return false;
  const bare = line.replace(SECTION_NUMBER, '');
  return !SENTENCE_INSIDE.test(bare) && !(LINE_ENDS_SENTENCE.test(bare) && SENTENCE_LINE.test(bare));
}
const SECTION_NUMBER = /^[ \t]*\d{1,2}\.[ \t]*/;
/** A numbered section's heading ("4. Crédits"). */
const SECTION_HEADING = /^[ \t]*\d{1,2}\.[ \t]+\p{Lu}/u;
/** A line that opens another party's block: the business's contact, its owner, its publisher. */
const OTHER_PARTY = /^\s*(?:\d{1,2}\.\s*)?(?:contact|kontakt|responsable|directeur|directrice|éditeur|editeur|propriétaire|verantwortlich|inhaber|owner|publisher)(?![\p{L}])/iu;

/** `removed` gets each block's text, for the call links that give its numbers (authorityCallLinks). */
function withoutAuthorityBlocks(text: string, removed: string[]): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!blockLine(lines[i]!) || !AUTHORITY_START.test(lines[i]!)) continue;
    let last = i;
    let contact = AUTHORITY_CONTACT.test(lines[i]!);
    for (let j = i + 1; j < lines.length && j <= i + AUTHORITY_BLOCK_LINES; j++) {
      const line = lines[j]!;
      // The next numbered section ("1. Verantwortlicher"), or another party's block after it
      // ("Contact : Lena Marten", "Inhaber:"): the business's own.
      if (!blockLine(line) || SECTION_HEADING.test(line) || OTHER_PARTY.test(line)) break;
      const isContact = AUTHORITY_CONTACT.test(line) || CONTACT_LABEL_ALONE.test(line);
      // (a street's line with its short number, "101 Wendell Street", and the country's name alone
      // under the town, "Allemagne", go on with the address)
      if (contact && !isContact && !COUNTRY_WORD_LINE.test(line) && !STREET_LINE.test(line)) break;
      contact ||= isContact;
      last = j;
    }
    if (!contact) continue;
    removed.push(lines.slice(i, last + 1).join('\n'));
    for (let j = i; j <= last; j++) lines[j] = '';
    changed = true;
    i = last;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * A business's or a tax id after its label (VAT, USt-IdNr., UID, Y-tunnus, Org.nr, CVR, KvK, BTW,
 * SIRET, P.IVA, NIF, NIP, IČO, ABN, company number…), a country's letters before it allowed: its
 * digits (6 to 14), for the ids that a number of the same digits elsewhere on the page is (filterFindings' taxIds).
 */
const TAX_ID = new RegExp(
  `(?<![\\p{L}])(?:${anyCase('vat(?: no| number| reg(?:istration)?(?: no)?)?|ust\\.?-?id(?:nr)?\\.?|ust-idnr\\.?|uid(?:-nr)?|mwst(?:-nr)?|y-tunnus|alv(?:-nro)?|org\\.? ?nr|organisasjonsnummer|organisationsnummer|cvr(?:-nr)?|kvk(?:-nummer)?|btw(?:-nummer| nr)?|siret|siren|tva|p\\. ?iva|partita iva|nif|cif|nip|regon|ičo|dič|abn|acn|company (?:no|number|reg(?:istration)? (?:no|number))|registered (?:no|number)|steuernummer|st\\.-?nr')})` +
    `[ \\t.:#]{0,4}(?:[A-Z]{2} ?)?(\\d[\\d ./-]{4,18}\\d)`,
  // Sticky: read where TAX_ID_START found a label's first letters, not searched for.
  'yu',
);
/**
 * Where such a label may start (found first: the full pattern, with its look-behind, tried at every
 * position of a page's text cost 1.4 % of the extraction on the corpus), then TAX_ID read there.
 */
const TAX_ID_START = /vat|ust|uid|mwst|y-tunnus|alv|org|cvr|kvk|btw|sire|tva|p\. ?iva|partita|nif|cif|nip|regon|ičo|dič|abn|acn|company|registered|steuer|st\.-?nr/gi;
function labelledTaxIds(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    TAX_ID_START.lastIndex = 0;
    for (let h = TAX_ID_START.exec(text); h; h = TAX_ID_START.exec(text)) {
      TAX_ID.lastIndex = h.index;
      const m = TAX_ID.exec(text);
      if (!m || m.index !== h.index) continue;
      TAX_ID_START.lastIndex = m.index + m[0].length;
      const digits = m[1]!.replace(/\D/g, '');
      if (digits.length >= 6 && digits.length <= 14) out.push(digits);
    }
  }
  return out;
}

/** The summary's list for each kind; nicknames are left out on purpose. */
export const SUMMARY_KEY: Readonly<Partial<Record<IdentifierKind, keyof FindingsSummary>>> = {
  phone: 'phones',
  email: 'emails',
  vin: 'vins',
  plate: 'plates',
  name: 'names',
  address: 'addresses',
};

/** Values per kind in page order; nicknames are left out on purpose. */
export function summarise(findings: readonly Finding[]): FindingsSummary {
  const summary: FindingsSummary = { phones: [], emails: [], vins: [], plates: [], names: [], addresses: [] };
  for (const f of findings) {
    const k = SUMMARY_KEY[f.kind];
    if (k && !summary[k].includes(f.value)) summary[k].push(f.value);
  }
  return summary;
}
