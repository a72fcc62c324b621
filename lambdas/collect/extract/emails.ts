/**
 * E-mail addresses in text, plain and in the spellings people use against harvesters:
 * "name [at] domain [dot] com", "name (at) domain (dot) no", "name @ domain.com",
 * "name(krøll)domain.no", "name(ät)domain.de", and — only after an e-mail label —
 * "name at domain dot com". HTML entities (&#64;) are already decoded by the parser.
 */
import { parse } from 'tldts';
import type { FindingSet } from './findings.js';
import { EMAIL_LABEL, LETTER, startsWord, words } from './labels.js';

const OPEN = '[\\[({<]';
const CLOSE = '[\\])}>]';
const AT_WORDS = 'at|ät|a|@|krøll|alfakrøll|snabel-?a|arobase|małpa|malpa|kissanhäntä|miukumauku';
// "dotted": a realtors' site builder's mailto guard writes "name(at)domain(dotted)com"
const DOT_WORDS = 'dotted|dot|punkt|punktum|prikk|point|kropka|piste|pkt';
const SPOKEN_AT = 'at|ät|krøll|alfakrøll|snabel-a|arobase|małpa';

/**
 * "@" glued to the name, or spaced on both sides ("anna @ mail.example"): a space before it and
 * none after ("follow @funrun.id", "IG @studio.run", "dr. Rahman @dr.rahman") is a social
 * handle after a word, not an address.
 */
const AT = `(?:@ ?| @ | ?${OPEN} ?(?:${AT_WORDS}) ?${CLOSE} ?)`;
const DOT = `(?:\\.| ?${OPEN} ?(?:${DOT_WORDS}) ?${CLOSE} ?)`;
const W = `${LETTER}0-9`;
const WORD = `[${W}_%+-]+`;
const LABEL = `[${W}](?:[${W}-]*[${W}])?`;
const END = `(?![${W}-]|\\.[${W}])`;

const EMAIL = new RegExp(
  `(?<![${W}._%+-])(${WORD}(?:${DOT}${WORD})*)${AT}(${LABEL}(?:${DOT}${LABEL})+)${END}`,
  'gi',
);
export const SPOKEN = new RegExp(
  `(?<![${W}._%+-])(${WORD}(?:(?:\\.| (?:${DOT_WORDS}) )${WORD})*) (?:${SPOKEN_AT}) ` +
    // Not followed by an @ or an obfuscated one: in "write me at bob.smith[at]example.com" the
    // spoken form would otherwise read "me@bob.smith".
    `(${LABEL}(?:(?:\\.| (?:${DOT_WORDS}) )${LABEL})+)${END}(?! ?(?:@|${OPEN}))`,
  'gi',
);
/**
 * The spoken "at" SPOKEN needs, looked for once in the whole text: without one no label is worth
 * finding (test/unit/extract/prefilter.test.ts proves every SPOKEN match holds one).
 */
export const SPOKEN_MARK = new RegExp(` (?:${SPOKEN_AT}) `, 'i');
const DOT_TOKEN = new RegExp(` ?${OPEN} ?(?:${DOT_WORDS}) ?${CLOSE} ?| (?:${DOT_WORDS}) `, 'gi');
/** Where an address can be: the full pattern runs only on the line of each of these. */
const MARKER = new RegExp(`@|${OPEN} ?(?:${AT_WORDS}) ?${CLOSE}`, 'gi');
/** "logo@2x.png" and similar asset names are not addresses. */
const FILE_TLD = /\.(?:png|jpe?g|gif|webp|svg|avif|bmp|ico|css|js|json|html?|php|pdf|mp4|webm)$/i;

/**
 * A JSON escape left as text around the address ("u003canna@…": "\u003c", "<", whose backslash a
 * page's double encoding lost): not part of the local part.
 */
const ESCAPE_LEFT = /^(?:u00(?:3c|3e|22|27|26|3d|2f|5c))+(?=[a-z0-9])/i;
/** The same after the domain ("….comu003e"): no top-level domain holds a digit. */
const ESCAPE_RIGHT = /(?<=\.[a-z]{2,})(?:u00(?:3c|3e|22|27|26|3d|2f|5c))+$/i;
/**
 * A word glued to the address's end by elements with no space between them ("…@wendell-mail.ca" then
 * "Branch Librarian:" read as "…@wendell-mail.caBranch"): a capital after the top-level domain's small
 * letters. A domain written in capitals throughout, or with a capital inside a label before the
 * last ("mail.WendellBau.de"), keeps its letters.
 */
