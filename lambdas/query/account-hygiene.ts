/**
 * Account hygiene, run on a schedule (the seeds promise monitoring of inactive accounts and of
 * same-time access from different locations):
 *   1. an enabled account with no successful sign-in for `inactiveDays` (counted from its
 *      creation if it never signed in) is disabled;
 *   2. two successful sign-ins of one user from two countries within an hour are recorded in
 *      the tenant's audit trail (action `security.sign-in-two-countries`) for its admins to see.
 * Sign-in events come from the user pool's threat protection (AdminListUserAuthEvents), which
 * is why the pool uses the Plus feature plan.
 */
import { appendAudit, type AuditLog } from './audit.js';

export interface DirectoryUser {
  readonly username: string;
  readonly sub: string;
  readonly tenantId: string | undefined;
  readonly enabled: boolean;
  readonly createdAt: number;
}

export interface SignInEvent {
  readonly at: number;
  /** ISO 3166-1 alpha-2, as the pool reports it; undefined when unknown. */
  readonly country: string | undefined;
  readonly success: boolean;
}

/** The user-directory PORT (adapter: lambdas/adapters/aws/cognito-user-directory.ts). */
export interface UserDirectory {
  users(): AsyncIterable<DirectoryUser>;
  /** Sign-in events of a user, newest first, back to `sinceMs` at least. */
  signIns(username: string, sinceMs: number): Promise<SignInEvent[]>;
  disable(username: string): Promise<void>;
}

export interface HygieneResult {
  readonly checked: number;
  readonly disabled: number;
  readonly twoCountryAlerts: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Pairs of successful sign-ins from different countries less than an hour apart, each later event reported once. */
export function twoCountrySignIns(events: readonly SignInEvent[]): { at: number; countries: [string, string] }[] {
  const ok = events.filter((e): e is SignInEvent & { country: string } => e.success && !!e.country).sort((a, b) => a.at - b.at);
  const out: { at: number; countries: [string, string] }[] = [];
  for (let i = 1; i < ok.length; i++) {
    const cur = ok[i]!;
    const other = ok.slice(0, i).find((p) => cur.at - p.at < HOUR && p.country !== cur.country);
    if (other) out.push({ at: cur.at, countries: [other.country, cur.country] });
  }
  return out;
}

export async function runAccountHygiene(
  deps: { directory: UserDirectory; audit: AuditLog; now: () => number; inactiveDays: number; runId: string; lookbackMs: number },
): Promise<HygieneResult> {
  const now = deps.now();
  let checked = 0;
  let disabled = 0;
  let alerts = 0;
  for await (const user of deps.directory.users()) {
    checked++;
    const since = Math.min(now - deps.inactiveDays * DAY, now - deps.lookbackMs);
    const events = await deps.directory.signIns(user.username, since);
    const lastOk = events.filter((e) => e.success).reduce((m, e) => Math.max(m, e.at), 0);
    const lastActive = Math.max(lastOk, user.createdAt);
    if (user.enabled && now - lastActive > deps.inactiveDays * DAY) {
      await deps.directory.disable(user.username);
      disabled++;
      if (user.tenantId) {
        await appendAudit(deps.audit, { tenantId: user.tenantId, actor: 'system:account-hygiene', action: 'security.account-disabled-inactive', results: 0, requestId: `${deps.runId}:${user.sub}` });
      }
    }
    if (!user.tenantId) continue;
    for (const hit of twoCountrySignIns(events.filter((e) => e.at >= now - deps.lookbackMs))) {
      alerts++;
      await appendAudit(deps.audit, {
        tenantId: user.tenantId,
        actor: 'system:account-hygiene',
        action: `security.sign-in-two-countries:${user.sub}:${hit.countries.join('-')}:${new Date(hit.at).toISOString()}`,
        results: 0,
        requestId: deps.runId,
      });
    }
  }
  return { checked, disabled, twoCountryAlerts: alerts };
}
