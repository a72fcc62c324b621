import type { Finding, IdentifierKind } from '../../shared/identifiers.js';
import { normalise, normalisePhone } from '../../shared/normalise/index.js';
import { isGivenName } from './given-names.js';
import { withoutRole } from './role-before-name.js';

/** Two given names joined by "and" in the markets' languages, then the family name they share. */
const COUPLE = /^(\p{Lu}[\p{L}'’-]+) (?:und|and|&|et|y|e|og|och|en|i|a|ja) (\p{Lu}[\p{L}'’-]+) (\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)$/u;

/**
 * The findings of one page, normalised and deduplicated by kind and value. The first origin
 * wins, so callers add structured data before rules before free text: the most specific
 * origin is the one kept.
 */
export class FindingSet {
  readonly findings: Finding[] = [];
  /**
   * Names (normalised) that the page's own data gives as a business's: a company's or agency's
   * name, a party typed or flagged as a business. A name found elsewhere on the page with one of
   * these values is a trade name, not a person's.
   */
  readonly businessNames = new Set<string>();
  /** Names (normalised) the page's data gives as a contact person's: a person's even if a business has the same name. */
  readonly personNames = new Set<string>();
  /**
   * The digits of numbers the page's text labels as the platform's own line ("客服电话：400-100-1111",
   * "Customer service 0800 …"): the same number elsewhere on the page, unlabelled (a header's
   * "400 100 1111", a sticky call box), is that line too (see index.ts).
   */
  readonly platformLabelledDigits = new Set<string>();
  /**
   * The site is the seller's own: its schema.org data says the site is a dealer or an estate
   * agency (see structured.ts). Its own addresses and the numbers in its header and footer are
   * then the seller's, not a marketplace's.
   */
  sellersSite = false;
  /**
   * The phones and mailboxes the site's own organisation gives in its schema.org data
   * ({"@type": "Organization", "url": <the site's root>, "telephone": …}): a marketplace's
   * customer service, not kept; a small business's own, kept when the page turns out to be
   * its own site by its own mailbox among the signs (index.ts, as the numbers of its header and
   * footer are).
   */
  readonly siteOrganisation: { kind: 'phone' | 'email'; value: string }[] = [];
  /**
   * The site's own organisation is typed as a local business in its schema.org data (a locksmith's
   * "LocalBusiness", an electrician's "Electrician", a dentist's practice): one firm's
   * own site, a sign as its own mailbox is (index.ts), and its organisation's numbers are its own.
   * A marketplace describes itself as an Organization or a WebSite.
   */
  siteLocalBusiness = false;
  /**
   * Values ("kind\u0000value") a source's rule found, whichever reading added them first: they are
   * the user's word (the page's data is read before the rules, so a value both give carries the
   * data's origin).
   */
  readonly byRule = new Set<string>();
  private readonly seen = new Set<string>();
  /**
   * This page's phone normalisations, per country and raw value. A listing repeats the dealer's
   * number on every card (in links, data and text), and each libphonenumber parse costs 10-40 µs:
   * measured on the corpus, 227 of the 613 parses of an extraction repeated one already made for
   * the same page. normalisePhone is a pure function, so the memo changes no result.
   */
  private readonly phones: Map<string, Map<string, string | undefined>>;

  /** @param samePage another set of the same page, whose phone normalisations this one reuses */
  constructor(
    readonly country: string,
    samePage?: FindingSet,
  ) {
    this.phones = samePage?.phones ?? new Map();
    this.scrambledSite = samePage?.scrambledSite;
  }

  /**
   * The page's registrable domain in ROT13 ("jraqryy-xvepur.ng" for "wendell-kirche.at"), when it
   * differs from it: an address there is one of the site's, kept scrambled in the page (a
   * mail-protection plug-in's `<span class="…r13">vasb@jraqryy-xvepur.ng</span>`, unscrambled by a
   * script), and is recorded unscrambled. (The scrambled domain may be a real one: ".ng" is
   * Nigeria's suffix.)
   */
  scrambledSite: string | undefined;

  /** normalisePhone(raw, country), computed once per page and value. */
  normalisePhone(raw: string, country: string = this.country): string | undefined {
    let byRaw = this.phones.get(country);
    if (!byRaw) this.phones.set(country, (byRaw = new Map()));
    if (byRaw.has(raw)) return byRaw.get(raw);
    const value = normalisePhone(raw, country);
    byRaw.set(raw, value);
    return value;
  }

