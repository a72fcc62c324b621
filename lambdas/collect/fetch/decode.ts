/** A fetched or saved page's bytes as text (no I/O; used by the crawler, `adwarden extract` and the corpus bench). */

/**
 * The HTML Standard's suggested default encodings for pages that declare none, by the language
 * of the user's locale ("determining the character encoding", its table of defaults derived
 * from Windows', Chrome's and Firefox's), keyed here by the market's country: the language most
 * of its legacy pages are written in. A country not listed gets windows-1252.
 */
const LEGACY_DEFAULT: Readonly<Record<string, string>> = {
  ...byCountry('windows-1250', ['CZ', 'SK', 'HR']),
  ...byCountry('iso-8859-2', ['PL', 'HU', 'SI']),
  ...byCountry('windows-1251', ['RU', 'UA', 'BY', 'BG', 'KZ', 'KG', 'TJ', 'MK', 'RS']),
  ...byCountry('windows-1257', ['EE', 'LT', 'LV']),
  ...byCountry('iso-8859-7', ['GR']),
  ...byCountry('windows-1254', ['TR']),
  ...byCountry('windows-1255', ['IL']),
  ...byCountry('windows-1256', ['SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ', 'JO', 'LB', 'SY', 'EG', 'LY', 'SD', 'IR']),
  ...byCountry('windows-874', ['TH']),
  ...byCountry('windows-1258', ['VN']),
  ...byCountry('shift_jis', ['JP']),
  ...byCountry('euc-kr', ['KR']),
  ...byCountry('gb18030', ['CN']),
  ...byCountry('big5', ['TW', 'HK', 'MO']),
};

function byCountry(encoding: string, countries: readonly string[]): Record<string, string> {
  return Object.fromEntries(countries.map((c) => [c, encoding]));
}

/**
 * The encoding of a page from `country` that declares none and is not UTF-8. ISO-8859-2 has
 * only control codes at 0x80-0x9F, where windows-1250 has letters ("š", "ž", "ś", "ź", "ť" and
 * their capitals): a page with such bytes is windows-1250 (a Slovenian "Žiga" came out as
 * "iga"), as the Encoding Standard reads a page labelled ISO-8859-1 as windows-1252 for the
 * same reason.
 */
function legacyDefault(country: string | undefined, body: Uint8Array): string {
  const encoding = LEGACY_DEFAULT[(country ?? '').toUpperCase()] ?? 'windows-1252';
  return encoding === 'iso-8859-2' && body.some((b) => b >= 0x80 && b <= 0x9f) ? 'windows-1250' : encoding;
}

/** Declared encodings whose bytes can be valid UTF-8 without being it (see decodeHtml). */
const NOT_ASCII_COMPATIBLE = /^(?:utf-?16|ucs-?2|unicode|csunicode|iso-?2022|csiso2022)/i;
const UTF8_LABEL = /^(?:utf-?8|unicode-1-1-utf-8|unicode11utf8|unicode20utf8|x-unicode20utf8)$/i;

/**
 * Decodes a page's bytes. In order:
 * 1. a declared UTF-16 or ISO-2022 charset (their bytes can be valid UTF-8 as well);
 * 2. UTF-8, when the bytes are valid UTF-8;
 * 3. UTF-8 with its few broken bytes replaced, when the page is UTF-8 with errors (at least
 *    three valid multi-byte characters for each broken one);
 * 4. the charset that the Content-Type or a `<meta charset>` in the first 1 KiB declares; a
 *    `<meta>` that says UTF-8 over bytes that are not is taken for a stale copy's and passed
 *    over (a Content-Type that says so is followed: the server says what it sends, and the
 *    broken bytes become U+FFFD);
 * 5. the market's legacy default (legacyDefault: windows-1250 for CZ, windows-1251 for UA…),
 *    the way a browser of that locale reads a page that declares nothing.
 *
 * Why valid UTF-8 wins over a declaration: text in another encoding that uses bytes over 0x7F
 * (accented Latin, Cyrillic, GB2312) is almost never valid UTF-8 as a whole, while declarations
 * go stale. Scrapers save a GB2312 page as UTF-8 and keep its `<meta charset="gb2312">`;
 * servers send a default `charset=iso-8859-1` for UTF-8 files; a windows-1250 page says
 * `<meta charset="utf-8">`. Read by the declaration, every non-ASCII letter of such a page came
 * out as mojibake or U+FFFD, and every name with one was lost or stored cut ("luc" for an
 * ISO-8859-1 "Lucía"). Step 3 keeps a UTF-8 page with one stray byte from being read whole in a
 * legacy encoding; a legacy page matches a valid two-byte sequence only by chance, rarely.
 */
export function decodeHtml(body: Uint8Array, contentType: string | undefined, country?: string): string {
  let label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const fromHeader = label !== undefined;
  if (!label) {
    const head = Buffer.from(body.buffer, body.byteOffset, Math.min(1024, body.byteLength)).toString('latin1');
    label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  }
  if (label && NOT_ASCII_COMPATIBLE.test(label)) {
    const text = decodeAs(label, body);
    if (text !== undefined) return text;
  }
  try {
    // `stream`: a body cut inside a character's bytes (at a size cap) is still UTF-8; the
    // unfinished character is dropped rather than taken as a sign of another encoding.
    return new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: true });
  } catch {
    // Not UTF-8 throughout: mostly UTF-8, or another encoding.
  }
  const lenient = new TextDecoder('utf-8').decode(body, { stream: true });
  if (mostlyUtf8(lenient)) return lenient;
  if (label && (fromHeader || !UTF8_LABEL.test(label))) {
    const text = decodeAs(label, body);
    if (text !== undefined) return text;
  }
  return decodeAs(legacyDefault(country, body), body) ?? new TextDecoder('windows-1252').decode(body);
}

function decodeAs(label: string, body: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return undefined; // a label TextDecoder does not know
  }
}

/** Whether UTF-8 text with replacement characters has at least three other non-ASCII characters for each (legacy text has far more broken than valid: its letters seldom form a valid sequence). */
function mostlyUtf8(text: string): boolean {
  let broken = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) broken++;
    else valid++;
  }
  return valid >= 3 * broken;
}
