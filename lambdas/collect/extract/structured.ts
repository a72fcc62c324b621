/**
 * schema.org data, from JSON-LD and microdata alike: microdata items are turned into the same
 * plain objects JSON-LD gives, and one walk reads both. Telephone, e-mail and VIN properties
 * are unambiguous wherever they sit; names are read only from people and organisations (a
 * Product's or Vehicle's name is a model, not a person).
 */
import { decodeHTML } from 'entities';
import { getDomain } from 'tldts';
import type { MicrodataItem } from './dom.js';
import type { FindingSet } from './findings.js';
import { opensWithGivenName } from './given-names.js';
import { oneKnownWord } from './embedded.js';
import { agentOfTradeName, plausibleName, withoutTitles } from './names.js';
import { freeMailbox } from './own-site.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * schema.org's local businesses whose type's name ends in no business word ("BeautySalon",
 * "TattooParlor", "ExerciseGym", "Optician"): parties and local businesses as a "HardwareStore" is.
 */
const LOCAL_BUSINESS_NAMES =
  'BeautySalon|DaySpa|HairSalon|NailSalon|TattooParlor|HealthClub|ExerciseGym|SportsClub|GolfCourse|BowlingAlley|TennisComplex|SkiResort|' +
  'Optician|Pharmacy|ChildCare|DryCleaningOrLaundry|MovingCompany|GasStation|TravelAgency|SelfStorage|InternetCafe|ArtGallery|NightClub|AnimalShelter';
const PARTY_TYPE = new RegExp(`(?:Person|Organi[sz]ation|Corporation|Business|Dealer|Store|Agent|Seller|Rental|Physician|Dentist|Attorney|Notary|LegalService|Electrician|Plumber|Locksmith|HousePainter|${LOCAL_BUSINESS_NAMES})$`);
/**
 * A professional's listing, typed as their practice: a broker, a doctor, a lawyer, a notary, a
 * tradesman. Their name is as often their own ("Dra. Ana Ruiz", "Jane Roe" as an Attorney) as a
 * firm's: a person's full name with no trade word is the professional's (soleTrader).
 */
const PROFESSIONAL_TYPE = /^(?:RealEstateAgent|Physician|Dentist|Attorney|Notary|LegalService|Electrician|Plumber|Locksmith|HousePainter)$/;
/** Of those, the doctors' and lawyers', whose names often have two given names and two surnames. */
const MEDICAL_OR_LEGAL_TYPE = /^(?:Physician|Dentist|Attorney|Notary|LegalService)$/;
/** Properties whose untyped value is a party (a seller given as {"name": ..., "telephone": ...}). */
const PARTY_KEYS = new Set(['seller', 'offeredBy', 'provider', 'author', 'agent', 'contactPoint', 'owner']);
const VEHICLE_TYPE = /(?:Vehicle|Car|Motorcycle|MotorizedBicycle|BusOrCoach)$/;
const PLATE_NAME = /plate|kennzeichen|immatriculation|registr|reg\.?\s?nr|regnr|rekisteri|rejestracyjny|kenteken|skilt/i;
/** Parties that are not the seller: the car's maker, the site publishing the ad. */
const NOT_SELLER_KEYS = new Set([
  'brand', 'manufacturer', 'publisher', 'copyrightHolder', 'sourceOrganization', 'isPartOf',
  // reviewers and commenters are other people
  'review', 'reviews', 'comment', 'comments', 'aggregateRating',
  // an organisation's founders and sponsors ({"@type": "Organization", "founder": {"@type": "Person", …}}): not who sells
  'founder', 'founders', 'funder', 'sponsor',
]);
/** Properties of the site's own page that name the site's company. */
const SITE_PAGE_PARTIES = new Set(['about', 'provider', 'author', 'creator', 'maintainer', 'accountablePerson']);
/** Parties that are businesses: their name is a company's, not a person's (their contacts still count). */
const BUSINESS_TYPE = new RegExp(`(?:Organi[sz]ation|Corporation|Business|Dealer|Store|Agent|Rental|Agency|RealEstateAgent|Company|Physician|Dentist|Attorney|Notary|LegalService|Electrician|Plumber|Locksmith|HousePainter|${LOCAL_BUSINESS_NAMES})$`);
/**
 * Businesses that sell what their own site advertises: a dealer's or an estate agency's site
 * describing itself, and the other automotive businesses schema.org knows (a body shop, a garage, a
 * parts store: AutomotiveBusiness's subtypes). A marketplace describes itself as an Organization or a WebSite.
 */
