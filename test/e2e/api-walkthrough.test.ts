/**
 * The README walk-through, for real: `npm start` (with its own state dir), then in "another
 * terminal" `adwarden users create`, `adwarden login` (password, then TOTP) and
 * `adwarden search`, which must show a stored demo ad; then `adwarden audit verify`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'otplib';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoSite } from '../../local/demo-site/generate.js';

const stateDir = mkdtempSync(join(tmpdir(), 'adw-e2e-api-'));
const env = { ...process.env, FORCE_COLOR: '0', ADWARDEN_STATE_DIR: stateDir };
let server: ChildProcess | undefined;

/**
 * Runs the CLI. `input` is written at once; `totp`, if given, is asked for only when the CLI
 * prompts for the code, as a person reads it off their app then (a code made before a slow
 * start could belong to a 30-second step that has passed).
 */
function run(args: string[], input = '', timeoutMs = 120_000, totp?: () => Promise<string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['adwarden', ...args], { env });
    let stdout = '';
    let stderr = '';
    let asked = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (totp && !asked && /TOTP code: $/.test(stderr)) {
        asked = true;
        void totp().then((code) => child.stdin.end(`${code}\n`));
      }
    });
    if (totp) child.stdin.write(input);
    else child.stdin.end(input);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

afterAll(async () => {
  // npm, tsx and the runtime's children form one process group (detached): stop them all.
  if (server?.pid && server.exitCode === null) {
    const done = new Promise((r) => server!.once('exit', r));
    process.kill(-server.pid, 'SIGINT');
    await Promise.race([done, new Promise((r) => setTimeout(r, 20_000))]);
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

describe('npm start, then adwarden users create / login / search (end to end)', () => {
  it('a newcomer finds a stored demo ad by its seller\'s nickname, and the audit chain verifies', async () => {
    server = spawn('npm', ['start', '--silent', '--', '--api-port', '0'], { env, detached: true });
    let out = '';
    server.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    let err = '';
    server.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    const deadline = Date.now() + 420_000;
    while (!out.includes('Following the schedule')) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not finish its first crawl: ${out.slice(-1500)} ${err}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(out).toMatch(/customer API on http:\/\/127\.0\.0\.1:\d+/);
    expect(out).toMatch(/demo@nordic-insurance\.example {2}password \S{12,}/);

    const created = await run(['users', 'create', '--tenant', 'nordic-insurance', '--email', 'analyst@nordic-insurance.example']);
    expect(created.code, created.stderr).toBe(0);
    const uri = /otpauth:\/\/totp\/\S+/.exec(created.stdout)?.[0];
    const password = /password: (\S+)/.exec(created.stdout)?.[1];
    expect(uri).toBeTruthy();
    expect(created.stdout).toMatch(/[▀▄█]/); // the QR code
    const secret = new URL(uri!).searchParams.get('secret')!;

    const refused = await run(['login', '--email', 'analyst@nordic-insurance.example'], `${password}\n000000\n`);
    expect(refused.code).toBe(1);
    const login = await run(['login', '--email', 'analyst@nordic-insurance.example'], `${password}\n`, 120_000, () => generate({ secret }));
    expect(login.code, login.stderr).toBe(0);
    expect(statSync(join(stateDir, 'session.json')).mode & 0o777).toBe(0o600);

    const site = generateDemoSite({ seed: 20261122 });
    const ad = site.ads.find((a) => !a.disallowed && a.expected.nicknames.length === 1 && a.expected.phones.length > 0)!;
    const nick = ad.expected.nicknames[0]!;
    const found = await run(['search', '--nickname', nick.toUpperCase()]);
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toContain(`/ad/${ad.id}`);
    expect(found.stdout).toContain(`nickname  ${nick.toLowerCase()}`);
    const json = await run(['search', '--phone', ad.expected.phones[0]!, '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { items: { url: string }[] }).items.map((i) => i.url)).toContain(`http://127.0.0.1:4390/ad/${ad.id}`);

    const verify = await run(['audit', 'verify', '--tenant', 'nordic-insurance']);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/audit trail of nordic-insurance: [2-9]\d* records, chain intact/);
  }, 600_000);
});
