/**
 * The residency check (decision 9) against the adversarial suite in residency-cases.ts, through
 * real synthesis: the check is registered on the App exactly as buildApp does it, and a case
 * passes only if `app.synth()` fails with a report line naming that case's stack or resource.
 */
import { App, Stack, Stage } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { registerResidencyCheck } from '../../lib/checks/index.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';
import { buildLegal, buildLimits, REFUSED } from './residency-cases.js';

/** In-memory app mode: the thrown error carries the validation report (the CLI prints the same report). */
const INMEMORY = { '@aws-cdk/core:appMode': 'inmemory' };
const outdir = () => mkdtempSync(join(tmpdir(), 'adwarden-residency-'));

/** Synthesizes; returns the report lines of the residency plugin ('' when synthesis succeeded). */
function synthReport(app: App): string[] {
  try {
    app.synth();
    return [];
  } catch (e) {
    const lines = String((e as Error).message).split('\n').filter((l) => l.includes('[Residency-'));
    // Any other failure is not the check speaking: surface it.
    if (lines.length === 0) throw e;
    return lines;
  }
}

function euApp(context: Record<string, unknown> = {}): App {
  const app = new App({ outdir: outdir(), context: { ...INMEMORY, ...context } });
  registerResidencyCheck(app, 'eu');
  return app;
}

describe(`residency check: ${REFUSED.length} adversarial cases, one synthesis (each case in a Stage of its own)`, () => {
  let byCase: Map<string, string[]>;

  beforeAll(() => {
    const app = euApp();
    REFUSED.forEach((c, i) => c.build(new Stage(app, `Case${i}`)));
    byCase = new Map();
    for (const line of synthReport(app)) {
      const m = /\[Residency-[A-Za-z0-9]+\] (Case\d+)\//.exec(line);
      if (m?.[1]) byCase.set(m[1], [...(byCase.get(m[1]) ?? []), line]);
    }
  }, 240_000);

  it.each(REFUSED.map((c, i) => [c.name, i, c.names] as const))('refuses %s, naming it', (_name, i, names) => {
    const lines = byCase.get(`Case${i}`) ?? [];
    expect(lines.length, 'no residency violation reported for this case').toBeGreaterThan(0);
    expect(lines.some((l) => names.test(l)), lines.join('\n')).toBe(true);
  });
});

describe('residency check: what must pass', () => {
  it('accepts legal in-market stacks: Aws.REGION tokens, snsRegion: Aws.REGION, in-market literals, replicas, a NestedStack, an EU Stage', () => {
    const app = euApp();
    buildLegal(app);
    expect(synthReport(app)).toEqual([]);
  }, 120_000);

  it.each([
    ['eu', {}],
    ['us', { market: 'us' as const, region: 'us-east-1' }],
  ])('accepts the default config in market %s', (_m, overrides) => {
    const { app } = buildApp(defaultConfig(overrides), { nag: false, appProps: { ...NO_BUNDLING, outdir: outdir(), context: { ...NO_BUNDLING.context, ...INMEMORY } } });
    expect(synthReport(app)).toEqual([]);
  }, 180_000);
});

describe('residency check: its stated limits', () => {
  it('does not see a region that is not written in a template (encoded, a bucket named without region, template-level metadata)', () => {
    const app = euApp();
    buildLimits(app);
    expect(synthReport(app)).toEqual([]);
  });
});

describe('residency check: every way in gets it', () => {
  it('refuses a Stage added after buildApp returned', () => {
    const { app } = buildApp(defaultConfig(), { nag: false, appProps: { ...NO_BUNDLING, outdir: outdir(), context: { ...NO_BUNDLING.context, ...INMEMORY } } });
    new sqs.Queue(new Stack(new Stage(app, 'Late', { env: { region: 'us-east-1' } }), 'Stack'), 'Q');
    const lines = synthReport(app);
    expect(lines.some((l) => /\[Residency-StackRegion\] Late\/Stack .*us-east-1/.test(l)), lines.join('\n')).toBe(true);
  }, 180_000);

  it('still fails synthesis when the app context says not to fail on validation errors', () => {
    const app = euApp({ '@aws-cdk/core:failSynthOnValidationErrors': false });
    new Stack(app, 'Virginia', { env: { region: 'us-east-1' } });
    expect(synthReport(app).some((l) => l.includes('Virginia'))).toBe(true);
  });
});
