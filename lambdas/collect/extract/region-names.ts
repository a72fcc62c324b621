/**
 * Regions' names as ICU writes them (Intl.DisplayNames), lower case, to their current ISO 3166
 * codes: every two-letter code ICU names in `languages`, the first language's spelling of a name
 * winning. Built once per list of languages and kept (the build asks ICU 676 times per language).
 */
const built = new Map<string, ReadonlyMap<string, string>>();

export function regionsByName(languages: readonly string[]): ReadonlyMap<string, string> {
  const key = languages.join(',');
  const cached = built.get(key);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const language of languages) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const asked = String.fromCharCode(a, b);
        const name = display.of(asked)?.toLowerCase();
        // A withdrawn code is named as the code that replaced it ("DD" as "Germany", "YU" as
        // "Serbia"): the name goes to the current code, which a numbering plan has.
        const code = Intl.getCanonicalLocales(`und-${asked}`)[0]!.slice(4);
        if (name && !map.has(name)) map.set(name, code);
      }
    }
  }
  built.set(key, map);
  return map;
}