const SELLER_SITE_TYPE = /^(?:AutoDealer|AutomotiveBusiness|MotorcycleDealer|AutoRental|RealEstateAgent|AutoBodyShop|AutoRepair|AutoPartsStore|AutoWash|MotorcycleRepair)$/;
/**
 * schema.org's local businesses, by the names they end with ("LocalBusiness",
 * "HomeAndConstructionBusiness", "HardwareStore", "Dentist", "LegalService", "Plumber",
 * "RoofingContractor"), and the names sites give their own in the same way ("CarRepair",
 * "BarberShop", "DentalClinic", "CleaningService"), not those of a business online only, nor a
 * government's, a web or a broadcast service (NOT_LOCAL_BUSINESS_TYPE): see FindingSet.siteLocalBusiness.
 */
const LOCAL_BUSINESS_TYPE = new RegExp(`(?:^(?:Physician|Dentist|Attorney|Notary|Electrician|Plumber|Locksmith|HousePainter|Restaurant|Bakery|BarOrPub|Brewery|Distillery|Winery|Hotel|Motel|Hostel|BedAndBreakfast|Campground|Resort|VacationRental|${LOCAL_BUSINESS_NAMES})|.(?:Business|Store|Contractor|Repair|Shop|Clinic|Service|Establishment|Restaurant))$`);
/** A local business's type (LOCAL_BUSINESS_TYPE), not an online, a government's, a web or a broadcast one. */
function localBusiness(type: string): boolean {
  return LOCAL_BUSINESS_TYPE.test(type) && !NOT_LOCAL_BUSINESS_TYPE.test(type);
}
/** A party's type, or a local business's that names no party's word ("GardeningService", "Bakery"): the site's own organisation when it is the site. */
function siteParty(type: string): boolean {
  return PARTY_TYPE.test(type) || localBusiness(type);
}
/** A party's "name", or its given and family names joined. */
function partyName(node: JsonObject): string | undefined {
  return text(node.name) ?? ([text(node.givenName), text(node.familyName)].filter(Boolean).join(' ') || undefined);
}
/**
 * A party's name (partyName) as a person's. One word in Latin
 * letters nobody is known to bear ("Nillious", "dirtyd") is a member's handle on a forum's or a
 * marketplace's Person, as often as a name: held to the known names, as page data is. (Not in
 * other scripts, where the known names are fewer: "Асель" is a seller's.)
 */
