/**
 * Listing pages: find the ad links and the next page.
 *
 * With `rules.adLinks` / `rules.nextPage` (CSS selectors) the source's markup decides; without
 * them, heuristics: `rel=next` for the pager, and links whose path looks like an ad (`/ad/`,
 * `/annonse/`, `/item/`, or a long numeric id). Only same-site http(s) links are kept,
 * absolute, without fragment, deduplicated in page order.
 */
import * as cheerio from 'cheerio/slim';
import { parseDocument } from 'htmlparser2';
import { boundNesting } from '../fetch/nesting.js';
import type { Source } from '../../../lib/config.js';

export interface ListingLinks {
  readonly adUrls: string[];
  readonly nextPage?: string;
  /** Set when the page had more ad links than `maxLinks`: the rest were not read. */
  readonly truncated?: true;
}

/** Ad links kept from one listing page unless the config says otherwise. */
export const DEFAULT_MAX_LINKS_PER_LISTING = 500;

export type ListingRules = Pick<Source['rules'], 'adLinks' | 'nextPage'>;

/** Path segments that name an ad page on common classifieds sites. */
const AD_SEGMENT = /\/(?:ad|ads|annonse|annonce|annons|anzeige|anuncio|annuncio|item|itm|vi|classified|listing|product)\/[^/]/i;
/** A numeric id of 5+ digits as a path segment or at the end of a slug (`/bmw-x5-123456`). */
const NUMERIC_ID = /(?:^|\/|-|_)\d{5,}(?:\.html?)?\/?$/;
/** Query parameters carrying an ad id. */
const ID_PARAM = /^(?:id|adid|ad_id|itemid|item_id|finnkode|listingid)$/i;
/** Pagination parameters: a link with one of these is a listing page, not an ad. */
const PAGE_PARAM = /^(?:page|p|pg|offset|start|side|sida|seite|pagina)$/i;
const NEXT_TEXT = /^(?:next|neste|nästa|næste|seuraava|weiter|suivant|siguiente|successiva|volgende|›|»|>|→)$/i;

/** "www.example.no" and "m.example.no" are the same site as "example.no"; subdomains of it too. */
function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^(?:www\d?|m|mobile)\./, '');
}

function sameSite(a: URL, b: URL): boolean {
  const ka = siteKey(a.hostname);
  const kb = siteKey(b.hostname);
  return ka === kb || ka.endsWith(`.${kb}`) || kb.endsWith(`.${ka}`);
}

interface TextNode {
  type: string;
  data?: string;
  children?: TextNode[];
}

/**
 * The trimmed text of a link, or "" when it is longer than a pager label could be: read
 * iteratively and given up on after 40 characters, so 100,000 links cost 100,000 short reads
 * (cheerio's `.text()` wraps each element and reads all of it, recursively).
 */
function shortText(el: TextNode): string {
  let out = '';
  const stack: TextNode[] = [...(el.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      out += node.data ?? '';
      if (out.length > 40) return '';
    } else if (node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out.trim();
}

export function looksLikeAd(url: URL): boolean {
  if ([...url.searchParams.keys()].some((k) => PAGE_PARAM.test(k))) return false;
  if (AD_SEGMENT.test(url.pathname) || NUMERIC_ID.test(url.pathname)) return true;
  return [...url.searchParams.entries()].some(([k, v]) => ID_PARAM.test(k) && /^\d+$/.test(v));
}

/**
 * The ad links (at most `maxLinks`, in page order) and the next page of a listing page. The
 * links are gathered in one pass that stops at the cap, so a page of 100,000 links costs the
 * parse and `maxLinks` URL objects, not 100,000 of them.
 */
export function parseListing(
  html: string,
  pageUrl: string,
  rules: ListingRules = {},
  maxLinks: number = DEFAULT_MAX_LINKS_PER_LISTING,
): ListingLinks {
  // htmlparser2 on depth-bounded input: linear in the page (parse5 is quadratic in nesting).
  const $ = cheerio.load(parseDocument(boundNesting(html).html));
  const page = new URL(pageUrl);
  let base = page;
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref) {
    try {
      base = new URL(baseHref, page);
    } catch {
      /* invalid <base>: use the page URL */
    }
  }

  const resolve = (href: string | undefined): URL | undefined => {
    if (!href) return undefined;
    try {
      const url = new URL(href.trim(), base);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      if (!sameSite(url, page)) return undefined;
      url.hash = '';
      return url;
    } catch {
      return undefined;
    }
  };

  /** The href of an element, or of the first link inside it (a selector may name a card). */
  const hrefOf = (el: Parameters<typeof $>[0]): string | undefined => {
    const node = $(el);
    return node.attr('href') ?? node.find('a[href]').first().attr('href');
  };

  let nextPage: string | undefined;
  const nextCandidates = rules.nextPage
    ? $(rules.nextPage).toArray()
    : [
        ...$('a[rel~="next"], link[rel~="next"]').toArray(),
        ...$('a[href]')
          .toArray()
          .filter((el) => NEXT_TEXT.test(shortText(el)) || NEXT_TEXT.test((el.attribs['aria-label'] ?? '').trim())),
      ];
  for (const el of nextCandidates) {
    const url = resolve(hrefOf(el));
    if (url && url.href !== page.href) {
      nextPage = url.href;
      break;
    }
  }

  const adElements = rules.adLinks ? $(rules.adLinks).toArray() : $('a[href]').toArray();
  const seen = new Set<string>();
  const adUrls: string[] = [];
  let truncated = false;
  for (const el of adElements) {
    if (adUrls.length >= maxLinks) {
      truncated = true;
      break;
    }
    const url = resolve(hrefOf(el));
    if (!url || url.href === page.href || url.href === nextPage) continue;
    if (!rules.adLinks && !looksLikeAd(url)) continue;
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    adUrls.push(url.href);
  }
  return { adUrls, ...(nextPage === undefined ? {} : { nextPage }), ...(truncated ? { truncated: true as const } : {}) };
}
