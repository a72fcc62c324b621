/**
 * The vulnerability-patching gate's decision (issue 8 point 4), pure: given what
 * `npm audit --omit=dev --json` printed, the reviewed allow-list and today's date, decide
 * clean / vulnerable / advisories unavailable / allow-list invalid. No I/O here.
 *
 * npm's report (auditReportVersion 2): `vulnerabilities` maps a package name to its entry;
 * an entry's `via` lists advisories (objects: source id, url, severity, range) or the names of
 * dependencies it is vulnerable through (strings). The finding is the advisory, so an entry that
 * is high only through a dependency is resolved to that dependency's advisories; an entry that
 * says high or critical but resolves to no such advisory fails closed.
 */
import { z } from 'zod';

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** What fails the gate. */
export const BLOCKING: readonly Severity[] = ['high', 'critical'];
/** An allow-list entry may not be accepted for longer than this: it must be reviewed again. */
export const MAX_ALLOW_DAYS = 366;

const advisorySchema = z.looseObject({
  source: z.number(),
  name: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  severity: z.enum(SEVERITIES),
  range: z.string().optional(),
});
export type Advisory = z.infer<typeof advisorySchema>;

const entrySchema = z.looseObject({
  name: z.string(),
  severity: z.enum(SEVERITIES),
  isDirect: z.boolean(),
  via: z.array(z.union([z.string(), advisorySchema])),
  effects: z.array(z.string()).optional(),
  range: z.string().optional(),
  nodes: z.array(z.string()).optional(),
  fixAvailable: z.union([z.boolean(), z.looseObject({ name: z.string(), version: z.string(), isSemVerMajor: z.boolean().optional() })]).optional(),
});

const countsSchema = z.looseObject({ info: z.number(), low: z.number(), moderate: z.number(), high: z.number(), critical: z.number(), total: z.number() });

export const auditReportSchema = z.looseObject({
  auditReportVersion: z.literal(2),
  vulnerabilities: z.record(z.string(), entrySchema),
  metadata: z.looseObject({ vulnerabilities: countsSchema }),
});
export type AuditReport = z.infer<typeof auditReportSchema>;

/** What npm prints instead of a report when it could not get advisories (405, ENOAUDIT, offline …). */
const auditErrorSchema = z.union([
  z.looseObject({ statusCode: z.number(), message: z.string() }),
  z.looseObject({ error: z.looseObject({ code: z.string().optional(), summary: z.string().optional(), detail: z.string().optional() }) }),
  z.looseObject({ message: z.string() }),
]);

const day = z.iso.date();
export const allowListSchema = z.strictObject({
  $comment: z.string().optional(),
  entries: z.array(
    z.strictObject({
      /** The advisory: its URL (https://github.com/advisories/GHSA-…), its GHSA id, or npm's numeric source id. */
      advisory: z.union([z.string().min(1), z.number().int()]),
      package: z.string().min(1),
      /** Why it is acceptable (not reachable, no fix yet and mitigated by …); reviewed in the pull request. */
      reason: z.string(),
      /** Last day the acceptance holds (YYYY-MM-DD); after it the gate fails until reviewed again. */
      expires: day,
      reviewedBy: z.string().optional(),
    }),
  ),
});
export type AllowList = z.infer<typeof allowListSchema>;
export type AllowEntry = AllowList['entries'][number];

export interface Finding {
  readonly package: string;
  readonly advisory: string;
  readonly source: number | undefined;
  readonly severity: Severity;
  readonly title: string;
  /** The production packages that pull it in (the entries it was found from). */
  readonly via: readonly string[];
}

export type Decision =
  | { readonly kind: 'clean'; readonly allowed: readonly Finding[]; readonly unusedEntries: readonly AllowEntry[]; readonly lowerFindings: number }
  | { readonly kind: 'vulnerable'; readonly findings: readonly Finding[]; readonly allowed: readonly Finding[] }
  /** npm said it could not get advisories (an error object instead of a report): nothing was checked. */
  | { readonly kind: 'unavailable'; readonly reason: string }
  /** npm printed something that is neither a v2 report nor an error (another format, garbage): fail, do not guess. */
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'allowlist-invalid'; readonly problems: readonly string[] };

/** Exit codes of scripts/audit-gate.ts, one per decision. */
export const EXIT: Readonly<Record<Decision['kind'], number>> = { clean: 0, vulnerable: 1, 'allowlist-invalid': 2, unavailable: 3, unreadable: 4 };

const ghsa = (s: string) => s.match(/GHSA(-[23456789cfghjmpqrvwx]{4}){3}/i)?.[0]?.toUpperCase();

function advisoryId(a: Advisory): string {
  return a.url ?? `npm advisory ${a.source}`;
}

