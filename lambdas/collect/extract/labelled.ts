/**
 * Seller names, nicknames and postal addresses: free text with no shape of its own, so they
 * are taken only right after a label at the start of a line (or of a "|"/"·" separated part),
 * or on the line after a label that stands alone (dt/dd, th/td layouts).
 */
import { LABELLED_UNCASED_ORIGIN } from './filters.js';
import type { FindingSet } from './findings.js';
import { opensWithGivenName } from './given-names.js';
import { legalFormAt, NAME_LINE, NOT_NAME, plausibleName, withoutLetters, withoutRoleBefore, withoutTitles } from './names.js';
import { ADDRESS_LABELS, LETTER, lineAt, NICKNAME_LABELS, ROLE_LABELS, SELLER_LABELS_STRONG, SELLER_LABELS_WEAK } from './labels.js';

/**
 * Where a label starts: a line's start (after the spaces and symbols people open a line with: "✅ KONTAKT:",
 * "📞 Kontakt:", "* Name:", and a legal notice's section number: "2. Responsable de publication"), a "|"/"·" or
 * " - " separated part ("… 55555 Wendell - Breeder: Lena Marten"), a bracket ("(Kontakt: Ana Horvat, …)"),
 * or a sentence's start inside a line, where an ad's text has lost its line breaks ("Wenig
 * benutzt. Verkäufer: Anna Berger, Tel. …").
 */
const START = '(?:^[ \\t]*[\\u2000-\\u2bff\\ud800-\\udfff\\ufe0f*#>–-]{0,4} ?(?:\\d{1,2}\\. ?)?|[|·•;(] ?| [–—-] |(?<=[.!?] ))';
const GAP = '[ \\t]*(?:[:：]|(?=\\n))?[ \\t]*';
/** All four label families in one pattern, so the text is scanned once; the group says which. */
const LABEL = new RegExp(
  `${START}(?:(${SELLER_LABELS_STRONG})|(${SELLER_LABELS_WEAK})|(${NICKNAME_LABELS})|(${ADDRESS_LABELS}))` +
    // The label's end, or a capital glued to it (group 6, checked in code: the pattern ignores case).
    `(?:(?![${LETTER}0-9@])(${GAP})|(?=([A-ZÀ-ÖØ-Þ])))`,
  'gim',
);
/** "KontaktAnna Berg": a seller label's element then the name's text, with no space between them. */
const GLUED_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;
const enum Family {
  SellerStrong = 1,
  SellerWeak,
  Nickname,
  Address,
}

const PARTICLES = new Set('von van der den de da di du do dos das la le af zu y & og und and et'.split(' '));
/**
 * A capitalised word, an initial or acronym, "&", or a run of Chinese, Japanese or Korean (no
 * case there: 1-5 characters, as a given name of one kanji is common; plausibleName wants two
 * letters in the whole name).
 */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|&|\p{Lu}{1,4}\.?|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,5})$/u;