const GLUED_RIGHT = /(?<=\.\p{Ll}{2,})\p{Lu}\p{L}*$/u;
/**
 * A web address glued to the address's end the same way ("info@wendell-hof.at" then
 * "www.wendell-hof.at" read as "info@wendell-hof.atwww.wendell-hof.at"), in small letters: "www."
 * right after the top-level domain's letters, which no domain's label opens with.
 */
const GLUED_WEB_ADDRESS = /(?<=\.[a-z]{2,})www\.[a-z0-9.-]+$/i;
/**
 * An e-mail label glued to the address by elements with no space between them ("Email" then
 * "anna@…" read as "Emailanna@…"): written with its capital and the address in small letters. Not
 * "Mail" (a "Mailbox@…" or "Mailroom@…" is a mailbox of its own).
 */
const LABEL_LEFT = /^(?:E-?[Mm]ail|E-Mail|Correo|Courriel|E-?post)(?=[a-z0-9])/;
/**
 * A phone number glued to the mailbox after it, where the page's markup put them in neighbouring
 * elements with no space ("tel. 601-482-936" + "biuro@…" read as "601-482-936biuro@…"): seven
 * digits or more, written with a separator, then the address's first letter. A local part that
 * opens with a number ("0711-auto@", "48123@", "13912345678abc@") has fewer digits, no separator,
 * or no letter after them.
 */
const NUMBER_LEFT = /^\+?(?=\d)[\d .()/-]+(?=[A-Za-z])/;
const NUMBER_SEPARATOR = /\d[ .()/-]/;

/**
 * The local part without such a number. Counted here, not by a pattern that repeats a group of
 * digits and separators seven times or more: that one took exponential time on a long run of
 * numbers with no letter after them (24 dashed digits: 0.1 s; 40: hours).
 */
function withoutNumberLeft(local: string): string {
  const run = NUMBER_LEFT.exec(local)?.[0];
  if (run === undefined || !NUMBER_SEPARATOR.test(run)) return local;
  let digits = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) >= 48 && run.charCodeAt(i) <= 57) digits++;
  return digits >= 7 ? local.slice(run.length) : local;
}
/** A URL's user before its host ("https://key@o123.ingest.sentry.io/…"): no mailbox. */
const URL_USER_BEFORE = /:\/\/$/;
/** A path after a colon ("git@github.com:user/repo.git"): an SSH or SCP address, no mailbox. */
const SCP_PATH_AFTER = /^:[\w~./-]/;

function add(found: FindingSet, local: string, domain: string, origin: string): void {
  const trimmed = local.replace(ESCAPE_LEFT, '').replace(LABEL_LEFT, '');
  const address = `${withoutNumberLeft(trimmed).replace(DOT_TOKEN, '.')}@${domain.replace(ESCAPE_RIGHT, '').replace(GLUED_WEB_ADDRESS, '').replace(GLUED_RIGHT, '').replace(DOT_TOKEN, '.')}`;
  if (FILE_TLD.test(address)) return;
  found.add('email', address, origin);
}

/** The line of `text` around position `at`, and where it ends. */
function lineAround(text: string, at: number): [string, number] {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return [text.slice(start, end < 0 ? undefined : end), end < 0 ? text.length : end];
}

/**
 * What a site's account menu prints before the signed-in visitor's own address ("Welkom,
 * jan@…", "Hi anna@…", "Angemeldet als …", "Logged in as …", "Mein Konto"): the visitor's,
 * not a seller's. A page saved while signed in keeps it.
 */
