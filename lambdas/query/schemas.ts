/**
 * The customer API's request and response shapes, as zod schemas. Handlers parse with them;
 * lambdas/query/openapi.ts turns them into the OpenAPI 3.1 document (served at
 * /v1/openapi.json and checked into docs/openapi.json), so the document cannot drift.
 */
import { z } from 'zod';
import 'zod-openapi';
import { IDENTIFIER_KINDS } from '../shared/identifiers.js';

export const identifierKind = z.enum(IDENTIFIER_KINDS).meta({ id: 'IdentifierKind', description: 'Kind of personal identifier' });

export const cursorParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{40,2048}$/, 'cursor must be the `next` value of a previous page')
  .meta({ description: 'Opaque cursor: the `next` value of the previous page of the same query' });

export const limitParam = z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Items per page (1-100)' });

export const searchQuery = z
  .object({
    kind: identifierKind,
    q: z.string().min(1, 'q must not be empty').max(256, 'q must be at most 256 characters').meta({
      description: 'The identifier as the caller knows it; normalised as at collection (e.g. "0171 / 234 56 78", "AB 12 345")',
      example: '+47 912 34 567',
    }),
    cursor: cursorParam.optional(),
    limit: limitParam,
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuery>;

export const adIdParam = z.object({
  adId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/, 'adId must be the 22-character id of an ad')
    .meta({ description: 'Ad id (from a search result)', example: 'q3V0c2lk-XxYzAbCdEfGh' }),
});

export const auditQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Earliest record time (inclusive), ISO 8601' }),
    to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Latest record time (exclusive), ISO 8601' }),
    cursor: cursorParam.optional(),
    limit: limitParam,
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuery>;

export const identifierView = z
  .object({
    kind: identifierKind,
    value: z.string().meta({ description: 'Normalised value (E.164 phone, lower-case e-mail, COUNTRY:PLATE, …)' }),
    origin: z.string().meta({ description: 'Where on the page it came from, e.g. json-ld:seller.telephone, text, rule:.seller-name' }),
  })
  .meta({ id: 'Identifier' });

export const adView = z
  .object({
    adId: z.string(),
    sourceId: z.string(),
    url: z.string(),
    firstSeen: z.string().meta({ description: 'When adwarden first stored this ad (ISO 8601)' }),
    lastSeen: z.string().meta({ description: 'When adwarden last stored this ad (ISO 8601)' }),
    identifiers: z.array(identifierView),
  })
  .meta({ id: 'Ad' });
export type AdView = z.infer<typeof adView>;

export const searchResult = z
  .object({
    items: z.array(adView).meta({ description: 'Newest first' }),
    next: z.string().optional().meta({ description: 'Cursor of the next page; absent on the last page' }),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof searchResult>;

export const lastCrawlView = z
  .object({
    runId: z.string(),
    startedAt: z.string().meta({ description: 'When the run was scheduled (ISO 8601)' }),
    lastActivityAt: z.string().meta({ description: 'When the run last recorded progress (ISO 8601); a run has no explicit end' }),
    adsFound: z.number().int().min(0).meta({ description: 'Ad links found on the listing pages of the run' }),
    stored: z.number().int().min(0).meta({ description: "Ads of the run stored for the caller's tenant (other tenants' counts are never shown)" }),
    failed: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Ads of the run not stored because something went wrong: refused for good (SSRF guard, too large, 4xx) or dead-lettered after the last retry' }),
    blockedByRobots: z.number().int().min(0).meta({ description: 'Ads not fetched because robots.txt disallows them (not counted as failed)' }),
    listingPagesFailed: z.number().int().min(0).meta({ description: 'Listing pages of the run that could not be crawled' }),
  })
  .meta({ id: 'LastCrawl' });

export const sourceView = z
  .object({
    sourceId: z.string(),
    country: z.string(),
    purpose: z.string(),
    lastStoredAt: z.string().nullable().meta({ description: 'When the newest ad from this source was stored for this tenant' }),
    lastCrawl: lastCrawlView.nullable().meta({ description: "The source's most recently started crawl run; null if none was recorded" }),
  })
  .meta({ id: 'Source' });
export const sourcesResult = z.object({ items: z.array(sourceView) }).meta({ id: 'SourcesResult' });
export type SourcesResult = z.infer<typeof sourcesResult>;

export const auditRecordView = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string().meta({ description: 'Cognito user sub' }),
    action: z.string(),
    queryKind: identifierKind.optional(),
    queryHmac: z.string().optional().meta({ description: 'HMAC of the normalised queried value; never the value' }),
    adId: z.string().optional(),
    results: z.number().int(),
    requestId: z.string(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditRecord' });
export const auditResult = z
  .object({ items: z.array(auditRecordView), next: z.string().optional() })
  .meta({ id: 'AuditResult' });
export type AuditResult = z.infer<typeof auditResult>;

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