function personsName(node: JsonObject): string | undefined {
  const name = partyName(node);
  return name && plausibleName(name, true) && (!/^[\p{Script=Latin}'’-]+$/u.test(name.trim()) || oneKnownWord(name)) ? name : undefined;
}
/** A party's number keys: its phone, and its fax line, which is the seller's number too. */
const PHONE_KEYS = ['telephone', 'faxNumber'] as const;
const NOT_LOCAL_BUSINESS_TYPE = /^(?:Online|Government|Web|Broadcast)/;
/** An auction house sells its consignors' lots, as a marketplace its members' ads: not the seller's own site. */
const AUCTION = /auction|auktion|ench[eè]re|subasta|veiling|huutokaup|aukcj|aukci|licitat/i;
const PLATE_KEYS = new Set(
  ['licenseplate', 'licenceplate', 'registrationnumber', 'vehicleregistration', 'platenumber', 'numberplate', 'registrationplate'],
);

const MAX_DEPTH = 40;
/** The most of the site's own organisation's contacts kept per page (see noteSiteOrganisation). */
const MAX_SITE_CONTACTS = 20;
/**
 * Things offered whose description is the ad's body: a result page's JSON-LD holds each ad's full
 * text there, its contact block at the end, where the cards show a teaser ("Product",
 * "SingleFamilyResidence", "Car"). Not a party's or the site's own description.
 */
const OFFERED_TYPE = /^(?:Product|IndividualProduct|Offer|Vehicle|Car|Motorcycle|Accommodation|Apartment|House|SingleFamilyResidence|Residence|ApartmentComplex|Room|Suite|RealEstateListing|ClassifiedAd)$/;
/** At most this much description text per page (the embedded reader's bound for ad bodies). */
const MAX_DESCRIPTION_CHARS = 200_000;

/**
 * The site a URL is on, for telling the site's own organisation: its host without "www.", as
 * pages name their own root over http or https, with or without "www." ("http://cars.example" on
 * a page at "https://www.cars.example/..."). A subdomain stays apart: a dealer's own
 * "dealer.cars.example" is not the marketplace.
 */
function siteOf(url: string): string | undefined {
  const u = webAddress(url);
  return u && hostOf(u);
}

/** A web address's host without "www." (siteOf). */
function hostOf(u: URL): string {
  return u.hostname.replace(/^www\./, '');
}

/** A page's address without its scheme, "www.", query, fragment and last slash: a node whose url is the page itself (describesThisPage). */
function pageAddress(url: string): string | undefined {
  const u = webAddress(url);
  return u && addressOf(u);
}

/** A web address's host and path, as pageAddress gives them. */
function addressOf(u: URL): string {
  return `${hostOf(u)}${u.pathname.replace(/\/$/, '')}`;
}

/** The URL an address names, when it is a web page's (http or https). */
function webAddress(url: string): URL | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}
/** The generic types a site gives its own organisation: not a dealer's, a shop's or a person's. */
const SITE_PUBLISHER_TYPE = /^(?:Organi[sz]ation|Corporation)$/;

/**
 * What a marketplace's page says it is about: the marketplace itself, a generic organisation with
 * its founding date and no url to tell it by ({"@type": "WebPage", "about": {"@type": "Organization",
 * "foundingDate": "2006", "sameAs": […], "contactPoint": {"contactType": "customer service", …}}}).
 * Its lines and mailboxes are the site's. (An ad's page about a dealer, its customer service's
 * line and no founding date, keeps the dealer's line.)
 */
function describesThePlatform(node: JsonObject, types: readonly string[], key: string | undefined): boolean {
  return key === 'about' && types.some((t) => SITE_PUBLISHER_TYPE.test(t)) && node.foundingDate !== undefined && node.url === undefined;
}

/**
 * The main entity of one of the site's own pages ({"@type": "ContactPage", "url": <a page of the
 * site>, "mainEntity": {"@type": "LocalBusiness", …}}), which names no address of its own: the
 * site's business, given the site's root (`root`) so that it is known as the site's. One that
 * names its own address or @id keeps it.
 */
function ofTheSite(entity: Json | undefined, root: string): Json | undefined {
  if (!isObject(entity) || entity.url !== undefined || entity.URL !== undefined || entity['@id'] !== undefined) return entity;
  return { ...entity, url: root };
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Shared by every object without a type or a property without strings: read, never written. */
const NONE: readonly string[] = Object.freeze([]);

function typesOf(o: JsonObject): readonly string[] {
  const t = o['@type'];
  if (t === undefined) return NONE;
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const x of list) {
    // "http://schema.org/Person" -> "Person"; most types are written bare, and need no regex
    if (typeof x === 'string') out.push(x.includes('/') || x.includes('#') || x.includes(':') ? x.replace(/^.*[/#:]/, '') : x);
  }
  return out;
}

/** Strings of a property: a string, a number, or a list of them. */
function strings(v: Json | undefined): readonly string[] {
  if (typeof v === 'string') return [v];
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.flatMap((x) => strings(x));
  return NONE;
}

function text(v: Json | undefined): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (isObject(v)) return text(v.name) ?? text(v['@value']);
  return undefined;
}

/** One line for a PostalAddress: "street, postcode locality, country". */
function addressLine(a: JsonObject): string | undefined {
  const street = text(a.streetAddress);
  const postcode = text(a.postalCode);
  // "0150 Oslo" locates an ad (itemLocation), it does not identify anybody; a street does.
  if (!street) return undefined;
  const place = [postcode, text(a.addressLocality)].filter(Boolean).join(' ');
  // Street and place only, as ads print them: with region and country appended, the same
  // address from JSON-LD and from the visible text would count as two.
  return [street, place].filter(Boolean).join(', ');
}

/** An @id naming a graph node by type and slug ("#/schema/Person/ana-pop"), not the site's own organisation or website. */
const NODE_ID = /#\/schema\/(?!(?:organi[sz]ation|website|corporation)\/)[a-z]+\/[^/]+$/i;

/** The @ids a node refers to (`{"@id": …}` in its values), a few levels down, added to `out`. */
function refsOf(node: Json | undefined, out: Set<string>, depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(node)) {
    for (const x of node) refsOf(x, out, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  for (const k in node) {
    if (k === '@id') {
      if (depth > 0) {
        const id = text(node[k]);
        if (id) out.add(id);
      }
    } else refsOf(node[k], out, depth + 1);
  }
}

/** The keys of an offer's broker or agent (see brokerPerson). */
const BROKER_KEYS: ReadonlySet<string> = new Set(['broker', 'agent']);

/** The keys of an offer's seller. */
const SELLER_KEYS: ReadonlySet<string> = new Set(['seller', 'offeredBy', 'vendor']);

/**
 * The seller of an offer, typed as a business, whose name is a person's full name and nothing
 * else ({"seller": {"@type": "AutoDealer", "name": "Anna Berg"}}): a sole trader, or a private
 * seller the site types as a dealer; either way the name is a person's. Only two or three words
 * that open with a known given name and carry no trade word (plausibleName refuses "Anna Berg
 * Bil", "Max Motors"); only a seller's, as a listed business's name ("Rosa Negra", a
 * restaurant; "Grace Marsh Law", an employer) can open with a given name too.
 */
function soleTrader(raw: string, maxWords = 3): string | undefined {
  // "Dra. Ana Ruiz Soto": a doctor's or a lawyer's title before the name is no part of it.
  const name = withoutTitles(raw.trim().replace(/\s+/g, ' '));
  const words = name.split(' ');
  if (words.length < 2 || words.length > maxWords) return undefined;
  return opensWithGivenName(name) && plausibleName(name) ? name : undefined;
}

class StructuredReader {
  constructor(
    private readonly found: FindingSet,
    private readonly prefix: string,
    pageUrl: string,
  ) {
    // (One parse of the page's address for both: a reader is made per block of page data.)
    const address = webAddress(pageUrl);
    this.site = address && hostOf(address);
    this.page = address && addressOf(address);
    this.siteDomain = this.site && getDomain(this.site);
  }

  /** The page's site (siteOf): an organisation whose url is this site's root is the marketplace. */
  private readonly site: string | undefined;
  /** The page's own address (pageAddress): a top-level organisation whose url is the page is the site's (describesThisPage). */
  private readonly page: string | undefined;

  /** The descriptions of things offered that can hold a number or a mailbox (OFFERED_TYPE), for the text finders. */
  readonly texts: string[] = [];
  private textChars = 0;

  /**
   * The site's own nodes typed as a dealer or an agency (SELLER_SITE_TYPE), read when the reader
   * finishes: the site is the seller's own only if no other party offers anything. A marketplace
   * types itself so too ("RealEstateAgent" for a property portal) beside each ad's own seller.
   */
  private readonly sellerSites: { node: JsonObject; path: string[]; key: string | undefined; depth: number }[] = [];
  /** An offer's seller, or a party making an offer, that is not the site. */
  private otherSeller = false;
  private confirming = false;

  /** Reads the site's own dealer or agency nodes (sellerSites) as the seller's when no other party offers. */
  finish(): void {
    if (this.otherSeller) return;
    this.confirming = true;
    for (const s of this.sellerSites) this.visit(s.node, s.path, s.key, s.depth);
    this.confirming = false;
  }

  /** The site's registrable domain (Public Suffix List), looked up once per page. */
  private readonly siteDomain: string | null | undefined;

  /**
   * The @ids of the nodes the site's own organisation or website refers to in a graph (its
   * founders and staff as `{"@id": ".../#/schema/Person/…"}`): a person among them is the site's.
   */
  private readonly siteRefs = new Set<string>();

  /** Notes the references of the graph's nodes that are the site (see siteRefs), before the graph is read. */
  private noteSiteRefs(graph: Json | undefined): void {
    if (!Array.isArray(graph)) return;
    for (const item of graph) {
      if (!isObject(item)) continue;
      if (typesOf(item).some((t) => t === 'WebSite' || PARTY_TYPE.test(t)) && this.isSite(item) && !this.notTheSite(item)) refsOf(item, this.siteRefs, 0);
    }
  }

  /**
   * A generic organisation at the top of a block (not a party's value) whose url is the page it is
   * on ({"@type": "Organization", "name": <the site's brand>, "url": <this result page>,
   * "address": {"telephone": <its hotline>}}): the site describing itself as the page's publisher,
   * as a marketplace does on its result pages, where its root is elsewhere. Not a dealer's or an
   * agency's typed node (SELLER_SITE_TYPE), not a local business's or a person's: those name the
   * page's seller, on a portal's ad page too.
   */
  private describesThisPage(node: JsonObject, types: readonly string[], key: string | undefined): boolean {
    if (this.page === undefined || (key !== undefined && key !== '@graph')) return false;
    if (!types.some((t) => SITE_PUBLISHER_TYPE.test(t))) return false;
    return [text(node.url), text(node.URL)].some((u) => u !== undefined && pageAddress(u) === this.page);
  }

  private isSite(node: JsonObject): boolean {
    // The site's own organisation under a page of its own ("@id": ".../about-us") names itself
    // as its domain does ("name": "Ada Emlak" on adaemlak.example): the name, compacted, is the
    // registrable domain's label (see namedAsSite).
    const namedAsSite = this.namedAsSite(text(node.name));
    // "URL" as some sites capitalise the key. An @id that names a node of the site's graph by
    // its type and its own slug ("https://site/#/schema/Person/ana-pop", "…/#/schema/Offer/123")
    // identifies that node, not the site: a portal's graph holds its agencies and their agents so.
    const id = text(node['@id']);
    const urls = [text(node.url), id && NODE_ID.test(id) ? undefined : id, text(node.URL)];
    // Named as the site and no address of its own elsewhere: the site.
    if (namedAsSite && !urls.some(Boolean)) return true;
    for (const u of urls) {
      if (!u) continue;
      // The root as a relative address: the site the page is on (a script's "url": location.origin, see embedded.ts).
      if (u === '/') return true;
      try {
        // "www.dealer.example" without a scheme, as some sites write their own url
        const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('/') || u.startsWith('#') ? u : `https://${u}`);
        if (namedAsSite && this.siteDomain && getDomain(url.hostname) === this.siteDomain) return true;
        if (url.pathname !== '/' && url.pathname !== '') continue;
        const host = siteOf(url.href);
        // The site's root, or the root of the marketplace a city's or a section's subdomain of it
        // belongs to ("dubizzle.com" on a page at "dubai.dubizzle.com"): the registrable domain
        // itself (Public Suffix List), never a sibling subdomain (a dealer's "dealer.cars.example").
        if (host === this.site || (host !== undefined && this.site?.endsWith(`.${host}`) && getDomain(host) === host)) return true;
      } catch {
        // relative or junk @id: not a site root
      }
    }
    return false;
  }

  /**
   * True when `name`, without its spaces, dots and dashes and lower-cased, is the label of the
   * page's registrable domain or the domain itself ("Ada Emlak", "adaemlak.example" on
   * www.adaemlak.example), or the host's labels before its public suffix (a section's subdomain
   * with the domain's label). Four letters at least: "Oto" on oto.example says too little.
   */
  private namedAsSite(name: string | undefined): boolean {
    const domain = this.siteDomain;
    if (!name || !domain) return false;
    const label = domain.slice(0, domain.indexOf('.'));
    if (label.length < 4) return false;
    const compact = name.toLowerCase().replace(/[\s.\-_]/g, '');
    if (compact === label || compact === domain.replace(/[.\-_]/g, '')) return true;
    // A section's subdomain named with it ("Clasificados Diario Sur" on clasificados.diariosur.example):
    // the host's labels before the public suffix.
    const host = this.site;
    if (!host || host === domain) return false;
    return compact === host.slice(0, host.length - domain.length + label.length).replace(/[.\-_]/g, '');
  }

  /**
   * A party with the site's url that is not the site: one whose own mailbox is at another domain.
   * Portals fill in their own url for every advertiser ({"seller": {"@type": "Person", "name":
   * "Tiago Neves", "url": <the portal's root>, "contactPoint": {"email": "tiago@mail.example"}}}).
   * An organisation named as the site ("Imot.bg" on imot.bg) is the site whatever its mailbox's
   * domain: a platform's owner company writes from its own. With `ownFreeMail`, the page's own
   * business at the top of its data (no party's key above it), a free mailbox is a small business's
   * own ("@type": "LocalBusiness", the site's url, "email": "lena.marten@gmail.example"), not another party's.
   */
  private notTheSite(node: JsonObject, ownFreeMail = false): boolean {
    const site = this.siteDomain;
    if (!site || this.namedAsSite(text(node.name))) return false;
    const mails = [...strings(node.email), ...(isObject(node.contactPoint) ? strings(node.contactPoint.email) : [])];
    return mails.some((raw) => {
      const e = raw.replace(/^mailto:/i, '');
      if (ownFreeMail && freeMailbox(e)) return false;
      const d = getDomain(e.slice(e.lastIndexOf('@') + 1));
      return d !== null && d !== site;
    });
  }

  /**
   * An offer's broker or agent typed as a person ({"broker": {"@type": "Person", "name": "Ana
   * Lima", "jobTitle": "Leiloeiro Oficial", "url": <the site's root>}}): the auctioneer or agent
   * whose own site it is, or whom the site names; a person, not the site, whatever url it carries.
   */
  private brokerPerson(node: JsonObject, types: readonly string[], key: string | undefined): boolean {
    return key !== undefined && BROKER_KEYS.has(key) && types.includes('Person') && text(node.name) !== undefined;
  }

  /** The site's own organisation's numbers and mailboxes, its contact point's too (FindingSet.siteOrganisation). */
  private noteSiteOrganisation(node: JsonObject): void {
    const out = this.found.siteOrganisation;
    for (const o of [node, ...(Array.isArray(node.contactPoint) ? node.contactPoint : [node.contactPoint])]) {
      if (!isObject(o) || out.length >= MAX_SITE_CONTACTS) continue;
      for (const key of PHONE_KEYS) for (const value of strings(o[key])) out.push({ kind: 'phone', value });
      for (const value of strings(o.email)) out.push({ kind: 'email', value: value.replace(/^mailto:/i, '') });
    }
  }

  /** True when the object's e-mail is at the page's registrable domain. */
  private mailsFromSite(node: JsonObject): boolean {
    const site = this.siteDomain;
    if (!site) return false;
    return strings(node.email).some((e) => getDomain(e.slice(e.lastIndexOf('@') + 1)) === site);
  }

  private origin(path: string[]): string {
    return `${this.prefix}:${path.join('.')}`;
  }

  /** The origin of `path` + `k`, without copying `path`. */
  private originAt(path: string[], k: string): string {
    return path.length ? `${this.prefix}:${path.join('.')}.${k}` : `${this.prefix}:${k}`;
  }

  /**
   * The people a local business on its own site names as its founder ({"@type": "Person", "name":
   * "Lena Marten"} or the name alone): a person's name opening with a known given name (a founder's
   * string is as often a firm's).
   */
  private founders(v: Json, path: string[]): void {
    for (const f of Array.isArray(v) ? v : [v]) {
      const types = isObject(f) ? typesOf(f) : NONE;
      if (isObject(f) && types.length > 0 && !types.includes('Person')) continue;
      const name = typeof f === 'string' ? f : isObject(f) ? text(f.name) : undefined;
      if (name && plausibleName(name, true) && opensWithGivenName(name)) this.found.add('name', name, this.originAt(path, 'founder'));
    }
  }

  private plateFrom(v: Json | undefined, path: string[], k: string): void {
    for (const p of Array.isArray(v) ? v : [v]) {
      if (!isObject(p)) continue;
      const what = `${text(p.propertyID) ?? ''} ${text(p.name) ?? ''}`;
      const value = text(p.value);
      if (value && PLATE_NAME.test(what)) this.found.add('plate', value, this.originAt(path, k));
    }
  }

  /**
   * `path` is the keys down to `node`; it is pushed to and popped from on the way down, not
   * copied per key (a copy per key and a closure per object were a third of this walk's cost).
   */
  visit(node: Json | undefined, path: string[], key: string | undefined, depth = 0): void {
    // Real schema.org data is a few levels deep; a page nesting thousands must not blow the stack.
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      for (const x of node) this.visit(x, path, key, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    if (key !== undefined && NOT_SELLER_KEYS.has(key)) return;
    const types = typesOf(node);
    // A person the site's organisation refers to: its staff (siteRefs).
    if (this.siteRefs.size > 0 && types.includes('Person') && this.siteRefs.has(text(node['@id']) ?? '')) return;
    // The site's own business typed as a local one, a party's type or not ("CarRepair"):
    // a sign that the site is its own (FindingSet.siteLocalBusiness).
    if (types.some(localBusiness) && this.isSite(node) && !this.notTheSite(node, key === undefined || key === '@graph')) {
      this.found.siteLocalBusiness = true;
      // ...whose founder is its owner: a shop's, a practice's or a workshop's, on its own site (an
      // organisation's founder elsewhere is no seller: NOT_SELLER_KEYS).
      if (node.founder !== undefined) this.founders(node.founder, path);
    }
    // A dealer's or an agency's site describing itself: the site is the seller's own, and its
    // contacts are the seller's (read below, as any party's).
    const sellersSite =
      types.some((t) => SELLER_SITE_TYPE.test(t)) && !AUCTION.test(`${text(node.name) ?? ''} ${text(node.url) ?? ''}`) && (this.isSite(node) || this.mailsFromSite(node));
    if (sellersSite) {
      if (!this.confirming) {
        this.sellerSites.push({ node, path: [...path], key, depth });
        return;
      }
      this.found.sellersSite = true;
    } else if (
      types.some((t) => t === 'WebSite' || siteParty(t)) &&
      (this.isSite(node) || this.describesThisPage(node, types, key) || describesThePlatform(node, types, key)) &&
      !this.notTheSite(node) &&
      !this.brokerPerson(node, types, key)
    ) {
      // An offer whose seller is the site itself ({"offers": {"seller": {"@type": "Organization",
      // "url": <the site's root>}}}): the page is the site's own ad, a letting agency's or a
      // dealer's own site, and the site's own lines and mailboxes are the seller's.
      if (key !== undefined && SELLER_KEYS.has(key) && !AUCTION.test(`${text(node.name) ?? ''} ${text(node.url) ?? ''}`)) {
        this.found.sellersSite = true;
        // ...but a seller typed as a person and not named as the site is that person, under the
        // site's root as a portal fills its own address into every seller's url ({"@type":
        // "Person", "name": "Ana Lima", "url": <the portal's root>}).
        const name = types.includes('Person') && !this.namedAsSite(text(node.name)) ? personsName(node) : undefined;
        if (name) this.found.add('name', name, this.originAt(path, 'name'));
      } else if (types.some(siteParty)) this.noteSiteOrganisation(node);
      // The site's main entity, the business it is of ({"@type": "WebSite", "mainEntity": {"@type":
      // "LocalBusiness", …}}): read as the same node at the top would be.
      else if (isObject(node.mainEntity) || Array.isArray(node.mainEntity)) {
        path.push('mainEntity');
        this.visit(node.mainEntity, path, 'mainEntity', depth + 1);
        path.pop();
      }
      return;
    }
    // The site's own page (its url is the site's root): what it is about, and who provides or
    // wrote it, is the site's company (its customer service line), not a seller.
    const sitePage = types.some((t) => t.endsWith('Page')) && this.isSite(node);
    // One of the site's pages, at any path ("ContactPage" at ".../contatti.html"): its main entity is the site's.
    const pageOnSite = types.some((t) => t.endsWith('Page')) && typeof node.url === 'string' && siteOf(node.url) === this.site;

    for (const v of strings(node.vehicleIdentificationNumber)) this.found.add('vin', v, this.originAt(path, 'vehicleIdentificationNumber'));
    const description = node.description;
    if (typeof description === 'string' && this.textChars + description.length <= MAX_DESCRIPTION_CHARS && types.some((t) => OFFERED_TYPE.test(t)) && /\d(?:\D{0,3}\d){6}|@/.test(description)) {
      // The ad's HTML escaped once more for the JSON ("0905 123&amp;nbsp;456"): decoded as a browser would show it.
      let body = description;
      for (let i = 0; i < 2 && body.includes('&'); i++) body = decodeHTML(body);
      this.texts.push(body);
      this.textChars += description.length;
    }
    for (const key of PHONE_KEYS) {
      for (const v of strings(node[key])) {
        const origin = this.originAt(path, key);
        // "+351 Sede: 220123456 / Filial: 225123456": a field holding the office's lines with their
        // names; each run of digits is read as a number of the page's country.
        if (this.found.add('phone', v, origin) === undefined && /\p{L}|\//u.test(v)) {
          for (const run of v.match(/\+?\d[\d ().-]{5,}\d/g) ?? []) this.found.add('phone', run, origin);
        }
      }
    }
    for (const v of strings(node.email)) this.found.add('email', v.replace(/^mailto:/i, '').split('?')[0]!, this.originAt(path, 'email'));
    for (const k in node) {
      // The shortest plate key has 11 letters, and lower-casing does not shorten a key.
      if (k.length >= 11 && PLATE_KEYS.has(k.toLowerCase())) for (const v of strings(node[k])) this.found.add('plate', v, this.originAt(path, k));
    }
    if (types.some((t) => VEHICLE_TYPE.test(t)) || 'vehicleIdentificationNumber' in node) {
      this.plateFrom(node.identifier, path, 'identifier');
      this.plateFrom(node.additionalProperty, path, 'additionalProperty');
    }

    const party = types.some((t) => PARTY_TYPE.test(t)) || (types.length === 0 && key !== undefined && PARTY_KEYS.has(key));
    if (party && ((key !== undefined && SELLER_KEYS.has(key)) || node.makesOffer !== undefined)) this.otherSeller = true;
    if (party) {
      const name = partyName(node);
      const business = !types.includes('Person') && types.some((t) => BUSINESS_TYPE.test(t));
      const person = business ? undefined : personsName(node);
      if (person) this.found.add('name', person, this.originAt(path, 'name'));
      // A trade name that carries its agent's ("Anna BERG - Réseau Sud"); an offer's seller
      // typed as a dealer under a person's full name; an estate agent typed as such under one: a
      // RealEstateAgent is as often one broker as a firm, and a person's full name with no trade
      // word is the broker's own (soleTrader's tests, on any key).
      const soleName = (key !== undefined && SELLER_KEYS.has(key)) || types.some((t) => PROFESSIONAL_TYPE.test(t));
      // A doctor's or a lawyer's two given names and two surnames ("Dr. Tomás Efraín Ruelas Anaya"); a
      // dealer's four words are a firm's.
      const maxWords = types.some((t) => MEDICAL_OR_LEGAL_TYPE.test(t)) ? 4 : 3;
      const agent = name && business ? (agentOfTradeName(name) ?? (soleName ? soleTrader(name, maxWords) : undefined)) : undefined;
      if (agent) this.found.add('name', agent, this.originAt(path, 'name'));
      for (const v of strings(node.alternateName)) this.found.add('nickname', v, this.originAt(path, 'alternateName'));
      for (const v of strings(node.address)) this.found.add('address', v, this.originAt(path, 'address'));
    }
    // The photos' author on an item's image ({"@type": "Product", "image": {"@type": "ImageObject",
    // "author": "Dmitri"}}): the member who uploaded them, the seller. A plain string, as a member's
    // chosen name is, so kept only when it opens with a known given name (a studio's or a stock
    // agency's credit does not).
    if ((key === 'image' || key === 'photo') && types.includes('ImageObject')) {
      const author = node.author ?? node.creator;
      if (typeof author === 'string' && plausibleName(author, true) && opensWithGivenName(author)) {
        this.found.add('name', author, this.originAt(path, 'author'));
      }
    }
    const postal = types.includes('PostalAddress') || (types.length === 0 && key === 'address');
    if (postal) {
      const line = addressLine(node);
      if (line) this.found.add('address', line, this.origin(path));
    }

    for (const k in node) {
      if (k.charCodeAt(0) === 64 /* @ */) {
        if (k === '@graph') {
          this.noteSiteRefs(node[k]);
          this.visit(node[k], path, undefined, depth + 1);
        }
        continue;
      }
      if (sitePage && SITE_PAGE_PARTIES.has(k)) continue;
      path.push(k);
      this.visit(k === 'mainEntity' && this.site !== undefined && pageOnSite ? ofTheSite(node[k], `https://${this.site}/`) : node[k], path, k, depth + 1);
      path.pop();
    }
  }
}

/**
 * `source` with the control characters inside its strings escaped ("\n" for a raw line break), so
 * that the ad's lines stay lines; outside strings they are JSON's whitespace and stay as they are.
 * (JSON.parse has no lenient mode, and the lenient parsers on npm, JSON5 among them, refuse raw
 * line breaks in strings too.)
 */
function escapedControls(source: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x22 /* " */) inString = !inString;
    else if (c === 0x5c /* \ */ && inString) i++;
    else if (c < 0x20 && inString) {
      out += source.slice(from, i) + (c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : ' ');
      from = i + 1;
    }
  }
  return out + source.slice(from);
}

/**
 * Reads JSON-LD blocks; a block that is not valid JSON is skipped, not fatal. A block whose strings
 * hold raw line breaks or tabs (an ad's text pasted as it was typed, which JSON forbids and
 * search engines' readers forgive) is read with those escaped. Returns the descriptions of the
 * things offered (StructuredReader.texts), for the text finders.
 */
export function readJsonLd(blocks: string[], found: FindingSet, pageUrl: string): string[] {
  const reader = new StructuredReader(found, 'json-ld', pageUrl);
  for (const block of blocks) {
    // CMSs wrap the JSON in HTML comments or CDATA markers. The regex tries its end markers at
    // every position of the block: it runs only when the trimmed block starts or ends with one
    // (`\s` is what trim() removes).
    let source = block.trim();
    if (source.startsWith('<!--') || source.startsWith('//') || source.endsWith('-->') || source.endsWith(']]>')) {
      source = block.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '').trim();
    }
    if (!source) continue;
    let data: Json;
    try {
      data = JSON.parse(source) as Json;
    } catch {
      try {
        data = JSON.parse(escapedControls(source)) as Json;
      } catch {
        continue;
      }
    }
    reader.visit(data, [], undefined);
  }
  reader.finish();
  return reader.texts;
}

/**
 * A schema.org object found inside other page data (a framework's streamed payload carries the
 * page's JSON-LD as a string): read as JSON-LD is, with the same parties and the same site rules.
 * Returns the descriptions of the things offered, as readJsonLd does.
 */
export function readJsonLdValue(data: Json, found: FindingSet, pageUrl: string): string[] {
  const reader = new StructuredReader(found, 'json-ld', pageUrl);
  reader.visit(data, [], undefined);
  reader.finish();
  return reader.texts;
}

function microdataToJson(item: MicrodataItem): JsonObject {
  const o: JsonObject = {};
  if (item.types.length) o['@type'] = item.types;
  for (const [name, values] of item.props) {
    const list = values.map((v) => (typeof v === 'string' ? v : microdataToJson(v)));
    o[name] = list.length === 1 ? list[0]! : list;
  }
  return o;
}

/** Reads microdata items as JSON-LD (their descriptions are the page's visible text, read as such). */
export function readMicrodata(items: MicrodataItem[], found: FindingSet, pageUrl: string): void {
  const reader = new StructuredReader(found, 'microdata', pageUrl);
  for (const item of items) reader.visit(microdataToJson(item), [], undefined);
  reader.finish();
}