/** Such a run with its reading glued after it in brackets ("山田(やまだ)", "佐藤（さとう）"): the run is the name. */
const CJK_WITH_READING = /^([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,5})[(（]/u;
/** A name in those scripts, family and given name perhaps spaced apart ("山田 太郎"). */
const UNCASED_NAME = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+(?: [\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+)?$/u;
/**
 * Where a glued label starts inside a word: a small letter, or a capital after a capital, then a
 * capitalised word ("KatarzynaZadzwoń", "KOWALSKATelefon"; not McLean, DeVries).
 */
const GLUED_LABEL = /(?:\p{Ll}(?<!^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Ten|Ter))|(?<=\p{Lu})\p{Lu})(?=\p{Lu}\p{Ll})/u;
const HANDLE = /^@?([\p{L}\p{N}][\p{L}\p{N}_.-]{1,31})(?![\p{L}\p{N}@])/u;
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@([\p{L}\p{N}][\p{L}\p{N}_.-]{1,31})(?![\p{L}\p{N}@]|\.[\p{L}\p{N}])/u;

interface Labelled {
  family: Family;
  /** Text after the label on its line, or the next line when the label stands alone. */
  value: string;
  /** The label ended with a colon or stood alone: the value is explicitly the label's. */
  explicit: boolean;
  /** The line after the value's line. */
  next: string | undefined;
  /** The value was glued to the label ("KontaktAnna Berg"): taken only whole. */
  glued?: boolean;
  /** The label ended with a colon on the value's line. */
  colon?: boolean;
  /** The label as the text writes it ("Contact Name"). */
  label?: string;
}

/**
 * True when `line` stands alone on at least three lines of `text`, or on two followed by
 * different lines ("Contact" above two cards' texts: a button, not a field's label; the same
 * seller box printed twice, for mobile and desktop, has the same name under it both times).
 * Not when a person's name (two or three capitalised words opening with a known given name)
 * follows it every time: a result page's cards, each with its agent under "Kontakt".
 */
function repeatedLine(text: string, line: string, cache: Map<string, boolean>): boolean {
  let result = cache.get(line);
  if (result === undefined) {
    const needle = `\n${line}\n`;
    let n = 0;
    let firstNext: string | undefined;
    let differs = false;
    let namesUnder = true;
    const count = (valueAt: number): void => {
      n++;
      const next = lineAt(text, valueAt) ?? '';
      if (firstNext === undefined) firstNext = next;
      else if (next !== firstNext) differs = true;
      if (namesUnder && !(NAME_LINE.test(next) && opensWithGivenName(next))) namesUnder = false;
    };
    if (text.startsWith(needle.slice(1))) count(needle.length - 1);
    for (let at = text.indexOf(needle); at >= 0 && n < 3; at = text.indexOf(needle, at + needle.length - 1)) count(at + needle.length);
    result = (n >= 3 || (n === 2 && differs)) && !namesUnder;
    cache.set(line, result);
  }
  return result;
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * A contact's given names and family name in fields of their own, the family name's field right
 * after ("Imię:" / "Lena i Kamal" / "Nazwisko:" / "Marten", "Vorname: Lena" / "Nachname: Marten"):
 * each given name with the family name, one person each. Given names known ones, joined by "and"
 * in the markets' languages or a comma; the family name one or two capitalised words.
 */
const NAME_FIELDS = new RegExp(
  `^[ \\t]*(?:imię|imie|vorname|prénom|prenom|first name|given name|nombre|nome|fornavn|förnamn|etunimi|voornaam|křestní jméno|jméno|meno)[ \\t]*:[ \\t]*\\n?[ \\t]*([^\\n:]{2,60}?)[ \\t]*\\n[ \\t]*(?:nazwisko|nachname|familienname|nom|last name|family name|surname|apellidos?|cognome|etternavn|efternamn|sukunimi|achternaam|příjmení|priezvisko)[ \\t]*:[ \\t]*\\n?[ \\t]*([${LETTER}][${LETTER}'’-]+(?: [${LETTER}][${LETTER}'’-]+)?)[ \\t]*$`,
  'gimu',
);
/** The family name's field labels, NAME_FIELDS' cheap first look. */
const FAMILY_FIELD_HINT = /nazwisko|nachname|familienname|\bnom\b|last name|family name|surname|apellido|cognome|etternavn|efternamn|sukunimi|achternaam|příjmení|priezvisko/i;
/** Between two given names in one field ("Lena i Kamal", "Lena und Kamal", "Lena, Kamal"). */
const GIVEN_NAMES_JOINED = /\s*(?:,|&|\band\b|\bund\b|\bet\b|\bi\b|\boraz\b|\by\b|\be\b|\bog\b|\boch\b|\ben\b|\ba\b|\bja\b)\s*/iu;

/** Adds the people NAME_FIELDS finds in `text`; returns the text without their fields. */
function scanNameFields(text: string, found: FindingSet, origin: string): string {
  let rest = text;
  NAME_FIELDS.lastIndex = 0;
  for (let m = NAME_FIELDS.exec(text); m; m = NAME_FIELDS.exec(text)) {
    const family = m[2]!;
    if (!/^\p{Lu}[^ ]* ?(?:\p{Lu}|$)/u.test(family)) continue;
    const given = m[1]!.split(GIVEN_NAMES_JOINED).filter(Boolean);
    if (given.length > 3 || !given.every((g) => /^\p{Lu}[\p{L}'’-]+$/u.test(g) && opensWithGivenName(g))) continue;
    for (const g of given) found.add('name', `${g} ${family}`, origin);
    rest = rest.replace(m[0], '\n');
  }
  return rest;
}

/** A line that is a web address alone ("Wendell.pl", "www.wendell-bau.de"). */
const WEB_ADDRESS_LINE = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}$/u;

function* afterLabels(text: string): Generator<Labelled> {
  const repeated = new Map<string, boolean>();
  // An exec loop, not matchAll: matchAll clones this long pattern on every call. Every match
  // holds a label's letters, so each search starts where the last match ended, as matchAll's.
  for (let at = 0, m = execAt(LABEL, text, at); m; m = execAt(LABEL, text, at)) {
    at = m.index + m[0].length;
    const family: Family = m[1] ? Family.SellerStrong : m[2] ? Family.SellerWeak : m[3] ? Family.Nickname : Family.Address;
    if (m[6] !== undefined) {
      // Glued: only a seller label written in lower case after its capital ("Kontakt", "Verkäufer"),
      // then a capital, and the rest of the line two or three capitalised words ("KontaktAnna Berg").
      const label = m[1] ?? m[2] ?? '';
      const last = label.charAt(label.length - 1);
      if (!label || m[6] === m[6].toLowerCase() || last === last.toUpperCase()) continue;
      const end = m.index + m[0].length;
      const lineEnd = text.indexOf('\n', end);
      const rest = text.slice(end, lineEnd < 0 ? undefined : lineEnd).trim();
      if (GLUED_NAME.test(rest)) yield { family, value: rest, explicit: true, next: undefined, glued: true };
      continue;
    }
    const gap = m[5]!;
    const end = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', end);
    const rest = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
    if (rest.trim() !== '') {
      const explicit = gap.includes(':') || gap.includes('：');
      yield { family, value: rest, explicit, next: lineEnd < 0 ? undefined : lineAt(text, lineEnd + 1), colon: explicit, label: m[1] ?? m[2] };
    } else if (lineEnd >= 0) {
      // "Contact" alone on a line of every card of a result page: a button, not a field's label.
      if (family === Family.SellerWeak) {
        const line = text.slice(text.lastIndexOf('\n', m.index) + 1, lineEnd);
        if (repeatedLine(text, line, repeated)) continue;
      }
      let start = lineEnd + 1;
      let nextEnd = text.indexOf('\n', start);
      // The site's address alone on the line under it ("Kontakt:" / "Wendell.pl" / "Lena Marten"): the
      // business's name as its address spells it, no person's; the field is the line after.
      if (nextEnd >= 0 && WEB_ADDRESS_LINE.test(text.slice(start, nextEnd).trim())) nextEnd = text.indexOf('\n', (start = nextEnd + 1));
      const value = text.slice(start, nextEnd < 0 ? undefined : nextEnd);
      yield { family, value, explicit: true, next: nextEnd < 0 ? undefined : lineAt(text, nextEnd + 1) };
    }
  }
}

/**
 * The leading run of name-like words: capitalised words and particles, at most five. When the
 * label is not explicit ("Selger Samsung Galaxy S23" is Norwegian for "selling ..."), a run
 * that goes on into a model number or other token with digits is a product, not a person.
 */
function leadingName(raw: string, explicit = true): string | undefined {
  // Spaces doubled between the words, as a text typed by hand has them ("Lena  Marten"): one.
  const value = raw.replace(/[ \t]{2,}/g, ' ');
  const words: string[] = [];
  let stoppedAt: string | undefined;
  // Titles passed over before the name (SMALL_TITLE): the tokens after the name are counted from them.
  let skipped = 0;
  for (const raw of value.trim().split(' ')) {
    const reading = CJK_WITH_READING.exec(raw);
    if (reading) {
      words.push(reading[1]!);
      break;
    }
    const word = raw.replace(/[,;:)(]+$/, '');
    // The next field's label glued to the name by inline elements with no space between them
    // ("Sprzedający: KatarzynaZadzwoń: 601 …"): the name is the word before the glued capital.
    const glued = /[:：]$/.test(raw) ? GLUED_LABEL.exec(word) : null;
    if (glued) {
      words.push(word.slice(0, glued.index + 1));
      break;
    }
    // "Brukernavn: OlaGarasje" on the line after "Selger": a label, not a name.
    if (words.length === 0 && /[:：]$/.test(raw)) return undefined;
    // A title in small letters before the name, as Bulgarian and Russian write it ("инж. Мария …",
    // "д-р Иван …"): passed over.
    if (words.length === 0 && SMALL_TITLE.test(word)) {
      skipped++;
      continue;
    }
    // A word in another script than the name's first ("Анна Петрова Lozen Hills by …": the next ad's
    // title run on after the name) ends it: a name is written in one script.
    if (words.length > 0 && isCyrillic(word) !== isCyrillic(words[0]!)) {
      stoppedAt = word;
      break;
    }
    // A particle inside a name ("Ana Souza de Lima", "ANA SOUZA DE LIMA") even where the same word alone is no name ("de").
    // A label with its dot closes the name as the label does ("María García Tel. 612 …", "Anna Berg Mob. …").
    if (!PARTICLES.has(word.toLowerCase()) && (NOT_NAME.has(word.toLowerCase().replace(/\.$/, '')) || !NAME_WORD.test(word))) {
      stoppedAt = word;
      break;
    }
    // A sentence's full stop after a word of the name ends the name, and is not part of it
    // ("Selger: Anna. Tel. …"); an initial or an acronym keeps its dot ("J.", "GmbH" does not come here).
    if (word.length > 2 && word.endsWith('.') && /\p{Ll}\.$/u.test(word)) {
      words.push(word.slice(0, -1));
      break;
    }
    words.push(word);
    if (word !== raw || words.length === 5) break;
  }
  if (!explicit && stoppedAt !== undefined && /\d/.test(stoppedAt)) return undefined;
  // "Skolegata 114, 5003 Bergen" under a "Selger" heading: a street and house number, not a name.
  // So is "Rua das Flores 12" under a "Contacto" heading: a house number ends the line, where a
  // phone number's first group has more groups after it ("Ana Sousa 912 482 936").
  const tokens = value.trim().split(' ');
  const stopToken = tokens[skipped + words.length];
  if (stopToken !== undefined && /^\d{1,4}[A-Za-z]?,$/.test(stopToken)) return undefined;
  // "Jan Novák s.r.o.": a firm, whose legal form stopped the name's capitalised words.
  if (stopToken !== undefined && legalFormAt(stopToken, 0)) return undefined;
  if (stopToken !== undefined && /^\d{1,4}[A-Za-z]?$/.test(stopToken) && tokens.length === skipped + words.length + 1) return undefined;
  // "São Paulo - SP": a city, then its state's code.
  if (/^[-–]$/.test(stopToken ?? '') && /^[A-Z]{2}$/.test(tokens[skipped + words.length + 1] ?? '')) return undefined;
  // Five capitalised words in a row and more to come: a menu or a title, not a name.
  if (words.length === 5 && stoppedAt === undefined && value.trim().split(' ').length > 5) return undefined;
  while (words.length && PARTICLES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const name = words.join(' ');
  return /\p{L}{2}/u.test(name) ? name : undefined;
}

/**
 * Labels that name a person and nothing else: "contact name", "contact person" in EN, DE, NL, FR,
 * ES, PT, IT, PL, CS, SK, HU, RO, TR, FI, SV/NO/DA, HR/SR/BS, SL, LT, ET, RU, UK and BG.
 */
const PERSON_LABEL = new RegExp(
  '^(?:contact name|contact person|ansprechpartner(?:in)?|kontaktname|kontaktperson|kontaktpersona|contactpersoon|nom du contact|personne à contacter|' +
    'nombre de contacto|persona de contacto|nome de contato|nome do contacto|pessoa de contato|pessoa de contacto|persona di contatto|' +
    'osoba kontaktowa|osoba do kontaktu|kontaktní osoba|kontaktná osoba|kapcsolattartó|persoană de contact|persoana de contact|yetkili kişi|' +
    'yhteyshenkilö|kontakt osoba|kontaktna oseba|kontaktinis asmuo|kontaktisik|контактное лицо|контактна особа|контактно лице|лице за контакт)$',
  'i',
);
/** A line that gives a number (six digits or more, perhaps grouped) or a mailbox. */
const CONTACT_LINE = /@|\d(?:[ ()./-]?\d){5}/;
/** Two or three words, each opening with a capital, the last of two letters or more ("Lena Marten", "Lena M. Marten"). */
const FULL_NAME_WORDS = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*\.?)?(?: \p{Lu}[\p{L}'’-]+)$/u;

/**
 * A Chinese result card's poster line: "来自经纪人: <agency> - <branch> <name>" ("from the agent:", the
 * agent's name last, after their agency's) and "来自个人房源: <name>" or "来自个人: <name>" ("from a
 * private owner's listing:"). Chinese has no capitals to say a name is one; the line's place does
 * (labelled.ts's uncased names). Only a name of two to four Han characters, after the agency's words
 * (not the branch after its dash alone: "<agency> - <branch>" with no name is none).
 */
const CJK_POSTER_HINT = /来自(?:经纪人|經紀人|个人|個人)/;
const CJK_AGENT_LINE = /^来自(?:经纪人|經紀人)\s*[:：]\s*(.+)$/gmu;
const CJK_OWNER_LINE = /^来自(?:个人房源|個人房源|个人|個人)\s*[:：]\s*([\u4e00-\u9fff]{2,4})\s*$/gmu;
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/u;
/** An agency's department, team, branch or office as the line's last word ("市场部", "望湖店", "置地"). */
const HAN_UNIT = /(?:部|组|組|店|处|處|中心|公寓|地产|地產|房产|房產|置业|置業|置地|中介)$/u;
function cjkPosters(text: string, found: FindingSet): void {
  for (const m of text.matchAll(CJK_AGENT_LINE)) {
    const tokens = m[1]!.trim().split(/\s+/);
    const name = tokens[tokens.length - 1]!;
    if (tokens.length >= 2 && !/^[-–—]$/.test(tokens[tokens.length - 2]!) && HAN_NAME.test(name) && !HAN_UNIT.test(name) && plausibleName(name, true)) found.add('name', name, LABELLED_UNCASED_ORIGIN);
  }
  for (const m of text.matchAll(CJK_OWNER_LINE)) if (plausibleName(m[1]!, true)) found.add('name', m[1]!, LABELLED_UNCASED_ORIGIN);
}

/** Engineer, architect, doctor, professor, lawyer: titles written in small letters before a name. */
const SMALL_TITLE = /^(?:инж|арх|д-р|проф|доц|адв|инж\.-арх)\.?$/;

/** Whether a word opens with a Cyrillic letter. */
function isCyrillic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x400 && c <= 0x4ff;
}

/** After a word, a sentence's: a word in small letters, then a sentence's length more on the line, no number or mailbox in it. */
const PROSE_AFTER_NAME = /^,?[ \t]+\p{Ll}[^\n\d@]{30}/u;

/** After a word, one word in small letters (three or more, no particle), a sentence's mark if any ("Lena marcar?"), and the value's end. */
const PHRASE_AFTER_WORD = /^[ \t]+(?!(?:von|van|der|den|del|della|dos|das|zu|ter|ten)\s*$)\p{Ll}{3,}[?!.…]?[ \t]*$/u;

/** Scans text (lines separated by "\n") for seller names, nicknames and addresses. */
export function scanLabelled(text: string, found: FindingSet, origin: string): void {
  if (origin === 'text' && CJK_POSTER_HINT.test(text)) cjkPosters(text, found);
  // (the given names' field is then not read again as a name alone)
  const rest = FAMILY_FIELD_HINT.test(text) ? scanNameFields(text, found, origin) : text;
  for (const { family, value, explicit, next, glued, colon, label } of afterLabels(rest)) {
    if (family === Family.SellerStrong || family === Family.SellerWeak) {
      const handle = AT_HANDLE.exec(value);
      if (handle) found.add('nickname', handle[1]!, origin);
      if (family === Family.SellerWeak && !explicit) continue;
      const lead = leadingName(value, explicit);
      // Under a weak label ("Contact", "Name"), a sentence that opens with a capitalised word
      // ("Contact" / "Mark your calendar: we answer every message …"): its first word, not a name.
      if (family === Family.SellerWeak && lead !== undefined && !lead.includes(' ') && PROSE_AFTER_NAME.test(value.slice(value.indexOf(lead) + lead.length))) continue;
      // A word in sentence case and one in small letters, the whole value: a phrase, a table's next
      // heading ("Säljare" / "Till salu", 'for sale'), not a given name and the rest of the line.
      if (lead !== undefined && !lead.includes(' ') && PHRASE_AFTER_WORD.test(value.slice(value.indexOf(lead) + lead.length))) continue;
      // Without professional letters after it ("Lena Marten MRICS").
      // ...nor academic titles before it ("ZÄ Lena Marten", "Dr. Lena Marten").
      const name = lead && withoutLetters(withoutRoleBefore(withoutTitles(lead)));
      // Chinese, Japanese and Korean have no capitals to say a name is one: the label says it.
      const uncased = explicit && name !== undefined && UNCASED_NAME.test(name);
      if (name && plausibleName(name, uncased) && (!glued || name === value)) {
        found.add('name', name, uncased && family === Family.SellerStrong && origin === 'text' ? LABELLED_UNCASED_ORIGIN : origin);
        // "Contact Name: Lena Marten" / "Phone: 206-555-0142", "Ansprechpartner: …" over "Telefon: …": a
        // label that names a person and nothing else, with its colon, over two or three capitalised
        // words, and a number or a mailbox on the next line (a contact block's), is a person's name
        // though the known names lack it (filters.ts: the known-name check); "Contact:" may head a
        // firm's or a desk's, and a label alone over a project's name ("Kontaktperson: Skyline Orchard") no one.
        if (colon && label !== undefined && PERSON_LABEL.test(label) && FULL_NAME_WORDS.test(name) && next !== undefined && CONTACT_LINE.test(next)) found.noteLabelledPerson(name);
      }
    } else if (family === Family.Nickname) {
      const handle = HANDLE.exec(value.trim());
      // Without a colon ("Login oder Anlage eines Benutzerkontos", a dialog's heading; "Login" over
      // a "Neues Benutzerkonto anlegen" button), only a handle that is the whole value: a field's
      // label over its value, not a word of a sentence or a button's.
      if (!colon && handle?.[0] !== value.trim()) continue;
      if (handle && !NOT_NAME.has(handle[1]!.toLowerCase())) found.add('nickname', handle[1]!, origin);
    } else {
      let address = value.trim();
      // "Storgata 1" then "0150 Oslo" on the next line (<br> or a second <dd>).
      if (next && /^(?:\d{4,5}|\d{3} \d{2}|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}) \p{L}/u.test(next)) {
        address = `${address}, ${next}`;
      }
      address = address.replace(/\s*[|·•].*$/, '');
      if (address.length >= 6 && address.length <= 150 && /\p{L}{2}/u.test(address) && /\d/.test(address)) {
        if (!/@|https?:|www\./i.test(address)) found.add('address', address, origin);
      }
    }
  }
}

/** A role label at the start of a line or of a "|"/"·" part ("Owner: ... | Agent: ..."), then its value. */
const ROLE_LABEL = new RegExp(`${START}(?:${ROLE_LABELS})(?![${LETTER}0-9])(${GAP})`, 'gim');
/** A role label written as a "by" phrase ("Posted by", "publié par", "publicado por", "Listing courtesy of"): its value needs no colon. */
const BY_WORDS = 'by|of|par|przez|door|por|da';
const BY_PHRASE = new RegExp(` (?:${BY_WORDS})$`, 'i');
/** What a text holds where a role label may name someone in it: a colon, or a "by" phrase's word (scanRoleLabels' cheap first look). */
export const ROLE_LABEL_HINT = new RegExp(`[:：]| (?:${BY_WORDS}) `, 'i');

/** A role label after a space, ending the text before a colon inside a line ("Loja: Acme Leiloeiro: Ana Lima"). */
const ROLE_BEFORE_COLON = new RegExp(`[ \\t](?:${ROLE_LABELS})[ \\t]*$`, 'i');
const ONE_LETTER = /\p{L}/u;
/** How far back from a colon a role label is looked for: more than the longest ("leiloeiro(a) oficial", 20) and its spaces. */
const ROLE_REACH = 40;
/** The next field's label glued to a name in capitals ("ANA LIMAVendedor:"): two inline elements' texts with no space between. */
const GLUED_FIELD = /(?<=\p{Lu}{2})\p{Lu}\p{Ll}+[ \t]*[:：]/u;

/**
 * A couple under one surname ("Kamal et Lena MARTEN.", "Jan und Anna Berg"): one given name, the
 * conjunction, then the name written whole, which is taken; and no sentence's full stop after a
 * surname. A surname joined by "y" after two names ("Juan Pérez y García") is one name.
 */
function couplesLast(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const words = name.replace(/(\p{L}{2})\.$/u, '$1').split(' ');
  return words.length >= 4 && COUPLE_CONJUNCTION.has(words[1]!.toLowerCase()) ? words.slice(2).join(' ') : words.join(' ');
}
const COUPLE_CONJUNCTION = new Set(['et', 'und', 'and', '&', 'y', 'e', 'og', 'och', 'en']);

/** The name a role label's value opens with: two or more words that pass plausibleName. */
function addRoleName(value: string, found: FindingSet, origin: string): void {
  const glued = GLUED_FIELD.exec(value);
  const field = glued ? value.slice(0, glued.index) : value;
  const name = couplesLast(leadingName(field, false));
  if (name && name.includes(' ') && plausibleName(name)) {
    found.add('name', name, origin);
    return;
  }
  // The office first, then its agent, as listings credit them ("Listing courtesy of" / "Wendell
  // Realty LLC, Lena Marten"): the part after the comma, where the part before it is no name (held
  // to the known names, as the text's names are, by the filter).
  const comma = field.indexOf(', ');
  if (comma <= 0) return;
  const agent = leadingName(field.slice(comma + 2), false);
  if (agent && agent.includes(' ') && plausibleName(agent)) found.add('name', agent, origin);
}

/**
 * The party's role before a card's name ("Agent: Asha Verma", "Owner: ...", "Posted by ..."):
 * with a colon or as a "by" phrase, on the label's line, or alone on its line and then the next
 * ("Leiloeiro(a):" / "Ana Lima"). After another field on its line, with its colon ("Loja: Acme
 * Leiloeiro: Ana Lima"). Only a name of two or more words that passes plausibleName ("Agent:
 * Foxworth" is an agency's brand).
 */
export function scanRoleLabels(text: string, found: FindingSet, origin: string): void {
  ROLE_LABEL.lastIndex = 0;
  for (let m = ROLE_LABEL.exec(text); m; m = ROLE_LABEL.exec(text)) {
    const gap = m[1]!;
    const label = m[0].slice(0, m[0].length - gap.length);
    const end = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', end);
    let value = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
    const colon = gap.includes(':') || gap.includes('：');
    if (!colon && !BY_PHRASE.test(label)) continue;
    // The label alone on its line names the next one ("Listing provided by" / "Jane Roe, Roe Realty",
    // "Leiloeiro(a):" / "Ana Lima"); without its colon, a role word alone on a line is a filter's
    // or a menu's item ("Owner" / "Agent" / "Builder").
    if (value.trim() === '' && lineEnd >= 0) value = lineAt(text, lineEnd + 1) ?? '';
    if (value.trim() === '') continue;
    addRoleName(value, found, origin);
  }
  // Inside a line, after another field ("Loja: Acme Leiloeiro: Ana Lima": inline elements' texts
  // run together): with its colon, and a colon before it on the line. After a sentence's words
  // ("… a cargo del corredor: Lucía Ferrán") it is prose, not a card's field.
  // Colons in order, with the start of each one's line kept as the scan goes (linear in the text).
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  let previousColon = -1;
  for (let colon = text.indexOf(':'); colon >= 0; previousColon = colon, colon = text.indexOf(':', colon + 1)) {
    while (nextNewline >= 0 && nextNewline < colon) {
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    // Cheap tests first: a colon before this one on its line, and a letter (then at most a space) before this one.
    if (previousColon < lineStart) continue;
    let k = colon - 1;
    if (k > previousColon && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
    if (k <= previousColon || !ONE_LETTER.test(text.charAt(k))) continue;
    const from = Math.max(previousColon + 1, colon - ROLE_REACH);
    const role = ROLE_BEFORE_COLON.exec(text.slice(from, colon));
    if (!role) continue;
    // The field before the label is a label's short value: a few words, no sentence's punctuation.
    const field = text.slice(previousColon + 1, from + role.index);
    if (field.trim() === '' || field.length > 60 || /[.,;!?]/.test(field) || field.trim().split(/\s+/).length > 5) continue;
    const value = text.slice(colon + 1, nextNewline < 0 ? undefined : nextNewline);
    if (value.trim() !== '') addRoleName(value, found, origin);
  }
}
