/**
 * The demo classifieds site: a deterministic, fictional ad site that the local runtime serves
 * (server.ts) so the pipeline has something real to crawl, and whose `expected` identifiers
 * are the ground truth tests compare extraction against.
 *
 * Every ad shows its seller's identifiers in one of many real-world spellings (national and
 * international phone formats, obfuscated e-mails, lower-case VINs, plates with and without
 * spaces...) and every page carries decoys that look like identifiers but are not (dates,
 * prices, postcodes, ad ids, mileage, years, order numbers, IMEIs, serial numbers).
 *
 * Ground-truth formats (DemoExpected), each list unique and sorted:
 * - phones:    E.164, "+4791234567".
 * - emails:    lower-case, "ola.nordmann@example.no".
 * - vins:      upper-case, 17 characters, valid ISO 3779 check digit.
 * - plates:    "CC:ALNUM" with the plate's country and its letters/digits upper-case without
 *              spaces or hyphens: "NO:AB12345", "SE:ABC123", "DE:BAB1234".
 * - names:     NFKC, lower-case, whitespace collapsed to single spaces: "kjetil ødegård".
 * - nicknames: NFKC, lower-case: "bilkjetil77".
 * - addresses: "<street> <number>, <postcode> <city>", NFKC, lower-case, whitespace collapsed
 *              to single spaces: "storgata 1, 0150 oslo", "kungsgatan 12, 411 19 göteborg",
 *              "hauptstraße 5, 10115 berlin". It is exactly the text of `.seller-address`
 *              normalised, and equally `${streetAddress}, ${postalCode} ${addressLocality}`
 *              of the JSON-LD / microdata PostalAddress. British sellers never show an address.
 */
import {
  ADJECTIVES,
  BOATS,
  CARS,
  COUNTRY_NAME_NB,
  DE_DISTRICTS,
  DEALERS,
  ENGINES,
  FIRST_NAMES,
  GADGETS,
  LANG_OF,
  LAST_NAMES,
  NICK_STEMS,
  NO_EL_PLATE_SERIES,
  NO_PLATE_SERIES,
  PLACES,
  SE_PLATE_LETTERS,
  STREETS,
  type AdCategory,
  type AdCountry,
  type AdLang,
  type CarModel,
  type Place,
} from './data.js';
import {
  renderAdPage,
  renderJsAdPage,
  renderListingPage,
  renderPrivatePage,
  type AdContent,
  type AddressView,
  type ContactLine,
  type Fact,
  type FooterInfo,
  type ValueNode,
} from './render.js';

export type { AdCategory, AdCountry, AdLang } from './data.js';

export const DEFAULT_SEED = 20261122;
export const DEFAULT_ADS = 60;
export const DEFAULT_PER_PAGE = 12;

export interface GenerateOptions {
  seed: number;
  ads: number;
  perPage: number;
  /** The site's own country (default country for phones and plates). Only Norway for now. */
  country?: 'NO';
}

export interface DemoExpected {
  phones: string[];
  emails: string[];
  vins: string[];
  plates: string[];
  names: string[];
  nicknames: string[];
  addresses: string[];
}

/** How the ad body reaches the page. Exactly one per ad. */
export type DemoRendering = 'plain' | 'json-ld' | 'microdata' | 'js';

export interface DemoAd {
  /** 9-digit ad id (also shown as the decoys "FINN-kode …" and "Annonse-ID: …"). */
  id: string;
  /** Where the ad is served and linked from its listing page: "/ad/<id>", or "/private/ad/<id>" when disallowed. */
  path: string;
  /** The listing page (1-based) that links to this ad. */
  listingPage: number;
  /** The ad's country; national-format phone numbers and plates in the ad belong to it. */
  country: AdCountry;
  lang: AdLang;
  category: AdCategory;
  title: string;
  price: number;
  currency: 'NOK' | 'SEK' | 'EUR' | 'GBP';
  /** Publication date, ISO yyyy-mm-dd. */
  date: string;
  location: { postcode: string; city: string };
  /** The description paragraphs as plain text, joined with blank lines. */
  description: string;
  rendering: DemoRendering;
  /** The HTML has an empty #app; an inline script builds [data-ad-body] from a base64 JSON blob. */
  jsRendered: boolean;
  /** Carries a <script type="application/ld+json"> with the seller's identifiers. */
  jsonLd: boolean;
  /** Carries schema.org microdata (itemscope/itemprop) around the seller's identifiers. */
  microdata: boolean;
  /** Linked under /private/, which robots.txt disallows: a polite crawler never fetches it. */
  disallowed: boolean;
  /** Stable id of the seller; several ads can share a seller (same identifiers, other spellings). */
  sellerId: string;
  expected: DemoExpected;
}

export interface DemoSite {
  seed: number;
  perPage: number;
  country: 'NO';
  /** In listing order (newest first). */
  ads: DemoAd[];
  totalAds: number;
  /** Ads a crawler that obeys robots.txt can reach (totalAds minus disallowed). */
  crawlableAds: number;
  listingPages: number;
  robotsTxt: string;
  /** Every HTML page by path: /listings/<n>, /ad/<id>, /private/ad/<id>, /private/account, /private/saved. */
  pages: ReadonlyMap<string, string>;
}

/**
 * robots.txt of the site. No Crawl-delay: a crawler honouring one would wait that many seconds
 * between requests and the local run would crawl 60 ads in minutes instead of seconds; the
 * crawler's own rate limit (crawler.defaultRatePerSecond) already keeps the load polite.
 */
export const ROBOTS_TXT = [
  '# Demo Classifieds (fictional). Served by the adwarden local runtime.',
  '# No Crawl-delay on purpose: the local run should be fast; the crawler rate-limits itself.',
  'User-agent: *',
  'Disallow: /private/',
  '',
].join('\n');

// ---------------------------------------------------------------------------------------------
// Randomness

