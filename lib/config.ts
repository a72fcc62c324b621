/**
 * The deployment config: one file at the repository root (`adwarden.config.json`), validated
 * here. Both the CDK app and the local runtime read it through `loadConfig`, so a bad field
 * stops everything in the same way, with one line naming the field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import ipaddr from 'ipaddr.js';
import { MARKET_REGIONS } from './markets.js';
import { addressRange, isAllowedAddress } from '../lambdas/collect/fetch/ssrf-guard.js';

import { IDENTIFIER_KINDS } from '../lambdas/shared/identifiers.js';
export { IDENTIFIER_KINDS, type IdentifierKind } from '../lambdas/shared/identifiers.js';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/, 'must be 3-32 chars of a-z, 0-9 and "-", starting with a letter');

/** ISO 3166-1 alpha-2, upper case: the default country for phones and plates of a source. */
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "NO"');

/** Selectors per field, for sources whose markup is known; the generic detectors run beside them unless `generic` says otherwise. */
const extractionRules = z
  .object({
    /** CSS selector for links from a listing page to ad pages. */
    adLinks: z.string().min(1).optional(),
    /** CSS selector for the link to the next listing page. */
    nextPage: z.string().min(1).optional(),
    /** CSS selector whose presence proves the plain fetch has the content (else: render). */
    contentReady: z.string().min(1).optional(),
    fields: z.partialRecord(z.enum(IDENTIFIER_KINDS), z.string().min(1)).default({}),
    /**
     * Paths per kind into the page's embedded JSON (JSON-LD, __NEXT_DATA__, window.__*_STATE__,
     * application/json scripts, JSON in data-* attributes): dot-separated keys, "*" or "[*]"
     * for any key or index, e.g. "props.pageProps.ad.contact.phone".
     */
    jsonPaths: z.partialRecord(z.enum(IDENTIFIER_KINDS), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).optional(),
    /**
     * Which kinds the generic detectors may still find on this source's pages, beside `fields`
     * and `jsonPaths`: `true` (the default) all of them, `false` none (only the rules are read),
     * or a list (`["vin", "plate"]`: phones and names only where the rules point). For a site
     * whose rules cover what it shows, turning the generic reading off for a kind keeps its
     * guesses (a hotline, a trade name) out of the store.
     */
    generic: z.union([z.boolean(), z.array(z.enum(IDENTIFIER_KINDS)).min(1, 'list at least one kind, or write false')]).optional(),
  })
  .strict();

/**
 * The legitimate-interest assessment of a source (GDPR Art. 6(1)(f)), filled in by the operator:
 * the three-part test. Required for every source: `npx adwarden docs` publishes it beside the
 * safeguards the deployment actually has (lib/compliance/), so no source is crawled without one.
 */
const assessmentPart = (what: string) => z.string({ error: `${what}, at least 20 characters` }).trim().min(20, `${what}, at least 20 characters`);

export const legitimateInterestSchema = z
  .object(
    {
      /** Purpose test: the legitimate interest pursued, by whom, and why it is lawful and real. */
      purpose: assessmentPart('state the interest pursued (purpose test)'),
      /** Necessity test: why collecting from this source is needed for it, and why less intrusive means fall short. */
      necessity: assessmentPart('state why the processing is necessary (necessity test)'),
      /** Balancing test: the people's interests and reasonable expectations weighed against it. */
      balancing: assessmentPart('state how the interests of the people in the ads are weighed (balancing test)'),
    },
    {
      error: (issue) =>
        issue.input === undefined ? 'required: the legitimate-interest assessment of this source ({ purpose, necessity, balancing })' : undefined,
    },
  )
  .strict();

export const sourceSchema = z
  .object({
    id,
    country,
    startUrls: z.array(z.url({ protocol: /^https?$/ })).min(1),
    /** EventBridge Scheduler expression, e.g. "rate(1 hour)" or "cron(0 6 * * ? *)". */
    schedule: z.string().regex(/^(rate|cron)\(.+\)$/, 'must be an EventBridge "rate(...)" or "cron(...)" expression'),
    render: z.enum(['never', 'auto', 'always']).default('auto'),
    /** Listing pages to follow per run, so a misconfigured pager cannot crawl forever. */
    maxListingPages: z.number().int().min(1).max(10_000).default(50),
    rules: extractionRules.default({ fields: {} }),
    /** Why collecting from this source is lawful; feeds the legitimate-interest assessment. */
    purpose: z.string().min(10).default('Fraud prevention and insurance claims verification'),
    /** The three-part test that makes collecting from this source lawful (see legitimateInterestSchema). */
    legitimateInterest: legitimateInterestSchema,
  })
  .strict();

export const tenantSchema = z
  .object({
    // 'platform' names the platform's own index key (the suppression list's) in KMS encryption
    // contexts and key items: a tenant of that name could unwrap and use it.
    id: id.refine((v) => v !== 'platform', '"platform" is reserved for the platform\'s own keys'),
    displayName: z.string().min(1).max(100),
    retentionDays: z.number().int().min(1).max(3650),
    sources: z.array(id).min(1),
    identifierKinds: z.array(z.enum(IDENTIFIER_KINDS)).min(1),
    /** Where notices about data-subject requests go. */
    contact: z.email(),
  })
  .strict();

