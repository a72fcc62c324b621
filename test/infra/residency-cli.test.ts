/**
 * End to end: the CDK CLI runs the real entry point (bin/adwarden.ts) with more constructs added
 * to the app it builds (see fixtures/residency-late-stage-app.ts). Ways out of the market must
 * make `cdk synth` exit non-zero, each named with its rule; the default config plus a legal
 * in-region token must synthesize (exit 0), cdk-nag included.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const fixture = 'test/infra/fixtures/residency-late-stage-app.ts';

function synth(which: 'refused' | 'legal') {
  const env = { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', ADWARDEN_CONFIG: join(root, 'adwarden.config.json'), RESIDENCY_FIXTURE: which };
  const args = ['cdk', 'synth', '--quiet', '--app', `npx tsx ${fixture}`, '-o', mkdtempSync(join(tmpdir(), 'adwarden-cli-'))];
  const r = spawnSync('npx', args, { cwd: root, env, encoding: 'utf8', timeout: 540_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('residency check at the command line', () => {
  it('`cdk synth` exits non-zero on a us-east-1 Stage, a multi-Region key made by addPropertyOverride and a CfnParameter region, naming each', () => {
    const r = synth('refused');
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toMatch(/\[Residency-StackRegion\] Late\/Stack .*stack region us-east-1 is outside market "eu"/);
    expect(r.output).toMatch(/\[Residency-KmsMultiRegion\] .*OverrideKey/);
    expect(r.output).toMatch(/\[Residency-Unresolvable\] .*ParamSubscription/);
    // The residency check alone fails the run: no other plugin reports an error.
    expect(r.output).not.toMatch(/^ERROR /m);
  }, 600_000);

  it('`cdk synth` exits 0 on the default config plus an SNS subscription with Region: Aws.REGION', () => {
    const r = synth('legal');
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/\[Residency-/);
  }, 600_000);
});