/**
 * mulberry32, hand-written on purpose: we need a 5-line deterministic 32-bit generator whose
 * output never changes for a given seed, not a library. Returns floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list');
    return xs[this.int(0, xs.length - 1)] as T;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
    }
    return xs;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  chars(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet.charAt(this.int(0, alphabet.length - 1));
    return s;
  }
}

/**
 * Round-robin over spelling variants from a seeded start, so every variant appears once enough
 * ads use it (random picks could leave a variant out of the default site).
 */
class Cycler {
  private readonly counters = new Map<string, number>();
  constructor(private readonly rng: Rng) {}
  next<T>(key: string, options: readonly T[]): T {
    if (options.length === 0) throw new Error(`no options for ${key}`);
    const c = this.counters.get(key) ?? this.rng.int(0, options.length - 1);
    this.counters.set(key, c + 1);
    return options[c % options.length] as T;
  }
}

/** Exactly-proportioned, shuffled assignment: `counts` must sum to the list length. */
function spread<T>(rng: Rng, counts: ReadonlyArray<readonly [T, number]>): T[] {
  const out: T[] = [];
  for (const [value, n] of counts) for (let i = 0; i < n; i++) out.push(value);
  return rng.shuffle(out);
}

function share(n: number, p: number, minOne: boolean): number {
  const k = Math.round(n * p);
  return minOne && n >= 4 ? Math.max(1, k) : k;
}

// ---------------------------------------------------------------------------------------------
// Normalisation (the ground-truth formats, see the file comment)

export function normaliseText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function translit(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]/g, '');
}

// ---------------------------------------------------------------------------------------------
// VINs

const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
/** Model-year code (VIN position 10) for 2001..2030. */
const VIN_YEARS = '123456789ABCDEFGHJKLMNPRSTVWXY';

/** The ISO 3779 / FMVSS 115 check digit (position 9) of a 17-character VIN. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin.charAt(i).toUpperCase();
    const v = /\d/.test(ch) ? Number(ch) : VIN_VALUES[ch];
    if (v === undefined) throw new Error(`invalid VIN character "${ch}"`);
    sum += v * (VIN_WEIGHTS[i] ?? 0);
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

export function isValidVin(vin: string): boolean {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(vin) && vin.charAt(8) === vinCheckDigit(vin);
}

/**
 * A VIN with a correct check digit. European makers need not fill position 9, but a valid
 * one passes every validator, strict or not.
 */
function makeVin(rng: Rng, car: CarModel, year: number): string {
  const vds = car.zzz ? `ZZZ${rng.chars(VIN_ALPHABET, 2)}` : rng.chars(VIN_ALPHABET, 5);
  const yearCode = VIN_YEARS.charAt(Math.min(Math.max(year - 2001, 0), VIN_YEARS.length - 1));
  const draft = `${car.wmi}${vds}0${yearCode}${rng.chars(VIN_ALPHABET, 1)}${rng.digits(6)}`;
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
}

// ---------------------------------------------------------------------------------------------
// Phones

interface Phone {
  readonly e164: string;
  readonly country: AdCountry;
  /** National significant number (no trunk 0, no country code). */
  readonly nsn: string;
  readonly kind: 'mobile' | 'landline';
}

const CALLING_CODE: Record<AdCountry, string> = { NO: '47', SE: '46', DE: '49', GB: '44' };

function newPhone(rng: Rng, used: Set<string>, country: AdCountry, kind: 'mobile' | 'landline'): Phone {
  for (;;) {
    let nsn: string;
    if (country === 'NO') {
      // Norwegian mobiles: 4[015-8]x xx xxx and 9x xx xx xx (49, 42-44 are not mobile ranges).
      nsn = rng.pick(['40', '41', '45', '46', '47', '48', '90', '91', '92', '93', '94', '95', '97', '98', '99']) + rng.digits(6);
    } else if (country === 'SE') {
      nsn = kind === 'mobile' ? rng.pick(['70', '72', '73', '76', '79']) + rng.digits(7) : `8${rng.int(1, 9)}${rng.digits(7)}`;
    } else if (country === 'DE') {
      if (kind === 'landline') nsn = `30${rng.int(1, 9)}${rng.digits(7)}`;
      else {
        const pre = rng.pick(['151', '152', '157', '160', '170', '171', '172', '173', '175', '176', '178', '179']);
        nsn = pre + rng.digits(['151', '152', '157', '176', '178', '179'].includes(pre) ? 8 : 7);
      }
    } else {
      nsn = `7${rng.pick(['4', '5', '7', '8', '9'])}${rng.digits(8)}`;
    }
    const e164 = `+${CALLING_CODE[country]}${nsn}`;
    if (!used.has(e164)) {
      used.add(e164);
      return { e164, country, nsn, kind };
    }
  }
}

function groups(s: string, sizes: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.filter(Boolean).join(' ');
}