const GREETING = new RegExp(
  `${words(
    'welcome|welkom|willkommen|bienvenue|bienvenido|bienvenida|benvenuto|benvenuta|bem-vindo|bem-vinda|velkommen|välkommen|' +
      'tervetuloa|witaj|witamy|vítejte|vitajte|добро пожаловать|здравствуйте|привет|вітаємо|hi|hello|hallo|hej|hei|hola|olá|ciao|bonjour|salut|' +
      '(?:logged|signed) in as|ingelogd als|angemeldet als|eingeloggt als|connecté(?:e)? en tant que|conectado como|conectada como|' +
      'connesso come|zalogowany jako|zalogowana jako|inloggad som|logget inn som|logget ind som|kirjautunut|вы вошли как|' +
      'my account|mijn account|mein konto|mon compte|mi cuenta|minha conta|il mio account|moje konto|mitt konto|min konto|oma tili|мой профиль|мой аккаунт',
  )}[\\s,:!.–—-]*$`,
  'i',
);

/**
 * "for example" right before an address, in the markets' languages: a form's hint ("Zadejte
 * prosím správný email, např. petr.svoboda@…", "E-Mail, z. B. anna@…", "p. ej. luis@…") shows the
 * format of an address with somebody's made-up one, not a contact.
 */
const EXAMPLE_BEFORE =
  /(?:^|[^\p{L}])(?:e\.? ?g\.?|z\. ?b\.|např\.|napr\.|np\.|npr\.|p\. ?ej\.|p\. ?ex\.|par ex\.?|ex\.|f\. ?eks\.|f\. ?ex\.|t\. ?ex\.|esim\.|bijv\.|bv\.|per es\.|pl\.|pvz\.|piem\.|örn\.|напр\.|нпр\.|например|наприклад|for example|for instance|such as|zum beispiel|beispielsweise|par exemple|por ejemplo|por exemplo|ad esempio|per esempio|na przykład|bijvoorbeeld|till exempel|for eksempel|esimerkiksi|například|napríklad|például)[\s:]*$/iu;

/** True when the words before position `at` of the line starting at `lineStart` (or the line before, when none are) greet the visitor. */
function greeted(text: string, lineStart: number, at: number): boolean {
  const before = text.slice(Math.max(lineStart, lineStart + at - 40), lineStart + at);
  if (/\p{L}/u.test(before)) return GREETING.test(before);
  if (lineStart === 0) return false;
  const previous = text.slice(Math.max(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 41), lineStart - 1);
  return GREETING.test(previous);
}

/** A local part's leading digits before its letters, and a phone number's digits and spaces right before the address. */
const GLUED_DIGITS = /^\d{2,6}(?=[a-z])/i;
const NUMBER_BEFORE = /\+?\d[\d ]{5,} $/;

/** Whether the digits opening a local part (`digits`) end the number right before it (`before`), which is no whole number without them. */
function gluedToNumber(before: string, digits: string, found: FindingSet): boolean {
  const number = NUMBER_BEFORE.exec(before)?.[0];
  if (number === undefined) return false;
  return found.normalisePhone(number.trim()) === undefined || found.normalisePhone(`${number}${digits}`) !== undefined;
}

/** A backwards address whose backwards local part has no dot: a top-level domain's letters and a dot, the domain, "@", a word. */
const BACKWARDS = /(?<![\w.%+@-])[a-z]{2,12}\.[\w.-]*\w@[\w%+-]+(?![\w.%+@-])/gi;
/** A domain that ends in one letter: no top-level domain is one letter long. */
const ONE_LETTER_END = /\.[a-z]$/i;

/**
 * A mailbox written backwards, which the page's style sheet turns around on screen (the source's
 * "ed.llednew@anel", set right to left, shows "lena@wendell.de"; a harvester reads the source): read forwards it
 * ends in a one-letter "top-level domain", which none is, and read backwards its domain is a
 * registrable one under a public suffix (tldts). The local part and the domain, or undefined.
 */
function readBackwards(address: string): [string, string] | undefined {
  const turned = [...address].reverse().join('');
  const at = turned.indexOf('@');
  if (at <= 0 || at !== turned.lastIndexOf('@')) return undefined;
  const domain = turned.slice(at + 1);
  const parsed = parse(domain);
  return parsed.isIcann && parsed.domain && parsed.domainWithoutSuffix ? [turned.slice(0, at), domain] : undefined;
}

/**
 * Scans text (lines separated by "\n") and adds the e-mail addresses found. The patterns never
 * cross a line, so they run only on the lines of the markers and labels found in one pass each.
 */
