/**
 * A sole trader's name: in Russia, Belarus and Kazakhstan an individual entrepreneur trades as
 * "ИП" and their own full name ("ИП Коваленко Олена Андреевна", "ИП Коваленко О.А."), in Ukraine as
 * "ФОП" (or "ФЛП", "СПД"). A marketplace's business account shows that name, and it is the
 * person's: the prefix is taken off. Only where the rest reads as a person's name: a surname and
 * one or two capitalised names, one of them known or a patronymic, or a surname and its initials.
 * A shop's trade name after the prefix ("ИП Ромашка", "ФОП Техно Світ") gives none.
 */
import { isFamilyName, isGivenName } from './given-names.js';
import { PATRONYMIC } from './names.js';

/** The prefix, then the rest of the name. */
const SOLE_TRADER = /^\s*(?:ИП|ІП|ФОП|ФЛП|СПД)\.?\s+(.+?)\s*$/u;
/** A capitalised Cyrillic word, a double-barrelled one too. */
const WORD = /^[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?$/u;
/** One or two initials ("О.А.", "О. А.", "О.П"). */
const INITIALS = /^[А-ЯЁІЇЄҐ]\.\s?(?:[А-ЯЁІЇЄҐ]\.?)?$/u;

/** A known given or family name, or a patronymic ("Игоревич", "Андреевна", "Андріївна": names.ts's PATRONYMIC). */
function known(word: string): boolean {
  const w = word.toLowerCase();
  return isGivenName(w) || isFamilyName(w) || PATRONYMIC.test(w);
}

/** The person's name in a sole trader's name ("ИП Коваленко Олена Андреевна" -> "Коваленко Олена Андреевна"), or undefined. */
export function soleTradersName(raw: string): string | undefined {
  const m = SOLE_TRADER.exec(raw);
  if (!m) return undefined;
  const name = m[1]!.replace(/\s+/g, ' ');
  // "Коваленко О.А.", "Коваленко О. А.": a surname and its initials.
  const initials = /^(\S+) (\S\.\s?(?:\S\.?)?)$/u.exec(name);
  if (initials) return WORD.test(initials[1]!) && INITIALS.test(initials[2]!) ? name : undefined;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => WORD.test(w))) return undefined;
  return words.some(known) ? name : undefined;
}