  /**
   * Normalises `raw` and records it; returns the normalised value, or undefined if invalid. A
   * phone written nationally is read as dialled in `phoneCountry` (the page's country unless said).
   */
  add(kind: IdentifierKind, raw: string, origin: string, phoneCountry: string = this.country): string | undefined {
    // A couple under one family name ("Lena und Kamal Marten", "Anna & Oskar Berg"): two people.
    if (kind === 'name') {
      // A role before or after a given name ("Риелтор Анна", a marketplace's display name) is no part of it.
      const named = withoutRole(raw);
      if (named !== raw) return this.add('name', named, origin);
      const couple = COUPLE.exec(raw.trim());
      if (couple && isGivenName(couple[1]!.toLowerCase()) && isGivenName(couple[2]!.toLowerCase())) {
        const first = this.add('name', `${couple[1]} ${couple[3]}`, origin);
        this.add('name', `${couple[2]} ${couple[3]}`, origin);
        return first;
      }
    }
    // normalise('phone', ...) is normalisePhone (shared/normalise/index.ts).
    const value = kind === 'phone' ? this.normalisePhone(raw, phoneCountry) : normalise(kind, raw, this.country);
    if (value !== undefined) this.addNormalised(kind, value, origin);
    return value;
  }

  /**
   * Records a value under a surer origin than the one it was first found with (a name the prose gave
   * that the page states again elsewhere), or adds it.
   */
  restate(kind: IdentifierKind, raw: string, origin: string): void {
    const value = kind === 'phone' ? this.normalisePhone(raw) : normalise(kind, raw, this.country);
    if (value === undefined) return;
    const at = this.findings.findIndex((f) => f.kind === kind && f.value === value);
    if (at >= 0) this.findings[at] = { kind, value, origin };
    else this.addNormalised(kind, value, origin);
  }

  /** Whether a normalised value of this kind has been recorded. */
  has(kind: IdentifierKind, value: string): boolean {
    return this.seen.has(`${kind}\u0000${value}`);
  }

  /**
   * Records a value that is already normalised (the phone finder validates before it decides); an
   * address at the page's domain in ROT13 is recorded unscrambled (scrambledSite).
   */
  addNormalised(kind: IdentifierKind, raw: string, origin: string): void {
    const value = kind === 'email' && this.scrambledSite !== undefined && scrambledAt(raw, this.scrambledSite) ? rot13(raw) : raw;
    const key = `${kind}\u0000${value}`;
    if (origin.startsWith('rule')) this.byRule.add(key);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.findings.push({ kind, value, origin });
    }
  }

  /**
   * Also notes the name without a trailing bracketed branch or place ("Harbour Kinsella (Northside)" is
   * "Harbour Kinsella" too): the page prints the trade name either way.
   */
  noteBusinessName(raw: string): void {
    const value = normalise('name', raw, this.country);
    if (value !== undefined) this.businessNames.add(value);
    const bare = raw.replace(/\s*\([^()]*\)\s*$/, '');
    if (bare !== raw && bare.trim()) {
      const v = normalise('name', bare, this.country);
      if (v !== undefined) this.businessNames.add(v);
    }
  }

  /**
   * Names after a label that names a person alone, with its colon ("Contact Name: …"; labelled.ts),
   * and a seller box's names beside a private seller's badge (layout.ts, badgedNames): kept though
   * the known names lack them.
   */
  readonly labelledPeople = new Set<string>();

  noteLabelledPerson(raw: string): void {
    const value = normalise('name', raw, this.country);
    if (value !== undefined) this.labelledPeople.add(value);
  }

  notePersonName(raw: string): void {
    const value = normalise('name', raw, this.country);
    if (value !== undefined) this.personNames.add(value);
  }
}

/** Whether an address is at `domain` or one of its subdomains. */
function scrambledAt(email: string, domain: string): boolean {
  return email.endsWith(domain) && (email.charCodeAt(email.length - domain.length - 1) === 64 /* @ */ || email.charCodeAt(email.length - domain.length - 1) === 46 /* . */);
}

/** ROT13 of the letters of `s` (small letters: addresses are normalised to them). */
export function rot13(s: string): string {
  return s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));
}