export const configSchema = z
  .object({
    market: z.enum(['eu', 'us']),
    region: z.string(),
    account: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
    stage: z.enum(['dev', 'prod']),
    /**
     * The only principal that administers the KMS keys (and may rewrite their policies).
     * Default: the CDK bootstrap's CloudFormation execution role of the account and region,
     * `cdk-hnb659fds-cfn-exec-role-<account>-<region>`, which is what deploys them.
     */
    keyAdminRoleArn: z
      .string()
      .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'must be the ARN of an IAM role (arn:aws:iam::<account>:role/<name>)')
      .optional(),
    /**
     * Ship source maps with the Lambda bundles (and turn on --enable-source-maps). Off by
     * default: they are most of a bundle's size and slow down every cold start.
     */
    sourceMaps: z.boolean().default(false),
    /** The customer API. */
    api: z
      .object({
        /** Days without a sign-in after which the account-hygiene job disables an account. */
        inactiveDays: z.number().int().min(7).max(365).default(90),
      })
      .strict()
      .default({ inactiveDays: 90 }),
    tenants: z.array(tenantSchema).min(1),
    sources: z.array(sourceSchema).min(1),
    /** Where every operator alarm (dead letters, access denied, audit chain, WAF, request deadlines) is e-mailed: a subscription to the SNS topic adwarden-<stage>-operators. */
    operatorEmail: z.email().optional(),
    /** Data-subject requests (issue 10): who our mail comes from and where its links point. */
    rights: z
      .object({
        /** A sender address verified in SES in the deployment's region. */
        mailFrom: z.email().default('no-reply@adwarden.example'),
        /** The public base URL of the API (custom domain), for links in e-mails. */
        publicBaseUrl: z.url({ protocol: /^https$/ }).optional(),
      })
      .strict()
      .default({ mailFrom: 'no-reply@adwarden.example' }),
    crawler: z
      .object({
        userAgent: z
          .string()
          .regex(/\bhttps?:\/\/\S+/, 'must carry a contact URL so site owners can reach us')
          .min(10),
        /** Requests per second per domain, shared by every worker. */
        defaultRatePerSecond: z.number().positive().max(50).default(1),
        /**
         * The most one page may be, after decompression (and the rendered HTML's size): a larger
         * download is aborted and the page yields nothing. 5,000,000 because real pages are that
         * big: of the 386 saved pages of real sites scored in the sealed rounds (README), 13 were
         * 2.0-3.3 MB (result pages of Facebook Marketplace, eBay, Vinted, heycar, 591 and others),
         * and the 2,000,000 this was before refused them all.
         */
        maxPageBytes: z.number().int().positive().default(5_000_000),
        timeoutMs: z.number().int().positive().default(15_000),
        maxRedirects: z.number().int().min(0).max(10).default(5),
        /** Ad links read from one listing page; the rest are left for later pages and runs. */
        maxLinksPerListing: z.number().int().min(1).max(10_000).default(500),
      })
      .strict(),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const allowed: readonly string[] = MARKET_REGIONS[cfg.market];
    if (!allowed.includes(cfg.region)) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: `"${cfg.region}" is not a region of market "${cfg.market}" (allowed: ${allowed.join(', ')})`,
      });
    }
    cfg.sources.forEach((s, i) =>
      s.startUrls.forEach((url, j) => {
        const refused = refusedStartUrl(url);
        if (refused) ctx.addIssue({ code: 'custom', path: ['sources', i, 'startUrls', j], message: refused });
      }),
    );
    const sourceIds = new Set(cfg.sources.map((s) => s.id));
    cfg.tenants.forEach((t, i) =>
      t.sources.forEach((s, j) => {
        if (!sourceIds.has(s)) {
          ctx.addIssue({ code: 'custom', path: ['tenants', i, 'sources', j], message: `unknown source "${s}"` });
        }
      }),
    );
    for (const [name, list] of [
      ['tenants', cfg.tenants],
      ['sources', cfg.sources],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: [name, i, 'id'], message: `duplicate id "${item.id}"` });
        }
        seen.add(item.id);
      });
    }
  });

/**
 * Why a start URL can never be crawled, or undefined. The crawler refuses private, link-local
 * (cloud metadata), unique-local and other non-public addresses at fetch time (the SSRF
 * guard); here a literal address or an internal name in the config is refused up front, with
 * the reason, instead of failing later as "disallowed by robots.txt". Loopback stays allowed:
 * the local runtime crawls its demo site on 127.0.0.1 (and the deployed crawler refuses it).
 */
export function refusedStartUrl(url: string): string | undefined {
  const host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  if (host === 'localhost') return undefined;
  if (/^(?:metadata|instance-data)$|\.(?:internal|local|localdomain|home\.arpa)$/.test(host)) {
    return `"${url}" names an internal host: the crawler never fetches it (SSRF guard)`;
  }
  if (!ipaddr.isValid(host)) return undefined;
  const range = addressRange(host);
  if (range === 'unicast' || range === 'loopback') return isAllowedAddress(host, true) ? undefined : `"${url}" is a metadata address: the crawler never fetches it (SSRF guard)`;
  return `"${url}" is a ${range} address: the crawler never fetches it (SSRF guard)`;
}

export type Config = z.infer<typeof configSchema>;
export type Tenant = Config['tenants'][number];
export type Source = Config['sources'][number];
export type LegitimateInterest = Source['legitimateInterest'];

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** One line: `config: tenants[1].retentionDays: Too small: expected number to be >=1`. */
export function formatConfigIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  return `${path || '(root)'}: ${issue.message}`;
}

export function parseConfig(raw: unknown, origin = 'config'): Config {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new ConfigError(`${origin}: ${first ? formatConfigIssue(first) : 'invalid'}${more}`);
  }
  return result.data;
}

export const DEFAULT_CONFIG_FILE = 'adwarden.config.json';

/** Reads the file named by ADWARDEN_CONFIG (or the default at the repo root). */
export function loadConfig(file = process.env.ADWARDEN_CONFIG ?? DEFAULT_CONFIG_FILE): Config {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  return parseConfig(raw, file);
}
