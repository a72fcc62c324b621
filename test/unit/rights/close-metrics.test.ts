import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RIGHTS_METRICS } from '../../../lib/topology.js';
import { recordClosedMetrics } from '../../../lambdas/handlers/rights/close.js';
import { rightsMetrics } from '../../../lambdas/handlers/rights/watch-deadlines.js';
import type { Closed } from '../../../lambdas/rights/use-cases/workflow.js';

let lines: string[];
beforeEach(() => {
  lines = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const emf = () => lines.flatMap((l) => l.split('\n')).filter((l) => l.includes('"_aws"')).map((l) => JSON.parse(l) as Record<string, unknown>);
const closed = (patch: Partial<Closed>): Closed => ({
  requestId: '00000000-0000-4000-8000-000000000001',
  state: 'closed',
  type: 'erasure',
  tookMs: 3 * 86_400_000 + 1_499,
  withinTarget: true,
  withinDeadline: true,
  justClosed: true,
  ...patch,
});

describe('time taken against the one-week target, reported when a request closes', () => {
  it('within target: the duration in seconds, and zero misses', () => {
    recordClosedMetrics(rightsMetrics('dev'), closed({}));
    const [doc] = emf();
    expect(emf()).toHaveLength(1);
    expect(doc![RIGHTS_METRICS.tookSeconds]).toBe(3 * 86_400 + 1);
    expect(doc![RIGHTS_METRICS.closedPastTarget]).toBe(0);
    expect(doc![RIGHTS_METRICS.closedPastDeadline]).toBe(0);
    expect(doc!.service).toBe('adwarden-dev-rights');
  });

  it('past the target (and the deadline) counts one miss each', () => {
    recordClosedMetrics(rightsMetrics('dev'), closed({ tookMs: 40 * 86_400_000, withinTarget: false, withinDeadline: false }));
    const [doc] = emf();
    expect(doc![RIGHTS_METRICS.closedPastTarget]).toBe(1);
    expect(doc![RIGHTS_METRICS.closedPastDeadline]).toBe(1);
  });

  it('a repeated Close (redrive of a closed request) reports nothing again', () => {
    recordClosedMetrics(rightsMetrics('dev'), closed({ justClosed: false }));
    expect(emf()).toEqual([]);
  });

  it('carries no request id', () => {
    recordClosedMetrics(rightsMetrics('dev'), closed({}));
    expect(lines.join('')).not.toContain('00000000-0000-4000-8000-000000000001');
  });
});
