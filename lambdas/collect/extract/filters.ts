/**
 * Last checks over a page's findings, where the whole page is known: the ad's own id read as a
 * phone (it is in the page's URL or canonical link), placeholder numbers (123456789, 0000000),
 * and the platform's own addresses (same registrable domain as the page, by the Public Suffix
 * List, or a privacy / support role address), which are kept only when the seller's own data
 * carries them (the platform selling its own car, an agency's own site: see
 * withSellersSiteEmails in index.ts).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { getDomain, parse } from 'tldts';
import type { Finding } from '../../shared/identifiers.js';
import { hasKnownName, isFamilyName } from './given-names.js';
import { HONORIFIC_ORIGIN, INTRO_ORIGIN, isCityName, opensAsPlace, ROSTER_ORIGIN } from './names.js';
import { freeMailbox } from './own-site.js';

export interface PageContext {
  /** The page URL, its canonical link and og:url. */
  readonly urls: readonly string[];
  /** Values (normalised, "kind\0value") found in the seller's own data: seller box, seller JSON. */
  readonly sellerValues: ReadonlySet<string>;
  /** Names (normalised) the page's own data gives as a business's (company, agency, a party flagged professional). */
  readonly businessNames?: ReadonlySet<string>;
  /** Names (normalised) the page's data gives as a contact person's: kept even when a business has the same name. */
  readonly personNames?: ReadonlySet<string>;
  /** Names (normalised) after a label that names a person alone ("Contact Name: …"): not held to the known names. */
  readonly labelledPeople?: ReadonlySet<string>;
  /** Runs of digits the page's markup uses as ids ("data-sid", "data-listing-id"): a card's number there is no phone. */
  readonly pageIds?: readonly string[];
  /**
   * The business and tax ids the page labels ("VAT: FI05551422"): a number of the same digits is that
   * id wherever it stands, on the seller's own site too (its imprint's invoicing block).
   */
  readonly taxIds?: readonly string[];
  /** Registrable domains of the site's operator, named in its copyright line (see operatorDomains in index.ts). */
  readonly operatorDomains?: ReadonlySet<string>;
  /** The site is the seller's own (a dealer's, an agency's; see FindingSet.sellersSite): its own domain's addresses are the seller's. */
  readonly sellersSite?: boolean;
  /** The market's country (ISO 3166-1 alpha-2), as the extraction was asked for. */
  readonly country?: string;
}

const ID_RUN = /\d{5,}/g;

/** Digit runs of 5+ in the page's URLs: the ad's id, the listing's id. */
export function idRuns(urls: readonly string[]): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    let s = u;
    try {
      s = decodeURIComponent(u);
    } catch {
      // keep it as written
    }
    ID_RUN.lastIndex = 0;
    for (let m = ID_RUN.exec(s); m; m = ID_RUN.exec(s)) out.add(m[0]);
  }
  return [...out];
}

