import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { generateDemoSite } from '../../local/demo-site/generate.js';
import { findLeaks, plaintextNeedles } from '../integration/collect/harness.js';

/** Runs a command to completion (bounded), returning its exit code and output. */
function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm start -- --once (end to end)', () => {
  it('crawls the demo site, prints progress and a summary with stored ads, leaks nothing, exits 0', async () => {
    const r = await run('npm', ['start', '--silent', '--', '--once'], 300_000);
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    const site = generateDemoSite({ seed: 20261122 });
    expect(r.stdout).toContain('demo classifieds site on http://127.0.0.1:4390');
    const stored = /ads stored\s+(\d+)/.exec(r.stdout);
    expect(stored, r.stdout).not.toBeNull();
    expect(Number(stored![1])).toBe(site.crawlableAds);
    expect(r.stdout).toMatch(/listing pages\s+5\b/);
    expect(r.stdout).toMatch(/failed\s+0 in dead-letter queues/);
    expect(r.stdout).toMatch(/identifiers\s+.*phone \d+/);
    expect(r.stderr).toMatch(/\[\s*\d+\.\d s\] listing pages \d+ · ads \d+\/\d+/);
    expect(findLeaks(r.stdout + r.stderr, plaintextNeedles(site))).toEqual([]);
  });
});
