import { describe, expect, it } from 'vitest';
import { runAccountHygiene, twoCountrySignIns, type DirectoryUser, type SignInEvent, type UserDirectory } from '../../../lambdas/query/account-hygiene.js';
import type { AuditEntry, AuditLog } from '../../../lambdas/query/audit.js';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const DAY = 86_400_000;

describe('two-country sign-ins', () => {
  it('flags two successful sign-ins from different countries within an hour, not an hour apart, not failures', () => {
    const ev = (min: number, country: string, success = true): SignInEvent => ({ at: NOW + min * 60_000, country, success });
    expect(twoCountrySignIns([ev(0, 'NO'), ev(30, 'BR')])).toEqual([{ at: NOW + 30 * 60_000, countries: ['NO', 'BR'] }]);
    expect(twoCountrySignIns([ev(0, 'NO'), ev(61, 'BR')])).toEqual([]);
    expect(twoCountrySignIns([ev(0, 'NO'), ev(10, 'BR', false)])).toEqual([]);
    expect(twoCountrySignIns([ev(0, 'NO'), ev(10, 'NO')])).toEqual([]);
  });
});

describe('runAccountHygiene', () => {
  it('disables accounts unused for N days (counting from creation if never used), keeps active ones, records alerts', async () => {
    const users: DirectoryUser[] = [
      { username: 'idle', sub: 's1', tenantId: 'a', enabled: true, createdAt: NOW - 200 * DAY },
      { username: 'active', sub: 's2', tenantId: 'a', enabled: true, createdAt: NOW - 200 * DAY },
      { username: 'new', sub: 's3', tenantId: 'a', enabled: true, createdAt: NOW - 10 * DAY },
      { username: 'travel', sub: 's4', tenantId: 'b', enabled: true, createdAt: NOW - 200 * DAY },
    ];
    const events: Record<string, SignInEvent[]> = {
      idle: [{ at: NOW - 100 * DAY, country: 'NO', success: true }],
      active: [{ at: NOW - 1 * DAY, country: 'NO', success: true }],
      new: [],
      travel: [
        { at: NOW - 50 * 60_000, country: 'NO', success: true },
        { at: NOW - 20 * 60_000, country: 'US', success: true },
      ],
    };
    const disabled: string[] = [];
    const directory: UserDirectory = {
      async *users() {
        yield* users;
      },
      signIns: async (u) => events[u] ?? [],
      disable: async (u) => void disabled.push(u),
    };
    const appended: AuditEntry[] = [];
    const audit: AuditLog = {
      head: async () => undefined,
      append: async (r) => (appended.push(r), true),
      list: async () => ({ records: [] }),
      all: async function* () {},
    };
    const r = await runAccountHygiene({ directory, audit, now: () => NOW, inactiveDays: 90, runId: 'run', lookbackMs: 2 * 3_600_000 });
    expect(disabled).toEqual(['idle']);
    expect(r).toEqual({ checked: 4, disabled: 1, twoCountryAlerts: 1 });
    expect(appended.map((a) => [a.tenantId, a.action.split(':')[0]])).toEqual([
      ['a', 'security.account-disabled-inactive'],
      ['b', 'security.sign-in-two-countries'],
    ]);
  });
});
