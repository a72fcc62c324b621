/**
 * An agent's or a tradesperson's role before or after the given name that a marketplace's display
 * name or a card shows ("Риелтор Анна", "Анна Риелтор", "Photographer Lena"): the role is no part of
 * the name (FindingSet.add takes it off). Taken off only beside a known given name, so a role before
 * a place or a firm's word ("Фотограф Москва", "Брокер Плюс") or a role alone stays what it was.
 */
import { isGivenName } from './given-names.js';

const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'agent agente agentin realtor broker makler maklerin makelaar mäklare megler mægler corretor corretora asesor asesora ' +
    'consultant consultor consultora berater beraterin photographer fotograf fotografin photographe fotógrafo fotógrafa fotografo ' +
    'агент риелтор риэлтор ріелтор рієлтор маклер брокер менеджер консультант специалист спеціаліст фотограф ' +
    'мастер майстер репетитор юрист нотариус нотаріус дизайнер визажист візажист парикмахер перукар массажист масажист ' +
    'психолог тренер сантехник электрик електрик'
  ).split(' '),
);

/** True when the name's words open with a role before a known given name ("Риелтор", "Анна"). */
function roleBeforeName(words: readonly string[]): boolean {
  return words.length > 1 && ROLE_WORDS.has(words[0]!.toLowerCase()) && isGivenName(words[1]!.normalize('NFKC').toLowerCase());
}

/** True when the name's words are a known given name, then a role ("Анна", "Риелтор"). */
function roleAfterName(words: readonly string[]): boolean {
  return words.length === 2 && ROLE_WORDS.has(words[1]!.toLowerCase()) && isGivenName(words[0]!.normalize('NFKC').toLowerCase());
}

/** The name without a role before or after it: "Риелтор Анна" and "Анна Риелтор" -> "Анна"; anything else as it was. */
export function withoutRole(name: string): string {
  const words = name.trim().split(/\s+/);
  if (roleBeforeName(words)) return words.slice(1).join(' ');
  return roleAfterName(words) ? words[0]! : name;
}