function matches(entry: AllowEntry, f: Finding): boolean {
  if (entry.package !== f.package) return false;
  const want = String(entry.advisory).trim();
  if (f.source !== undefined && want === String(f.source)) return true;
  if (want === f.advisory) return true;
  const a = ghsa(want);
  return a !== undefined && a === ghsa(f.advisory);
}

/** Problems of the allow-list itself (any one fails the gate): no reason, expired, too long. */
export function allowListProblems(list: AllowList, today: string): string[] {
  const problems: string[] = [];
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) + MAX_ALLOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  list.entries.forEach((e, i) => {
    const what = `entry ${i + 1} (${e.package}, ${e.advisory})`;
    if (e.reason.trim().length < 10) problems.push(`${what}: no reason given (say why the finding is acceptable)`);
    if (e.expires < today) problems.push(`${what}: expired on ${e.expires}; review it (upgrade, or renew with a new date and reason)`);
    if (e.expires > limit) problems.push(`${what}: expires ${e.expires}, more than ${MAX_ALLOW_DAYS} days ahead; accept for a shorter time`);
  });
  return problems;
}

/** Every high/critical advisory reachable from the report's blocking entries. */
export function blockingFindings(report: AuditReport): Finding[] {
  const found = new Map<string, { finding: Omit<Finding, 'via'>; via: Set<string> }>();
  const resolve = (pkg: string, from: string, seen: Set<string>): number => {
    const entry = report.vulnerabilities[pkg];
    if (!entry || seen.has(pkg)) return 0;
    seen.add(pkg);
    let n = 0;
    for (const v of entry.via) {
      if (typeof v === 'string') n += resolve(v, from, seen);
      else if (BLOCKING.includes(v.severity)) {
        const key = `${v.name}\u0000${advisoryId(v)}`;
        const f = found.get(key) ?? { finding: { package: v.name, advisory: advisoryId(v), source: v.source, severity: v.severity, title: v.title ?? '' }, via: new Set<string>() };
        f.via.add(from);
        found.set(key, f);
        n++;
      }
    }
    return n;
  };
  for (const entry of Object.values(report.vulnerabilities)) {
    if (!BLOCKING.includes(entry.severity)) continue;
    if (resolve(entry.name, entry.name, new Set()) === 0) {
      // Says high/critical but names no such advisory: fail closed, do not guess.
      const key = `${entry.name}\u0000unresolved`;
      found.set(key, { finding: { package: entry.name, advisory: 'unresolved (the report names no advisory for this severity)', source: undefined, severity: entry.severity, title: '' }, via: new Set([entry.name]) });
    }
  }
  return [...found.values()].map((f) => ({ ...f.finding, via: [...f.via].sort() })).sort((a, b) => a.package.localeCompare(b.package) || a.advisory.localeCompare(b.advisory));
}

/**
 * The decision. `stdout` is exactly what `npm audit --omit=dev --json` printed (its exit code
 * says little: 1 both for "found vulnerabilities" and for "could not ask").
 */
export function decide(stdout: string, allowList: unknown, today: string): Decision {
  const list = allowListSchema.safeParse(allowList);
  if (!list.success) return { kind: 'allowlist-invalid', problems: list.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
  const problems = allowListProblems(list.data, today);
  if (problems.length > 0) return { kind: 'allowlist-invalid', problems };

  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { kind: 'unreadable', reason: stdout.trim() === '' ? 'npm audit printed nothing' : 'npm audit did not print JSON' };
  }
  const report = auditReportSchema.safeParse(json);
  if (!report.success) {
    const err = auditErrorSchema.safeParse(json);
    if (err.success) {
      const e = err.data as { statusCode?: number; message?: string; error?: { code?: string; summary?: string } };
      return { kind: 'unavailable', reason: e.message || [e.error?.code, e.error?.summary].filter(Boolean).join(': ') || 'npm audit reported an error' };
    }
    return { kind: 'unreadable', reason: `npm audit printed JSON that is neither a v2 report nor an error (${report.error.issues[0]?.path.join('.') ?? ''} ${report.error.issues[0]?.message ?? ''})` };
  }

  const findings = blockingFindings(report.data);
  const counts = report.data.metadata.vulnerabilities;
  // The summary counts packages; if it says high/critical and we found nothing, something is off: fail closed.
  if (findings.length === 0 && counts.high + counts.critical > 0) {
    findings.push({ package: '(summary)', advisory: `metadata counts ${counts.high} high and ${counts.critical} critical`, source: undefined, severity: counts.critical > 0 ? 'critical' : 'high', title: '', via: [] });
  }
  const allowed = findings.filter((f) => list.data.entries.some((e) => matches(e, f)));
  const blocking = findings.filter((f) => !allowed.includes(f));
  if (blocking.length > 0) return { kind: 'vulnerable', findings: blocking, allowed };
  const unusedEntries = list.data.entries.filter((e) => !findings.some((f) => matches(e, f)));
  return { kind: 'clean', allowed, unusedEntries, lowerFindings: counts.total - counts.high - counts.critical };
}
