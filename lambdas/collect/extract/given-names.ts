/**
 * Does a name carry a given name or a family name people are known to bear? The test that names
 * read from the page's layout and prose (a seller box, a profile link, a sentence) pass before
 * they are kept.
 *
 * Why: on real pages the extractor had not been tuned on, most wrong "names" from those places
 * were shops, dealers, housing projects, handles and UI words ("Mobile Auto", "Update credit
 * card", "drdoom"): capitalised like a name, and no word list of trades and UI words can be
 * complete. Almost every person's name there holds a known given name or family name. Names
 * stated by the page's data as a person's (a seller object's name field, schema.org markup) and
 * names after an honorific ("Mr. Roe") are not held to this.
 *
 * The list is built from @faker-js/faker's first and last names of 70+ locales
 * (`scripts/given-names.ts`). It is not complete either: a rare name in a seller box is lost.
 */
import { FAMILY_NAMES_TEXT, GIVEN_NAMES_TEXT } from './given-names-list.js';

let given: ReadonlySet<string> | undefined;
let family: ReadonlySet<string> | undefined;

/**
 * Russian and Belarusian write the same name with "ё" or with "е" ("Фёдор" and "Федор" on one
 * site, as each member typed it), and the lists hold some names one way only. A word with "ё"
 * the lists lack is looked up with "е" too. Not the other way: a list's "ё" does not make a word
 * written with "е" a name (the list leaves out "тема", a word, though it holds the short form "тёма").
 */
function withYoAsYe(word: string): string | undefined {
  return word.includes('ё') ? word.replaceAll('ё', 'е') : undefined;
}

/** Built once per process, on first use (both lists, 39,000 words: about 17-18 ms, measured with tsx). */
function givenNames(): ReadonlySet<string> {
  given ??= new Set(GIVEN_NAMES_TEXT.split(' '));
  return given;
}

function familyNames(): ReadonlySet<string> {
  family ??= new Set(FAMILY_NAMES_TEXT.split(' '));
  return family;
}

/**
 * Polish names typed without Polish letters ("Stanislaw" for "Stanisław", "Wieslaw", "Lucja"), as old
 * sites, mailboxes and sites made on a keyboard without them write them. Only the words the lists
 * write in plain and Polish letters alone are looked up so: stripping other languages' marks makes
 * other markets' words of their names ("áine" is "aine", an Estonian word; "việt" is "viet").
 */
const POLISH_LETTER: Readonly<Record<string, string>> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const POLISH_WORD = /^[a-ząćęłńóśźż'’-]+$/;
const ASCII_WORD = /^[a-z'’-]{4,}$/;
const plainForms = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
/** The plain forms of a list's words written with Polish letters ("stanislaw" for "stanisław"), built once. */
function plainFormsOf(list: ReadonlySet<string>): ReadonlySet<string> {
  let forms = plainForms.get(list);
  if (!forms) {
    const out = new Set<string>();
    for (const w of list) {
      if (ASCII_WORD.test(w) || !POLISH_WORD.test(w)) continue;
      const p = w.replace(/[ąćęłńóśźż]/g, (c) => POLISH_LETTER[c]!);
      if (ASCII_WORD.test(p)) out.add(p);
    }
    plainForms.set(list, (forms = out));
  }
  return forms;
}

/**
 * Whether `list` holds the word, or the word with "е" for its "ё" (withYoAsYe), or (a word of four
 * plain letters or more) a list's word written without its Polish letters ("stanislaw" for
 * "stanisław"). Not the other way: a word with marks is looked up as written.
 */
function holds(list: ReadonlySet<string>, word: string): boolean {
  if (list.has(word)) return true;
  const ye = withYoAsYe(word);
  if (ye !== undefined) return list.has(ye);
  return ASCII_WORD.test(word) && plainFormsOf(list).has(word);
}

/** True when the word is a known given name ("george", "iva"); lower case. */
export function isGivenName(word: string): boolean {
  return holds(givenNames(), word);
}

function isKnown(word: string): boolean {
  return holds(givenNames(), word) || holds(familyNames(), word);
}

/** True when the word is a known family name ("王", "kowalski"). */
export function isFamilyName(word: string): boolean {
  return holds(familyNames(), word.normalize('NFKC').toLowerCase());
}

/** Scripts written without spaces between a family name and a given name (Japanese, Chinese, Korean). */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * True when one of the name's words is a known given name or family name. In the unspaced
 * scripts the family name and the given name are one run ("王秀英", "김민준", "佐藤一郎"), so the
 * run's first one or two characters and its last two or three are looked up too.
 */
export function hasKnownName(name: string): boolean {
  for (const word of name.normalize('NFKC').toLowerCase().split(/[\s\-‐.,]+/u)) {
    if (!word) continue;
    if (isKnown(word) && (word.length > 1 || UNSPACED.test(word))) return true;
    if (UNSPACED.test(word)) {
      const chars = [...word];
      for (let n = 1; n <= 2 && n < chars.length; n++) if (isKnown(chars.slice(0, n).join(''))) return true;
      for (let n = 2; n <= 3 && n < chars.length; n++) if (isKnown(chars.slice(-n).join(''))) return true;
    }
  }
  return false;
}

/**
 * True when the name opens with a known given name ("Dana Whitfield", not "Palm Beach"): the
 * stricter test for a name that nothing but its place in the layout vouches for.
 */
export function opensWithGivenName(name: string): boolean {
  const first = name.normalize('NFKC').toLowerCase().split(/[\s\-‐.,]+/u)[0];
  return first !== undefined && first.length > 1 && holds(givenNames(), first);
}
