/**
 * End to end: the CDK CLI runs the real entry point (bin/adwarden.ts) with one more Stage, in
 * us-east-1, added to the app it builds (see fixtures/residency-late-stage-app.ts). The check
 * must make the process fail, `cdk synth` exit non-zero, and the output name the stack.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const fixture = 'test/infra/fixtures/residency-late-stage-app.ts';
const env = { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', ADWARDEN_CONFIG: join(root, 'adwarden.config.json') };

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', timeout: 540_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('residency check at the command line', () => {
  it('`cdk synth` of bin/adwarden.ts plus a us-east-1 Stage exits non-zero, naming the stack and the rule', () => {
    const r = run('npx', ['cdk', 'synth', '--quiet', '--app', `npx tsx ${fixture}`, '-o', mkdtempSync(join(tmpdir(), 'adwarden-cli-'))]);
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toMatch(/\[Residency-StackRegion\] Late\/Stack .*stack region us-east-1 is outside market "eu"/);
    // The residency check alone fails the run: no other plugin reports an error.
    expect(r.output).not.toMatch(/^ERROR /m);
  }, 600_000);
});