/** National spellings (only used in ads of the phone's own country) and international ones. */
function phoneSpellings(p: Phone): { national: string[]; intl: string[] } {
  const n = p.nsn;
  const cc = CALLING_CODE[p.country];
  switch (p.country) {
    case 'NO':
      return {
        national: [groups(n, [3, 2, 3]), groups(n, [2, 2, 2, 2]), n],
        intl: [`+47 ${groups(n, [3, 2, 3])}`, `0047 ${n}`, `+47 ${groups(n, [2, 2, 2, 2])}`, `(+47) ${groups(n, [3, 2, 3])}`, `+47${n}`],
      };
    case 'SE':
      if (p.kind === 'landline') {
        return { national: [`08-${groups(n.slice(1), [3, 3, 2])}`, `08 ${groups(n.slice(1), [3, 3, 2])}`], intl: [`+46 8 ${groups(n.slice(1), [3, 3, 2])}`] };
      }
      return {
        national: [`0${n.slice(0, 2)}-${groups(n.slice(2), [3, 2, 2])}`, `0${groups(n, [2, 3, 2, 2])}`, `0${n}`],
        intl: [`+46 ${groups(n, [2, 3, 2, 2])}`, `+46 (0)${n.slice(0, 2)}-${groups(n.slice(2), [3, 2, 2])}`, `+46${n}`],
      };
    case 'DE': {
      if (p.kind === 'landline') {
        return { national: [`030 ${n.slice(2)}`, `030/${groups(n.slice(2), [4, 4])}`], intl: [`+49 30 ${n.slice(2)}`] };
      }
      const pre = n.slice(0, 3);
      const rest = n.slice(3);
      return {
        national: [`0${pre} ${rest}`, `0${pre}/${rest}`, `0${pre}-${groups(rest, rest.length === 7 ? [3, 2, 2] : [4, 4])}`],
        intl: [`+49 ${pre} ${rest}`, `+49 (0)${pre} ${rest}`, `+${cc}${n}`],
      };
    }
    case 'GB':
      return {
        national: [`0${n.slice(0, 4)} ${n.slice(4)}`, `0${n}`],
        intl: [`+44 ${n.slice(0, 4)} ${n.slice(4)}`, `+44 (0)${n.slice(0, 4)} ${n.slice(4)}`, `+44${n}`],
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Sellers

interface Address {
  readonly street: string;
  readonly number: string;
  readonly place: Place;
}

interface Seller {
  readonly id: string;
  readonly type: 'Person' | 'Organization';
  readonly country: AdCountry;
  /** Canonical display name (NFC). */
  readonly name: string;
  readonly nick?: string;
  readonly phones: readonly Phone[];
  /** Canonical e-mail, lower-case. */
  readonly email: string;
  readonly address: Address;
}

function newAddress(rng: Rng, country: AdCountry): Address {
  const number = String(rng.int(1, 120)) + (country === 'NO' && rng.chance(0.15) ? rng.pick(['A', 'B', 'C']) : '');
  return { street: rng.pick(STREETS[country]), number, place: rng.pick(PLACES[country]) };
}

function canonicalAddress(a: Address): string {
  return `${a.street} ${a.number}, ${a.place.postcode} ${a.place.city}`;
}

class SellerPool {
  private readonly persons: Seller[] = [];
  private readonly dealers = new Map<string, Seller>();
  private readonly names = new Set<string>();
  private readonly nicks = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly phones = new Set<string>();
  private count = 0;

  constructor(
    private readonly rng: Rng,
    private readonly cycle: Cycler,
  ) {}

  private uniqueEmail(local: string, domain: string): string {
    let email = `${local}@${domain}`;
    for (let i = 2; this.emails.has(email); i++) email = `${local}${i}@${domain}`;
    this.emails.add(email);
    return email;
  }

  dealer(country: AdCountry, category: AdCategory): Seller {
    const name = DEALERS[country][category];
    const known = this.dealers.get(name);
    if (known) return known;
    const rng = this.rng;
    const kind = country === 'SE' || country === 'DE' ? 'landline' : 'mobile';
    const domain = country === 'NO' ? 'example.no' : rng.pick(['example.com', 'example.org']);
    const seller: Seller = {
      id: `seller-${++this.count}`,
      type: 'Organization',
      country,
      name,
      phones: [newPhone(rng, this.phones, country, kind)],
      email: this.uniqueEmail(`${rng.pick(['salg', 'post', 'kontakt'])}.${translit(name.split(' ')[0] ?? 'demo')}${translit(name.split(' ')[1] ?? '')}`, domain),
      address: newAddress(rng, country),
    };
    this.dealers.set(name, seller);
    return seller;
  }

  /** A private seller of this country: usually new, sometimes one seen before. */
  person(country: AdCountry, category: AdCategory): Seller {
    const rng = this.rng;
    const earlier = this.persons.filter((p) => p.country === country);
    if (earlier.length > 0 && rng.chance(0.18)) return rng.pick(earlier);

    // Prefer a name not used yet; once the lists run dry (large sites), namesakes are fine.
    const draw = (): [string, string] => [rng.pick(FIRST_NAMES[country]), rng.pick(LAST_NAMES[country])];
    let [first, last] = draw();
    for (let tries = 0; this.names.has(`${first} ${last}`) && tries < 50; tries++) [first, last] = draw();
    const name = `${first} ${last}`;
    this.names.add(name);

    const yy = String(rng.int(55, 99));
    const stem = rng.pick(NICK_STEMS[category]);
    const nickForms = [`${stem}${first}${yy}`, `${translit(first)}_${translit(last)}`, `${last}${yy}`, `${first}${stem}`];
    const baseNick = this.cycle.next('nick.form', nickForms);
    let nick = baseNick;
    for (let i = 2; this.nicks.has(nick.toLowerCase()); i++) nick = `${baseNick}${i}`;
    this.nicks.add(nick.toLowerCase());

    const localForms = [`${translit(first)}.${translit(last)}`, `${translit(first)}${yy}`, `${translit(first).charAt(0)}${translit(last)}`, `${translit(first)}.${translit(last)}${yy}`];
    const domain = country === 'NO' ? rng.pick(['example.no', 'example.no', 'example.com']) : rng.pick(['example.com', 'example.org']);
    const email = this.uniqueEmail(this.cycle.next('email.local', localForms), domain);

    const phones = [newPhone(rng, this.phones, country, 'mobile')];
    if (rng.chance(0.3)) {
      // A second number; Norwegian sellers sometimes keep a Swedish one (shown internationally).
      phones.push(newPhone(rng, this.phones, country === 'NO' && rng.chance(0.4) ? 'SE' : country, 'mobile'));
    }
    const seller: Seller = {
      id: `seller-${++this.count}`,
      type: 'Person',
      country,
      name,
      nick,
      phones,
      email,
      address: newAddress(rng, country),
    };
    this.persons.push(seller);
    return seller;
  }
}

// ---------------------------------------------------------------------------------------------
// Plates

interface Plate {
  /** Plate country. */
  readonly country: 'NO' | 'SE' | 'DE';
  /** Ground truth, "NO:AB12345". */
  readonly value: string;
  /** Display spellings. */
  readonly spellings: readonly string[];
}

function newPlate(rng: Rng, used: Set<string>, country: 'NO' | 'SE' | 'DE', ev: boolean): Plate {
  for (;;) {
    let plate: Plate;
    if (country === 'NO') {
      const series = rng.pick(ev ? NO_EL_PLATE_SERIES : NO_PLATE_SERIES);
      const num = String(rng.int(10000, 99999));
      plate = { country, value: `NO:${series}${num}`, spellings: [`${series} ${num}`, `${series}${num}`, `${series}${num}`.toLowerCase()] };
    } else if (country === 'SE') {
      const letters = rng.chars(SE_PLATE_LETTERS, 3);
      const tail = rng.chance(0.3) ? `${rng.digits(2)}${rng.chars(SE_PLATE_LETTERS.replace('O', ''), 1)}` : rng.digits(3);
      plate = { country, value: `SE:${letters}${tail}`, spellings: [`${letters} ${tail}`, `${letters}${tail}`, `${letters} ${tail}`.toLowerCase()] };
    } else {
      const district = rng.pick(DE_DISTRICTS);
      const letters = rng.chars('ABCDEFGHJKLMNPRSTUVWXYZ', rng.int(1, 2));
      const num = String(rng.int(1, 9)) + rng.digits(rng.int(0, 3));
      plate = { country, value: `DE:${district}${letters}${num}`, spellings: [`${district}-${letters} ${num}`, `${district} ${letters} ${num}`] };
    }
    if (!used.has(plate.value)) {
      used.add(plate.value);
      return plate;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting of decoys

function group3(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const CURRENCY: Record<AdCountry, DemoAd['currency']> = { NO: 'NOK', SE: 'SEK', DE: 'EUR', GB: 'GBP' };

function priceText(cycle: Cycler, country: AdCountry, n: number): string {
  switch (country) {
    case 'NO':
      return cycle.next('price.NO', [`${group3(n, ' ')} kr`, `kr ${group3(n, '.')},-`, `${group3(n, ' ')},-`, `NOK ${group3(n, ' ')}`, `${group3(n, '\u00a0')} kr`]);
    case 'SE':
      return cycle.next('price.SE', [`${group3(n, ' ')} kr`, `${group3(n, ' ')} SEK`]);
    case 'DE':
      return cycle.next('price.DE', [`${group3(n, '.')} €`, `${group3(n, '.')} EUR VB`]);
    case 'GB':
      return `£${group3(n, ',')}`;
  }
}

function mileageText(country: AdCountry, km: number): string {
  switch (country) {
    case 'NO':
      return `${group3(km, ' ')} km`;
    case 'SE':
      return `${group3(Math.round(km / 10), ' ')} mil`;
    case 'DE':
      return `${group3(km, '.')} km`;
    case 'GB':
      return `${group3(Math.round(km / 1.609), ',')} miles`;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Labels per language

const L = {
  phone: { nb: ['Ring', 'Tlf:', 'tlf.', 'Mob.', 'SMS til'], sv: ['Ring', 'Tel:', 'Mobil'], de: ['Tel.', 'Handy:', 'Anrufe unter'], en: ['Call', 'Tel:', 'Text me on'] },
  email: { nb: ['E-post:', 'Send e-post til', 'Mail:'], sv: ['Mejl:', 'E-post:'], de: ['E-Mail:', 'Mail an'], en: ['Email:', 'Email me at'] },
  vin: { nb: ['Understellsnr.', 'Chassisnummer', 'VIN:'], sv: ['Chassinummer', 'VIN:'], de: ['FIN:', 'Fahrgestellnummer', 'VIN:'], en: ['VIN:', 'Chassis no.'] },
  plate: { nb: ['Reg.nr.', 'Kjennemerke', 'Skilt'], sv: ['Reg.nr', 'Registreringsnummer'], de: ['Kennzeichen', 'Kfz-Kennzeichen'], en: ['Reg.'] },
  year: { nb: 'Årsmodell', sv: 'Årsmodell', de: 'Baujahr', en: 'Year' },
  mileage: { nb: 'Kilometerstand', sv: 'Miltal', de: 'Kilometerstand', en: 'Mileage' },
  fuel: { nb: 'Drivstoff', sv: 'Drivmedel', de: 'Kraftstoff', en: 'Fuel' },
  engine: { nb: 'Motor', sv: 'Motor', de: 'Motor', en: 'Engine' },
  condition: { nb: 'Tilstand', sv: 'Skick', de: 'Zustand', en: 'Condition' },
  electric: { nb: 'Elektrisitet', sv: 'El', de: 'Elektro', en: 'Electric' },
  diesel: { nb: 'Diesel', sv: 'Diesel', de: 'Diesel', en: 'Diesel' },
  petrol: { nb: 'Bensin', sv: 'Bensin', de: 'Benzin', en: 'Petrol' },
  hybrid: { nb: 'Hybrid', sv: 'Hybrid', de: 'Hybrid', en: 'Hybrid' },
  used: { nb: 'Brukt', sv: 'Begagnad', de: 'Gebraucht', en: 'Used' },
} as const;

const CALL_LINK_TEXT = 'Ring selger';
const MAIL_LINK_TEXT = 'Send e-post';

function stripColon(label: string): string {
  return label.replace(/:$/, '');
}

// ---------------------------------------------------------------------------------------------
// E-mail spellings

type EmailForm = 'plain' | 'mixed' | 'mailto-text' | 'mailto-only' | 'entity-dec' | 'entity-hex' | 'brackets' | 'parens' | 'brackets-tight';
const EMAIL_CONTACT_FORMS: readonly EmailForm[] = ['plain', 'mixed', 'mailto-text', 'mailto-only', 'entity-dec', 'entity-hex', 'brackets', 'parens', 'brackets-tight'];
const EMAIL_TEXT_FORMS: readonly EmailForm[] = ['plain', 'mixed', 'brackets', 'parens', 'brackets-tight'];

function emailNode(email: string, form: EmailForm, adId: string): ValueNode {
  const at = email.indexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = domain.slice(0, dot);
  const tld = domain.slice(dot + 1);
  switch (form) {
    case 'plain':
      return { t: 'text', text: email, prop: 'email' };
    case 'mixed':
      return { t: 'text', text: `${local.split('.').map(capitalise).join('.')}@${capitalise(domain)}`, prop: 'email' };
    case 'mailto-text':
      return { t: 'link', href: `mailto:${email}`, text: email, prop: 'email' };
    case 'mailto-only':
      return { t: 'link', href: `mailto:${email}?subject=FINN-kode%20${adId}`, text: MAIL_LINK_TEXT, prop: 'email', meta: email };
    case 'entity-dec':
      return { t: 'html', html: `${local}&#64;${domain}` };
    case 'entity-hex':
      return { t: 'html', html: `${local}&#x40;${host}&#46;${tld}` };
    case 'brackets':
      return { t: 'text', text: `${local} [at] ${host} [dot] ${tld}` };
    case 'parens':
      return { t: 'text', text: `${local} (at) ${host} (dot) ${tld}` };
    case 'brackets-tight':
      return { t: 'text', text: `${local}[at]${domain}` };
  }
}

function nodeText(n: ValueNode): string {
  if (n.t === 'html') throw new Error('html node in text');
  return n.text;
}

// ---------------------------------------------------------------------------------------------
// Generation

interface Item {
  readonly title: string;
  readonly schemaType: string;
  readonly intro: string;
  readonly facts: Fact[];
  readonly listingExtras: string[];
  readonly car?: CarModel;
  readonly year: number;
  readonly km?: number;
}

function makeItem(rng: Rng, cycle: Cycler, category: AdCategory, country: AdCountry, lang: AdLang, place: Place, price: string): Item {
  const adj = rng.pick(ADJECTIVES[lang][category]);
  const Adj = capitalise(adj);
  if (category === 'car') {
    const car = rng.pick(CARS);
    const year = rng.int(car.since, 2024);
    const km = rng.int(8, 260) * 1000 + rng.int(0, 999);
    const mileage = mileageText(country, km);
    const next = rng.int(2026, 2028);
    const mm = String(rng.int(1, 12)).padStart(2, '0');
    const intro = {
      nb: `Selger min ${car.make} ${car.model} fra ${year}. Kjørt ${mileage}, EU-godkjent til ${mm}.${next}. ${Adj}. Prisantydning ${price}.`,
      sv: `Säljer min ${car.make} ${car.model} från ${year}. Miltal ${mileage}, besiktigad till ${next}-${mm}. ${Adj}. Pris ${price}.`,
      de: `Verkaufe meinen ${car.make} ${car.model}, Erstzulassung ${mm}/${year}, ${mileage}. TÜV bis ${mm}/${next}. ${Adj}. Preis ${price}.`,
      en: `Selling my ${car.make} ${car.model} from ${year}, ${mileage} on the clock. MOT until ${mm}/${next}. ${Adj}. Asking ${price}.`,
    }[lang];
    const sep = lang === 'en' ? ', ' : ' – ';
    return {
      title: `${car.make} ${car.model} ${year}${sep}${adj}`,
      schemaType: cycle.next('schema.car', ['Car', 'Vehicle']),
      intro,
      facts: [
        { label: L.year[lang], value: String(year), prop: 'vehicleModelDate' },
        { label: L.mileage[lang], value: mileage },
        { label: L.fuel[lang], value: car.ev ? L.electric[lang] : L[car.fuel ?? 'diesel'][lang] },
      ],
      listingExtras: [String(year), mileage],
      car,
      year,
      km,
    };
  }
  if (category === 'boat') {
    const boat = rng.pick(BOATS);
    const engine = rng.pick(ENGINES);
    const year = rng.int(1998, 2023);
    const hours = rng.int(40, 1400);
    const intro = {
      nb: `${boat} fra ${year} med ${engine}, ${hours} timer på motoren. ${Adj}. Ligger i ${place.city}. Prisantydning ${price}.`,
      sv: `${boat} från ${year} med ${engine}, ${hours} timmar. ${Adj}. Ligger i ${place.city}. Pris ${price}.`,
      de: `${boat}, Baujahr ${year}, mit ${engine} (${hours} Betriebsstunden). ${Adj}. Liegeplatz ${place.city}. Preis ${price}.`,
      en: `${boat} from ${year} with ${engine}, ${hours} engine hours. ${Adj}. Moored in ${place.city}. Asking ${price}.`,
    }[lang];
    const title = { nb: `${boat} ${year} med ${engine}`, sv: `${boat} ${year} med ${engine}`, de: `${boat} (Baujahr ${year}) mit ${engine}`, en: `${boat} ${year} with ${engine}` }[lang];
    return {
      title,
      schemaType: 'Product',
      intro,
      facts: [
        { label: L.year[lang], value: String(year) },
        { label: L.engine[lang], value: `${engine}, ${hours} h` },
      ],
      listingExtras: [String(year)],
      year,
    };
  }
  const gadget = rng.pick(GADGETS);
  const year = rng.int(2021, 2025);
  const bought = `${String(rng.int(1, 28)).padStart(2, '0')}.${String(rng.int(1, 12)).padStart(2, '0')}.${year}`;
  const receiptNo = `${year}-${rng.digits(6)}`;
  const decoy =
    gadget.decoy === 'imei'
      ? ` IMEI: 35${rng.digits(13)}.`
      : gadget.decoy === 'serial'
        ? ` Serienr. ${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${rng.digits(2)}${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}.`
        : '';
  const intro = {
    nb: `Selger ${gadget.name}, kjøpt ${bought}. ${Adj}. Kvittering med ordrenr. ${receiptNo} følger med.${decoy} Pris ${price}.`,
    sv: `Säljer ${gadget.name}, köpt ${bought}. ${Adj}. Kvitto med ordernr. ${receiptNo} medföljer.${decoy} Pris ${price}.`,
    de: `Verkaufe ${gadget.name}, gekauft am ${bought}. ${Adj}. Rechnung (Bestellnr. ${receiptNo}) liegt bei.${decoy} Preis ${price}.`,
    en: `Selling ${gadget.name}, bought ${bought}. ${Adj}. Receipt with order no. ${receiptNo} included.${decoy} Asking ${price}.`,
  }[lang];
  const sep = lang === 'en' ? ', ' : ' – ';
  return {
    title: `${gadget.name}${sep}${adj}`,
    schemaType: 'Product',
    intro,
    facts: [{ label: L.condition[lang], value: L.used[lang] }],
    listingExtras: [],
    year,
  };
}

type NameForm = 'plain' | 'upper' | 'nbsp' | 'double' | 'nfd' | 'padded';

function nameDisplay(name: string, form: NameForm): string {
  switch (form) {
    case 'plain':
      return name;
    case 'upper':
      // "Weiß" upper-cases to "WEISS", which does not lower-case back: keep such names as they are.
      return name.toUpperCase().toLowerCase() === name.toLowerCase() ? name.toUpperCase() : name;
    case 'nbsp':
      return name.replace(/ /g, '\u00a0');
    case 'double':
      return name.replace(/ /g, '  ');
    case 'nfd':
      return name.normalize('NFD');
    case 'padded':
      return `\n      ${name}\n    `;
  }
}

function expectedOf(e: { phones: Set<string>; emails: Set<string>; vins: Set<string>; plates: Set<string>; names: Set<string>; nicknames: Set<string>; addresses: Set<string> }): DemoExpected {
  const s = (x: Set<string>): string[] => [...x].sort();
  return { phones: s(e.phones), emails: s(e.emails), vins: s(e.vins), plates: s(e.plates), names: s(e.names), nicknames: s(e.nicknames), addresses: s(e.addresses) };
}

function validate(o: GenerateOptions): void {
  if (!Number.isInteger(o.seed)) throw new RangeError('seed must be an integer');
  if (!Number.isInteger(o.ads) || o.ads < 1 || o.ads > 10_000) throw new RangeError('ads must be an integer in 1..10000');
  if (!Number.isInteger(o.perPage) || o.perPage < 1 || o.perPage > 1000) throw new RangeError('perPage must be an integer in 1..1000');
  if (o.country !== undefined && o.country !== 'NO') throw new RangeError('country: only "NO" is supported');
}

export function generateDemoSite(opts: Partial<GenerateOptions> = {}): DemoSite {
  const o: GenerateOptions = { seed: opts.seed ?? DEFAULT_SEED, ads: opts.ads ?? DEFAULT_ADS, perPage: opts.perPage ?? DEFAULT_PER_PAGE, country: opts.country ?? 'NO' };
  validate(o);
  const n = o.ads;
  const rng = new Rng(o.seed);
  const cycle = new Cycler(rng);
  const sellers = new SellerPool(rng, cycle);

  const se = share(n, 0.12, true);
  const de = share(n, 0.1, true);
  const gb = share(n, 0.08, true);
  const countries = spread<AdCountry>(rng, [['SE', se], ['DE', de], ['GB', gb], ['NO', Math.max(0, n - se - de - gb)]]).slice(0, n);
  const cars = share(n, 0.5, true);
  const boats = share(n, 0.2, true);
  const categories = spread<AdCategory>(rng, [['car', cars], ['boat', boats], ['electronics', Math.max(0, n - cars - boats)]]).slice(0, n);
  const js = share(n, 0.2, true);
  const ld = share(n, 0.25, true);
  const md = share(n, 0.15, true);
  const renderings = spread<DemoRendering>(rng, [['js', js], ['json-ld', ld], ['microdata', md], ['plain', Math.max(0, n - js - ld - md)]]).slice(0, n);
  const nDisallowed = share(n, 0.07, true);
  const disallowed = spread<boolean>(rng, [[true, nDisallowed], [false, n - nDisallowed]]);

  const usedIds = new Set<string>();
  const usedVins = new Set<string>();
  const usedPlates = new Set<string>();

  interface Draft {
    ad: Omit<DemoAd, 'listingPage' | 'path'>;
    content: AdContent;
    jsonLd?: unknown;
    orderNo: string;
    modifiedIso: string;
    listingExtras: string[];
    priceText: string;
  }
  const drafts: Draft[] = [];

  for (let i = 0; i < n; i++) {
    const country = countries[i] ?? 'NO';
    const lang = LANG_OF[country];
    const category = categories[i] ?? 'electronics';
    const rendering = renderings[i] ?? 'plain';
    let id: string;
    do id = String(rng.int(200_000_000, 399_999_999));
    while (usedIds.has(id));
    usedIds.add(id);
    const date = addDays('2024-01-01', rng.int(0, 1050));
    const modifiedIso = addDays(date, rng.int(0, 6));
    const orderNo = `${date.slice(0, 4)}-${rng.digits(6)}`;

    const dealerShare = category === 'car' ? 0.25 : category === 'boat' ? 0.3 : 0.15;
    const seller = rng.chance(dealerShare) ? sellers.dealer(country, category) : sellers.person(country, category);
    const place = seller.address.place;

    const amount =
      category === 'car'
        ? country === 'DE'
          ? rng.int(40, 600) * 100
          : country === 'GB'
            ? rng.int(60, 900) * 50
            : rng.int(45, 650) * 1000
        : category === 'boat'
          ? country === 'DE' || country === 'GB'
            ? rng.int(30, 900) * 100
            : rng.int(60, 900) * 1000
          : country === 'DE' || country === 'GB'
            ? rng.int(15, 250) * 10
            : rng.int(15, 250) * 100;
    const price = priceText(cycle, country, amount);
    const item = makeItem(rng, cycle, category, country, lang, place, price);

    const exp = { phones: new Set<string>(), emails: new Set<string>(), vins: new Set<string>(), plates: new Set<string>(), names: new Set<string>(), nicknames: new Set<string>(), addresses: new Set<string>() };
    const contacts: ContactLine[] = [];
    const inline: string[] = [];
    const tailSentences: string[] = [];
    const facts: Fact[] = [...item.facts];
    const ldSeller: Record<string, unknown> = { '@type': seller.type };
    const isLd = rendering === 'json-ld';

    // Name, nickname, address.
    const showName = seller.type === 'Organization' || rng.chance(0.85);
    let nameShown: string | undefined;
    if (showName) {
      // Decomposed (NFD) spelling only changes names with å/ä/ö/ü/é, so those names cycle on their own.
      const decomposable = seller.name.normalize('NFD') !== seller.name;
      const form: NameForm =
        seller.type === 'Organization'
          ? cycle.next('name.org', ['plain', 'double'] as const)
          : decomposable
            ? cycle.next('name.person.nfd', ['nfd', 'plain', 'upper', 'nbsp', 'double', 'padded'] as const)
            : cycle.next('name.person', ['plain', 'upper', 'nbsp', 'double', 'padded'] as const);
      nameShown = nameDisplay(seller.name, form);
      exp.names.add(normaliseText(seller.name));
      ldSeller.name = seller.name;
    }
    let nickShown: string | undefined;
    if (seller.nick !== undefined && rng.chance(0.7)) {
      nickShown = seller.nick;
      exp.nicknames.add(normaliseText(seller.nick));
      if (cycle.next('ld.nick', [true, false])) ldSeller.alternateName = seller.nick;
    }
    let addressShown: AddressView | undefined;
    if (country !== 'GB' && rng.chance(seller.type === 'Organization' ? 0.9 : 0.45)) {
      const a = seller.address;
      const form = cycle.next('address.form', ['plain', 'upper-city', 'spaced'] as const);
      addressShown = {
        street: `${a.street} ${a.number}`,
        sep: form === 'spaced' ? ',\n        ' : ', ',
        postcode: a.place.postcode,
        city: form === 'upper-city' ? a.place.city.toUpperCase() : a.place.city,
      };
      exp.addresses.add(normaliseText(canonicalAddress(a)));
      ldSeller.address = { '@type': 'PostalAddress', streetAddress: `${a.street} ${a.number}`, postalCode: a.place.postcode, addressLocality: a.place.city, addressCountry: country };
    }

    // Phones: the first always, a second one when the seller has it (most of the time).
    const phones = seller.phones.filter((_, k) => k === 0 || rng.chance(0.7));
    phones.forEach((p, k) => {
      exp.phones.add(p.e164);
      const sp = phoneSpellings(p);
      const options = p.country === country ? [...sp.national, ...sp.intl] : sp.intl;
      const spelled = cycle.next(`phone.${p.country}.${p.kind}.${p.country === country ? 'home' : 'abroad'}`, options);
      const place = cycle.next('phone.place', ['contact', 'contact', 'paragraph', 'both'] as const);
      if (place === 'contact' || place === 'both') {
        const form = cycle.next('phone.node', ['text', 'link-text', 'text', 'link-only'] as const);
        const href = p.country === 'NO' && country === 'NO' ? cycle.next('phone.href', [`tel:${p.e164}`, `tel:${p.nsn}`]) : `tel:${p.e164}`;
        const node: ValueNode =
          form === 'text'
            ? { t: 'text', text: spelled, prop: 'telephone' }
            : form === 'link-text'
              ? { t: 'link', href, text: spelled, prop: 'telephone' }
              : { t: 'link', href, text: CALL_LINK_TEXT, prop: 'telephone', meta: p.e164 };
        contacts.push({ kind: 'phone', label: k === 0 ? 'Telefon' : 'Mobil', node });
      }
      if (place === 'paragraph' || place === 'both') {
        const again = place === 'both' ? cycle.next(`phone.${p.country}.${p.kind}.${p.country === country ? 'home' : 'abroad'}`, options) : spelled;
        inline.push(`${cycle.next(`label.phone.${lang}`, L.phone[lang])} ${again}`);
      }
      if (k === 0) {
        ldSeller.telephone = cycle.next('ld.phone', p.country === 'NO' ? [p.e164, sp.intl[0] ?? p.e164, sp.national[0] ?? p.e164] : [p.e164, sp.intl[0] ?? p.e164]);
      }
    });

    // E-mail.
    if (rng.chance(0.75)) {
      exp.emails.add(seller.email);
      const place = isLd ? cycle.next('email.place.ld', ['contact', 'paragraph', 'json-ld-only'] as const) : cycle.next('email.place', ['contact', 'contact', 'paragraph'] as const);
      if (place === 'contact') {
        contacts.push({ kind: 'email', label: 'E-post', node: emailNode(seller.email, cycle.next('email.contact', EMAIL_CONTACT_FORMS), id) });
      } else if (place === 'paragraph') {
        inline.push(`${cycle.next(`label.email.${lang}`, L.email[lang])} ${nodeText(emailNode(seller.email, cycle.next('email.text', EMAIL_TEXT_FORMS), id))}`);
      }
      ldSeller.email = cycle.next('ld.email', [seller.email, `mailto:${seller.email}`]);
    }

    // VIN and plate (cars).
    let ldVin: string | undefined;
    if (item.car && rng.chance(0.85)) {
      let vin: string;
      do vin = makeVin(rng, item.car, item.year);
      while (usedVins.has(vin));
      usedVins.add(vin);
      exp.vins.add(vin);
      ldVin = vin;
      const shown = cycle.next('vin.case', ['upper', 'upper', 'lower'] as const) === 'lower' ? vin.toLowerCase() : vin;
      const label = cycle.next(`label.vin.${lang}`, L.vin[lang]);
      const place = isLd ? cycle.next('vin.place.ld', ['facts', 'paragraph', 'json-ld-only'] as const) : cycle.next('vin.place', ['facts', 'paragraph'] as const);
      if (place === 'facts') facts.push({ label: stripColon(label), value: shown, prop: 'vehicleIdentificationNumber' });
      else if (place === 'paragraph') tailSentences.push(`${label} ${shown}.`);
    }
    if (item.car && country !== 'GB' && rng.chance(0.7)) {
      const imported = country === 'NO' && cycle.next('plate.import', [false, false, false, false, false, true, false, true]);
      const plateCountry: 'NO' | 'SE' | 'DE' = imported ? cycle.next('plate.import.country', ['SE', 'DE'] as const) : (country as 'NO' | 'SE' | 'DE');
      const plate = newPlate(rng, usedPlates, plateCountry, Boolean(item.car.ev) && plateCountry === 'NO');
      exp.plates.add(plate.value);
      const shown = cycle.next(`plate.${plateCountry}`, plate.spellings);
      if (imported) {
        tailSentences.push(`Bilen står fortsatt på ${plateCountry === 'SE' ? 'svenske' : 'tyske'} skilter: ${shown}.`);
      } else {
        const label = cycle.next(`label.plate.${lang}`, L.plate[lang]);
        if (cycle.next('plate.place', ['facts', 'paragraph', 'facts'] as const) === 'facts') facts.push({ label, value: shown });
        else tailSentences.push(`${label} ${shown}.`);
      }
    }

    const paragraphs = [item.intro];
    if (inline.length > 0) paragraphs.push(`${inline.join('. ')}.`);
    if (tailSentences.length > 0) paragraphs.push(tailSentences.join(' '));

    const countrySuffix = country === 'NO' ? '' : `, ${COUNTRY_NAME_NB[country]}`;
    const locationText = country === 'GB' ? `${place.city} ${place.postcode}${countrySuffix}` : `${place.postcode} ${place.city}${countrySuffix}`;
    const content: AdContent = {
      id,
      country,
      lang,
      category,
      schemaType: item.schemaType,
      title: item.title,
      price: { text: price, amount, currency: CURRENCY[country] },
      meta: `FINN-kode ${id} · ${locationText}`,
      paragraphs,
      facts,
      seller: {
        type: seller.type,
        ...(nameShown !== undefined ? { name: nameShown } : {}),
        ...(nickShown !== undefined ? { nick: nickShown } : {}),
        ...(addressShown !== undefined ? { address: addressShown } : {}),
        contacts,
      },
    };

    let jsonLd: unknown;
    if (isLd) {
      const ldItem: Record<string, unknown> = {
        '@context': 'https://schema.org',
        '@type': item.car ? item.schemaType : 'Product',
        name: item.title,
        description: item.intro,
      };
      if (item.car) {
        ldItem.brand = { '@type': 'Brand', name: item.car.make };
        ldItem.vehicleModelDate = String(item.year);
        if (item.km !== undefined) ldItem.mileageFromOdometer = { '@type': 'QuantitativeValue', value: item.km, unitCode: 'KMT' };
        if (ldVin !== undefined) ldItem.vehicleIdentificationNumber = ldVin;
      }
      ldItem.offers = { '@type': 'Offer', price: String(amount), priceCurrency: CURRENCY[country], availability: 'https://schema.org/InStock', seller: ldSeller };
      jsonLd = ldItem;
    }

    drafts.push({
      ad: {
        id,
        country,
        lang,
        category,
        title: item.title,
        price: amount,
        currency: CURRENCY[country],
        date,
        location: { postcode: place.postcode, city: place.city },
        description: paragraphs.join('\n\n'),
        rendering,
        jsRendered: rendering === 'js',
        jsonLd: rendering === 'json-ld',
        microdata: rendering === 'microdata',
        disallowed: disallowed[i] ?? false,
        sellerId: seller.id,
        expected: expectedOf(exp),
      },
      content,
      ...(jsonLd !== undefined ? { jsonLd } : {}),
      orderNo,
      modifiedIso,
      listingExtras: item.listingExtras,
      priceText: price,
    });
  }

  // Newest first, like a real result list.
  drafts.sort((a, b) => (a.ad.date === b.ad.date ? a.ad.id.localeCompare(b.ad.id) : b.ad.date.localeCompare(a.ad.date)));
  const listingPages = Math.max(1, Math.ceil(n / o.perPage));
  const updatedIso = drafts.reduce((m, d) => (d.modifiedIso > m ? d.modifiedIso : m), '2024-01-01');
  const baseFooter: FooterInfo = { updatedIso, updatedDmy: dmy(updatedIso) };

  const pages = new Map<string, string>();
  const ads: DemoAd[] = drafts.map((d, i) => {
    const listingPage = Math.floor(i / o.perPage) + 1;
    const path = d.ad.disallowed ? `/private/ad/${d.ad.id}` : `/ad/${d.ad.id}`;
    const footer: FooterInfo = {
      ...baseFooter,
      lines: [`Annonse-ID: ${d.ad.id} · Publisert ${dmy(d.ad.date)} · Sist endret ${d.modifiedIso} · Ordrenr. ${d.orderNo}`],
    };
    const html = d.ad.jsRendered
      ? renderJsAdPage({ content: d.content, path, listingPage, footer })
      : renderAdPage({ content: d.content, path, listingPage, microdata: d.ad.microdata, ...(d.jsonLd !== undefined ? { jsonLd: d.jsonLd } : {}), footer });
    pages.set(path, html);
    return { ...d.ad, path, listingPage };
  });

  for (let page = 1; page <= listingPages; page++) {
    const slice = drafts.slice((page - 1) * o.perPage, page * o.perPage);
    pages.set(
      `/listings/${page}`,
      renderListingPage({
        page,
        pages: listingPages,
        totalAds: n,
        footer: baseFooter,
        cards: slice.map((d, k) => {
          const ad = ads[(page - 1) * o.perPage + k];
          return {
            href: ad?.path ?? `/ad/${d.ad.id}`,
            title: d.ad.title,
            price: d.priceText,
            location: d.ad.country === 'GB' ? `${d.ad.location.city} ${d.ad.location.postcode}` : `${d.ad.location.postcode} ${d.ad.location.city}`,
            dateIso: d.ad.date,
            dateDmy: dmy(d.ad.date),
            id: d.ad.id,
            extras: d.listingExtras,
          };
        }),
      }),
    );
  }
  pages.set('/private/account', renderPrivatePage('Min side', baseFooter));
  pages.set('/private/saved', renderPrivatePage('Lagrede søk', baseFooter));

  return {
    seed: o.seed,
    perPage: o.perPage,
    country: 'NO',
    ads,
    totalAds: n,
    crawlableAds: ads.filter((a) => !a.disallowed).length,
    listingPages,
    robotsTxt: ROBOTS_TXT,
    pages,
  };
}