export function scanEmails(text: string, found: FindingSet, origin: string): void {
  MARKER.lastIndex = 0;
  for (let marker = MARKER.exec(text); marker; marker = MARKER.exec(text)) {
    const [line, end] = lineAround(text, marker.index);
    // exec loops, not matchAll (which clones the pattern on every call); no match is empty.
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(line); m; m = EMAIL.exec(line)) {
      if (greeted(text, end - line.length, m.index) || EXAMPLE_BEFORE.test(line.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (URL_USER_BEFORE.test(line.slice(Math.max(0, m.index - 3), m.index)) || SCP_PATH_AFTER.test(line.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      // A number's last digits glued to the address ("+56 9 4555 0123ventas@…", a page's description
      // run together from its lines): the number's, not the mailbox's. Not where the number before is
      // whole without them ("078 555 01 42 24wendell@…": the mailbox opens with digits).
      const glued = GLUED_DIGITS.exec(m[1]!);
      const local = glued && gluedToNumber(line.slice(Math.max(0, m.index - 24), m.index), glued[0], found) ? m[1]!.slice(glued[0].length) : m[1]!;
      const backwards = ONE_LETTER_END.test(m[2]!) ? readBackwards(`${local}@${m[2]!}`) : undefined;
      if (backwards) add(found, backwards[0], backwards[1], origin);
      else add(found, local, m[2]!, origin);
    }
    // ...and one whose backwards local part has no dot, which read forwards is no address at all
    // ("moc.llednew@anel": "lena@wendell.com").
    BACKWARDS.lastIndex = 0;
    for (let m = BACKWARDS.exec(line); m; m = BACKWARDS.exec(line)) {
      const backwards = readBackwards(m[0]);
      if (backwards) add(found, backwards[0], backwards[1], origin);
    }
    MARKER.lastIndex = end;
  }
  // Spoken addresses ("ola at example dot com") and an "@" with a space before it only ("Mail:
  // Lena @wendell.example") are read only after a label; the labels are looked for only when the
  // text has a spoken "at" or such an "@" at all (most pages and values have neither).
  const spoken = SPOKEN_MARK.test(text);
  const spacedAt = text.includes(' @');
  if (!spoken && !spacedAt) return;
  EMAIL_LABEL.lastIndex = 0;
  for (let label = EMAIL_LABEL.exec(text); label; label = EMAIL_LABEL.exec(text)) {
    if (!startsWord(text, label.index)) continue;
    const from = label.index + label[0].length;
    const end = text.indexOf('\n', from);
    const rest = text.slice(from, end < 0 ? undefined : end);
    if (spacedAt) {
      const m = LABELLED_SPACED_AT.exec(rest);
      if (m) add(found, m[1]!, m[2]!, origin);
    }
    if (!spoken) continue;
    SPOKEN.lastIndex = 0;
    for (let m = SPOKEN.exec(rest); m; m = SPOKEN.exec(rest)) {
      // A web address after a spoken "at" ("the entry forms at www.wendell.example/entry"): no mailbox.
      if (WEB_ADDRESS.test(m[2]!) || rest.charCodeAt(m.index + m[0].length) === 47 /* / */) continue;
      add(found, m[1]!, m[2]!, origin);
    }
  }
}

/** A host name written as a web address is ("www.", "www2."). */
const WEB_ADDRESS = /^www\d?\./i;

/**
 * The value of an e-mail label written with a space before its "@" ("Mail: Lena @wendell.example",
 * a dealer's staff list typed so): the address. Away from a label, such an "@" is a social
 * handle's after a word (see AT).
 */
const LABELLED_SPACED_AT = new RegExp(`^[ \\t]*:?[ \\t]*(${WORD}(?:\\.${WORD})*) @(${LABEL}(?:\\.${LABEL})+)${END}`, 'i');

/** Cloudflare's e-mail obfuscation: hex bytes, the first is the XOR key for the rest. */
export function decodeCloudflareEmail(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  const bytes = new Uint8Array(hex.length / 2 - 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 + 2 * i, 4 + 2 * i), 16) ^ key;
  return new TextDecoder().decode(bytes);
}