/** Digits of an E.164 number after its country code, as libphonenumber splits it (approximation: all suffixes tried). */
function matchesId(e164: string, ids: readonly string[]): boolean {
  const digits = e164.slice(1);
  for (const id of ids) {
    if (id.length < 6) continue;
    // The national number is a suffix of the E.164 digits; an id equal to it (with or without
    // the trunk 0, or with the country code) is the ad's number, not a phone.
    for (let cc = 1; cc <= 3; cc++) {
      const national = digits.slice(cc);
      if (national.length < 6) continue;
      if (id === national || id === `0${national}` || id === digits || (id.length > national.length && id.endsWith(national) && national.length >= 8)) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Whether `s` is nothing but runs of digits counting up, each three long or more ("2345 678 123":
 * a form's or an imprint generator's placeholder, typed along the keyboard's rows). A number
 * someone has is almost never made so.
 */
function ascendingRuns(s: string): boolean {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    if (s.charCodeAt(i) - s.charCodeAt(i - 1) === 1) run++;
    else if (run < 3) return false;
    else run = 1;
  }
  return run >= 3;
}

/**
 * Numbers nobody has: one digit repeated seven times or more, or six ending the number ("600 000
 * 000", "0151 2999999") or of zeros, nine or more consecutive digits counting up (123456789) or ten
 * counting down, or a national number made of runs counting up (+47 12345678, "02345-678123"). Six
 * of one digit between others is a number a business chose ("937 777 771"), not a placeholder.
 */
const SAME_DIGIT_RUN = /(\d)\1{5,}/g;
export function isPlaceholderPhone(e164: string): boolean {
  const d = e164.replace(/\D/g, '');
  SAME_DIGIT_RUN.lastIndex = 0;
  for (let m = SAME_DIGIT_RUN.exec(d); m; m = SAME_DIGIT_RUN.exec(d)) {
    if (m[0].length >= 7 || m[1] === '0' || m.index + m[0].length === d.length) return true;
  }
  let up = 1;
  let down = 1;
  for (let i = 1; i < d.length; i++) {
    const step = d.charCodeAt(i) - d.charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (up >= 9 || down >= 10) return true;
  }
  const national = parsePhoneNumberFromString(e164)?.nationalNumber;
  return national !== undefined && national.length >= 6 && ascendingRuns(national);
}

/**
 * The functions no one answers for an ad, wherever the page prints them: data protection and
 * no-reply mailboxes, and the server's own. A seller box that holds one holds the contact form's
 * privacy notice, not the seller's address ("… exercés auprès de la société … dpo@…").
 */
const NO_ONES =
  'privacy|gdpr|dpo|dataprotection|data-protection|datenschutz|datаskydd|dataskydd|personvern|personuvern|rodo|iod|dpd|protection-donnees|donnees-personnelles|' +
  'noreply|no-reply|donotreply|do-not-reply|abuse|webmaster|postmaster|hostmaster';
const NO_ONES_LOCAL = new RegExp(`^(?:${NO_ONES})$`, 'i');

/** True when the address is a function no one answers (privacy, no-reply, the webmaster): see NO_ONES. */
export function isNoOnesAddress(email: string): boolean {
  return NO_ONES_LOCAL.test(email.slice(0, email.lastIndexOf('@')));
}

/** Local parts that are a site's functions, not a seller: those and the site's desks. */
const ROLE_LOCAL = new RegExp(
  `^(?:${NO_ONES}|security|press|presse|jobs|careers|karriere|legal|compliance|support|help|hjelp|hjalp|kundeservice|kundservice|kundenservice|customerservice|customer-service|service-client|serviceclient|bok|pomoc|feedback|newsletter|advertising|werbung|annonsering|affiliate|billing|invoice|redaktion|redaksjon|redaktionen)$`,
  'i',
);

/** True when the address is a site's function (privacy, support, no-reply...), not anyone's. */
export function isRoleAddress(email: string): boolean {
  return ROLE_LOCAL.test(email.slice(0, email.lastIndexOf('@')));
}

/** The part of an address after its last "@". */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/**
 * Honorifics and academic titles in front of a normalised name: "herr max mustermann" and
 * "mgr. ing. eva nováková" are "max mustermann" and "eva nováková" (titles can stack). Vietnamese
 * writes a kinship term before the given name ("anh Khoa", "chị Yến"): "Anh" opens no
 * Vietnamese name written surname first, as sites write them ("Lâm Anh Khoa", "Khải Anh").
 */
const HONORIFIC_PREFIX =
  /^(?:(?:herrn?|frau|hr\.|fr\.|monsieur|madame|mademoiselle|mme\.?|mlle\.?|m\.(?= \S+ \S)|pan|pani|mr\.?|mrs\.?|ms\.?|miss|dhr\.?|mevr\.?|mevrouw|meneer|sr\.|sra\.|señor|señora|herra|rouva|mgr\.|ing\.|bc\.|dr\.?|mudr\.|judr\.|phdr\.|rndr\.|paeddr\.|mvdr\.|doc\.|prof\.|dipl\.-ing\.|mag\.|dott\.|dott\.ssa|lic\.|anh|chị|chú|bác) (?=\S))+/u;

/**
 * Thai honorifics and kinship terms used as titles, written before the name and often glued to
 * it ("คุณมะลิ", "เจ๊ต้อม", "เฮียเอก": Khun, Je, Hia), and the formal ones (นาย, นางสาว, น.ส.; not นาง, which opens given names too).
 */
const THAI_HONORIFIC = /^(?:คุณ|เจ๊|เฮีย|เสี่ย|พี่|นางสาว|นาย|น\.ส\.) ?(?=[\u0E01-\u0E2E\u0E40-\u0E44])/u;
/** Emoji and their joiners and variation selectors around a display name ("😎 Anna", "Anna ✨"). */
const EMOJI_EDGES = /^(?:\p{Extended_Pictographic}|\u200D|\uFE0F|\s)+|(?:\p{Extended_Pictographic}|\u200D|\uFE0F|\s)+$/gu;

/** A nickname or a place in brackets after the name ("Anna Berg (Annie)", "มะลิ ( ต้อม )"). */
const BRACKETED_TAIL = /\s*\([^()]*\)$/;

/**
 * The name without what sits around it in a display name: emoji, an honorific or title, a
 * bracketed nickname, and the full stop a Thai name has no use for ("มะลิ."; in Latin script a
 * final "." is an initial's, "Anna B.").
 */
function bareName(value: string): string {
  let v = value;
  if (/\p{Extended_Pictographic}/u.test(v)) v = v.replace(EMOJI_EDGES, '');
  if (v.endsWith(')')) {
    const bare = v.replace(BRACKETED_TAIL, '');
    if (/\p{L}\p{M}*\p{L}/u.test(bare)) v = bare;
  }
  v = v.replace(HONORIFIC_PREFIX, '');
  return /^[\u0E00-\u0E7F]/.test(v) ? v.replace(THAI_HONORIFIC, '').replace(/(?<=[\u0E00-\u0E7F])\.$/, '') : v;
}

export function filterFindings(findings: readonly Finding[], ctx: PageContext): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  let bared = false;
  for (const f of keep(findings, ctx)) {
    const value = f.kind === 'name' ? bareName(f.value) : f.value;
    const key = `${f.kind}\u0000${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (value !== f.value) bared = true;
    out.push(value === f.value ? f : { ...f, value });
  }
  return withoutShortenedNames(bared ? withoutBaredParts(out, findings) : out);
}

/**
 * A name from the prose that was one word once its honorific went ("Anh Tài" → "tài") and is a part
 * of a fuller name on the page ("Nguyễn Tài"): the same person, as keepEach drops such a part
 * written without the honorific.
 */
function withoutBaredParts(findings: Finding[], before: readonly Finding[]): Finding[] {
  const parts = namePartsOf(findings);
  const original = new Set(before.filter((f) => f.kind === 'name').map((f) => f.value));
  return findings.filter(
    (f) =>
      !(f.kind === 'name' && !original.has(f.value) && !f.value.includes(' ') && parts.has(f.value) &&
        (f.origin === 'text' || f.origin === HONORIFIC_ORIGIN || f.origin === LABELLED_UNCASED_ORIGIN)),
  );
}

/** A name that ends in an initial ("marta q."): its words before the initial, and the initial. */
const SHORTENED_NAME = /^(.+) (\p{L})\.?$/u;

/**
 * A name the page also writes shortened to its surname's initial ("Hosted by Marta Q." beside
 * "Marta Quintanilla" in its data): one person, kept once, by the full name.
 */
function withoutShortenedNames(findings: Finding[]): Finding[] {
  const names = findings.filter((f) => f.kind === 'name').map((f) => f.value);
  if (names.length < 2) return findings;
  const shortened = new Set<string>();
  for (const n of names) {
    const m = SHORTENED_NAME.exec(n);
    if (!m) continue;
    const start = `${m[1]!} ${m[2]!}`;
    if (names.some((other) => other.length > start.length + 1 && other.startsWith(start) && !SHORTENED_NAME.test(other))) shortened.add(n);
  }
  return shortened.size === 0 ? findings : findings.filter((f) => !(f.kind === 'name' && shortened.has(f.value)));
}

function keep(findings: readonly Finding[], ctx: PageContext): Finding[] {
  return keepEach(findings, ctx);
}

/** The object an embedded finding sits in ("embedded:script:ad.manager.phone" → "embedded:script:ad.manager"). */
function objectOf(origin: string): string | undefined {
  if (!origin.startsWith('embedded:')) return undefined;
  const dot = origin.lastIndexOf('.');
  return dot > 0 ? origin.slice(0, dot) : undefined;
}

/**
 * The domains forms show in their examples ("E-Mail in Form 'max@muster.de'", "name@domain.com",
 * "jan@przyklad.pl"): "example" and "sample" in the markets' languages; and those a site
 * template's demo blocks keep ("info@company.com", "mail@yourcompany.com"). (Not the reserved
 * "example.*" domains of RFC 2606: nobody's address either, but the test pages use them.)
 */
const PLACEHOLDER_DOMAIN =
  /^(?:muster|mustermann|beispiel|domain|yourdomain|ihredomain|votredomaine|tudominio|esempio|ejemplo|exemplo|przyklad|przykład|voorbeeld|eksempel|exempel|esimerkki|company|yourcompany|mycompany|companyname|yoursite|yourwebsite|ihrefirma|tuempresa|suaempresa|sito|tuosito|miosito|ilmiosito|votresite|tusitio|seusite|jouwdomein|mojadomena|twojadomena)$/;

/** "First name.last name" written out as the address's pattern ("etunimi.sukunimi@kela.fi": write to the person by their name). */
const PLACEHOLDER_LOCAL =
  /^(?:someone|somebody|yourname|your\.name|your-name|youremail|your\.email|your-email|myemail|my\.email|you|name|email|user|username|miaemail|mia\.email|tuaemail|tua\.email|tuoemail|votreemail|votre\.email|votre-email|ihreemail|ihre\.email|deineemail|deine\.email|tuemail|tu\.email|tucorreo|seuemail|seu\.email|jouwemail|uwemail|twojemail|twoj\.email|john\.doe|jane\.doe|johndoe|janedoe|max\.mustermann|etunimi\.sukunimi|firstname\.lastname|first\.last|name\.surname|vorname\.nachname|prenom\.nom|prénom\.nom|nombre\.apellido|nome\.cognome|imie\.nazwisko|fornavn\.etternavn|fornavn\.efternavn|förnamn\.efternamn|fornamn\.efternamn|voornaam\.achternaam|jmeno\.prijmeni|имя\.фамилия)$/;

/** The top-level names RFC 2606 keeps for documentation and tests ("anna@mail.example"). */
const RESERVED_TLD = /\.(?:example|test)$/;

/**
 * True when the address's domain ends in a public suffix the Public Suffix List knows as ICANN's
 * (tldts): "wnan.sryqznaa@jbuara-rt.qr", an address a page keeps encoded (ROT13 in a data-enc-email
 * attribute) and read as it stands, ends in no top-level domain there is.
 */
function underPublicSuffix(email: string): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return RESERVED_TLD.test(domain) || parse(domain).isIcann === true;
}

/**
 * A local part masked by the site, a run of one letter or mark ("xxxxxxx@firm.example", as a
 * directory shows a company's mailboxes to visitors who have not paid): no address anyone reads.
 */
const MASKED_LOCAL = /^(?:x{3,}|X{3,}|\*{3,}|•{3,}|_{3,})$/;

/**
 * A desk's or a test's word alone as the local part at a free mail provider ("info@gmail.com",
 * "demo@hotmail.com"): a template's or a draft's leftover, shown where the owner's address
 * belongs. The provider gives each local part to one account, and no firm's desk is the bare word
 * there; an owner's is their own ("lena.berg@", "info.wendell@").
 */
const FREE_MAIL_DESK_LOCAL = /^(?:contact|contacto|contato|contatto|contatti|kontakt|info|infos|information|mail|e-mail|correo|test|testmail|testing|teste|prueba|example|sample|demo|admin|hello|office|biuro)$/;

/**
 * A free mail provider's name with two letters swapped ("@gmali.com", "@hotmial.com", "@yaoho.com"),
 * as a page misspells its owner's address where the link's text spells it right: no one's
 * mailbox. Only swaps of neighbours in names of five letters or more, the commonest slip: a letter
 * more or less may be another provider's name ("mail.com" is one).
 */
const SWAPPABLE_FREE_MAIL = ['gmail', 'googlemail', 'hotmail', 'yahoo', 'outlook', 'icloud', 'yandex', 'protonmail'];
function misspeltFreeMail(email: string): boolean {
  const label = emailDomain(email).toLowerCase().split('.')[0] ?? '';
  if (label.length < 5) return false;
  for (const name of SWAPPABLE_FREE_MAIL) {
    if (name.length !== label.length || name === label) continue;
    for (let i = 0; i + 1 < name.length; i++) {
      if (label === name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2)) return true;
    }
  }
  return false;
}

export function isPlaceholderEmail(email: string): boolean {
  const local = email.slice(0, email.lastIndexOf('@'));
  if (PLACEHOLDER_LOCAL.test(local) || MASKED_LOCAL.test(local)) return true;
  if (FREE_MAIL_DESK_LOCAL.test(local) && freeMailbox(email)) return true;
  if (misspeltFreeMail(email)) return true;
  const domain = getDomain(emailDomain(email));
  return domain !== null && PLACEHOLDER_DOMAIN.test(domain.slice(0, domain.indexOf('.')));
}

/** One word of letters joined by a dot or an underscore to another (a handle), with no space. */
const HANDLE_AS_NAME = /^(?=\S+$)\p{L}{2,}[._]\p{L}{2,}(?:[._]\p{L}+)*$/u;

function platformAddress(email: string, pageDomains: ReadonlySet<string>, sellersSite = false): boolean {
  if (isRoleAddress(email)) return true;
  const domain = getDomain(emailDomain(email));
  return !sellersSite && domain !== null && pageDomains.has(domain);
}

/**
 * The last word that SAME_KIND_NAMES or more of the names the layout or the prose gives share, no known
 * family name, most of their first words no known names ("Kids Samba", "Street Samba", "Basic Samba",
 * a dance school's classes): things of one kind, each named by a word and the kind, not people. A family's
 * members share a family name the known names hold ("Anna Berg", "Lena Berg"), or given names the
 * known names hold before one they lack ("Ingrid Wendell", "Kamal Wendell", "Lena Wendell").
 */
const SAME_KIND_NAMES = 3;
function kindWordsOf(findings: readonly Finding[]): Set<string> {
  const names = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.kind !== 'name' || !(UNSTATED.has(f.origin) || f.origin === ROSTER_ORIGIN)) continue;
    const space = f.value.lastIndexOf(' ');
    if (space < 0) continue;
    const last = f.value.slice(space + 1);
    let values = names.get(last);
    if (!values) names.set(last, (values = new Set()));
    values.add(f.value);
  }
  const out = new Set<string>();
  for (const [last, values] of names) {
    if (values.size < SAME_KIND_NAMES || isFamilyName(last)) continue;
    // Most of the first words no known names either ("Kids", "Street", "Basic"; the kind's word "Samba" is a given name somewhere).
    const known = [...values].filter((v) => hasKnownName(v.slice(0, v.indexOf(' ')))).length;
    if (known * 2 < values.size) out.add(last);
  }
  return out;
}

/**
 * The last words of the page's names of two words or more: a one-word name in the text that is
 * one of them ("Ms. Doe" beside "Jane Q. Doe") is that person's surname, not another person.
 * First names are not: on a result page "Ida" and "Ida Hagen" are as often two people.
 */
function namePartsOf(findings: readonly Finding[]): Set<string> {
  const parts = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'name') continue;
    const words = f.value.split(' ');
    if (words.length < 2) continue;
    parts.add(words[words.length - 1]!);
    // Chinese, Japanese and Korean put the family name first ("山田 太郎", then "担当:山田").
    if (CJK.test(words[0]!)) parts.add(words[0]!);
  }
  return parts;
}
const CJK = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+$/u;

/** A name read off the page's layout as the person a mailbox of another domain is named after (index.ts). */
export const MAILBOX_OWNER_ORIGIN = 'mailbox-owner';
/** A name read off a mailto link's text (layout.ts). */
export const MAILTO_TEXT_ORIGIN = 'mailto-text';
/**
 * A name read off an own site's header or footer (its contact block, its staff over their
 * mailboxes: index.ts): held to the known-name check as the prose's names are, and not a name of
 * the text that the reviews' test (index.ts, reviewOnlyNames) compares with the content's text.
 */
export const SITE_CONTACT_ORIGIN = 'site-contact';
/** Where a name is read from the page's layout or prose (a per-source rule's origin is "rule:..."). */
const UNSTATED: ReadonlySet<string> = new Set(['text', INTRO_ORIGIN, 'seller-box', 'profile-link', 'user-icon', 'site-mailbox', MAILBOX_OWNER_ORIGIN, MAILTO_TEXT_ORIGIN, SITE_CONTACT_ORIGIN]);
/**
 * A name in Chinese, Japanese or Korean after a contact-person label with its colon or on the
 * line under it ("担当者" / "山田"; labelled.ts): those scripts have no capitals to say a name is
 * one, the label says it, and the known names hold few of their family names; not held to the
 * known-name check, but dropped as a part of a fuller name (see namePartsOf).
 */
export const LABELLED_UNCASED_ORIGIN = 'text:labelled';

/** Origins of names the page's data states: its schema.org data's and its embedded state's. */
const STATED_NAME = /^(?:json-ld|microdata|embedded):/;

/** The first words of the names of two words or more among `findings`. */
function firstWordsOfNames(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) if (f.kind === 'name' && f.value.includes(' ')) out.add(f.value.slice(0, f.value.indexOf(' ')));
  return out;
}

function keepEach(findings: readonly Finding[], ctx: PageContext): Finding[] {
  const ids = idRuns(ctx.urls);
  const pageDomains = new Set<string>(ctx.operatorDomains ?? []);
  for (const u of ctx.urls) {
    const d = getDomain(u);
    if (d) pageDomains.add(d);
  }
  const isConfirmed = (f: Finding): boolean => ctx.sellerValues.has(`${f.kind}\u0000${f.value}`) || f.origin.startsWith('rule');
  // An object in the page's state that holds a platform address (its account manager, its
  // support desk) is the platform's: the phone and name beside that address are the platform's too.
  const platformObjects = new Set<string>();
  for (const f of findings) {
    const at = f.kind === 'email' ? objectOf(f.origin) : undefined;
    if (at && !isConfirmed(f) && platformAddress(f.value, pageDomains, ctx.sellersSite)) platformObjects.add(at);
  }
  const partOfName = namePartsOf(findings);
  const kindWords = kindWordsOf(findings);
  // The first words of the names a seller box or the page's data gives (its schema.org Person, its
  // state's seller): the advertiser's, whom the ad's text calls by the first name alone ("Kamal
  // 012-…" under a seller box's "Kamal Reilly", "ring Lena on …" where the page's data names "Lena Marten").
  const sellerFirstNames = firstWordsOfNames(findings.filter((f) => f.origin === 'seller-box' || STATED_NAME.test(f.origin)));
  // First words of the page's fuller names, looked up only for self-introductions (few pages have one).
  const firstNames = findings.some((f) => f.origin === INTRO_ORIGIN) ? firstWordsOfNames(findings) : new Set<string>();
  return findings.filter((f) => {
    const confirmed = isConfirmed(f);
    if (!confirmed && platformObjects.size > 0 && (f.kind === 'phone' || f.kind === 'name')) {
      const at = objectOf(f.origin);
      if (at && platformObjects.has(at)) return false;
    }
    if (f.kind === 'phone') {
      if (isPlaceholderPhone(f.value)) return false;
      if (!confirmed && (matchesId(f.value, ids) || (ctx.pageIds !== undefined && matchesId(f.value, ctx.pageIds)))) return false;
      if (ctx.taxIds !== undefined && matchesId(f.value, ctx.taxIds)) return false;
      return true;
    }
    if (f.kind === 'name') {
      // "lena.marten", "kamal_reilly": a member's handle (a comment's author), not a name as written.
      if (HANDLE_AS_NAME.test(f.value)) return false;
      // "Ms. Doe" in the text of a page that names "Jane Q. Doe": the same person, half named.
      if ((f.origin === 'text' || f.origin === HONORIFIC_ORIGIN || f.origin === LABELLED_UNCASED_ORIGIN) && partOfName.has(f.value)) return false;
      // "Kamal 012-…" in the text of an ad whose seller box names "Kamal Reilly": the advertiser, half named.
      if ((f.origin === 'text' || f.origin === HONORIFIC_ORIGIN) && sellerFirstNames.has(f.value)) return false;
      // "Ik ben Anna, uw makelaar" on a page that names "Anna Berg": her first name, not another person.
      if (f.origin === INTRO_ORIGIN && firstNames.has(f.value)) return false;
      // A name read from the layout or the prose, not stated as a person's by the page's data,
      // is kept only when it holds a known given or family name (given-names.ts says why).
      if (UNSTATED.has(f.origin) && !hasKnownName(f.value) && !ctx.labelledPeople?.has(f.value)) return false;
      // "Seller: London", "Speak to San Francisco", a seller card headed "Madrid": from the same
      // places, a large city's name is the seller's place, though some people bear it too.
      // So is a roster's or a grid's line that is one ("DALLAS / SAN DIEGO / EL PASO" over a dealers' list).
      if ((UNSTATED.has(f.origin) || f.origin === ROSTER_ORIGIN) && isCityName(f.value, ctx.country)) return false;
      // So is one that opens with a place's word, in capitals as a card's address writes it ("SAN
      // MARTIN 1200", which plausibleName's capitalised test lets through).
      if ((UNSTATED.has(f.origin) || f.origin === ROSTER_ORIGIN) && opensAsPlace(f.value)) return false;
      // Three or more such names that end with the same word: things of a kind (kindWordsOf).
      if (kindWords.size > 0 && (UNSTATED.has(f.origin) || f.origin === ROSTER_ORIGIN) && kindWords.has(f.value.slice(f.value.lastIndexOf(' ') + 1))) return false;
      // A trade name the page's data states (the agency's, the shop's) is no person's, wherever
      // else it is shown (a seller box, a result card).
      return !(ctx.businessNames?.has(f.value) && !ctx.personNames?.has(f.value));
    }
    if (f.kind === 'email') {
      if (isPlaceholderEmail(f.value) || !underPublicSuffix(f.value)) return false;
      if (isNoOnesAddress(f.value)) return f.origin.startsWith('rule');
      return confirmed || !platformAddress(f.value, pageDomains, ctx.sellersSite);
    }
    return true;
  });
}
