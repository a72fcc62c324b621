import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../bin/cli.js';
import { TEST_LEGITIMATE_INTEREST } from '../../fixtures/legitimate-interest.js';

// By path: "../../../bin/cli.js" would load the executable shim (bin/cli.js), not the module.
const { buildCli, runCli } = (await import(new URL('../../../bin/cli.ts', import.meta.url).href)) as typeof import('../../../bin/cli.js');

const root = fileURLToPath(new URL('../../../', import.meta.url));
const demoPage = join(root, 'test/pages/samples/demo-rules.html');

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

const config = {
  market: 'eu',
  region: 'eu-north-1',
  stage: 'dev',
  tenants: [
    {
      id: 'test-tenant',
      displayName: 'Test',
      retentionDays: 30,
      sources: ['demo-classifieds'],
      identifierKinds: ['phone', 'email', 'name'],
      contact: 'dpo@example.com',
    },
  ],
  sources: [
    {
      id: 'demo-classifieds',
      country: 'NO',
      startUrls: ['http://127.0.0.1:4390/listings/1'],
      schedule: 'rate(1 hour)', legitimateInterest: TEST_LEGITIMATE_INTEREST,
      rules: { fields: { name: '.seller-name', nickname: '.seller-nick', address: '.seller-address' } },
    },
  ],
  crawler: { userAgent: 'adwarden-test/0.1 (+https://example.com/crawler)' },
};

let dir: string;
const previous = process.env.ADWARDEN_CONFIG;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'adwarden-cli-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  writeFileSync(join(dir, 'broken.json'), '{"market": "eu"');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (previous === undefined) delete process.env.ADWARDEN_CONFIG;
  else process.env.ADWARDEN_CONFIG = previous;
});

describe('adwarden extract', () => {
  it('applies the rules of the source whose start URL has the same origin, and prints one JSON line', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'config.json');
    const io = capture();
    const code = await runCli(['extract', demoPage, '--url', 'http://127.0.0.1:4390/ad/7', '--country', 'no', '--json'], io);
    expect(code).toBe(0);
    expect(io.stderr).toBe('');
    expect(io.stdout.endsWith('\n')).toBe(true);
    expect(io.stdout.trimEnd().includes('\n')).toBe(false);
    expect(JSON.parse(io.stdout)).toEqual({
      phones: ['+4741234567'],
      emails: ['kari.nordmann@example.no'],
      vins: [],
      plates: [],
      names: ['kari nordmann'],
      addresses: ['kirkegata 5, 0153 oslo'],
    });
  });

  it('runs without rules when no source matches or the config file is missing', async () => {
    for (const [file, url] of [
      [join(dir, 'config.json'), 'https://other.example/ad/7'],
      [join(dir, 'missing.json'), 'http://127.0.0.1:4390/ad/7'],
    ] as const) {
      process.env.ADWARDEN_CONFIG = file;
      const io = capture();
      expect(await runCli(['extract', demoPage, '--url', url, '--country', 'NO', '--json'], io)).toBe(0);
      expect(io.stderr).toBe('');
      // The address comes only from the source's rule (the seller-box name is found generically).
      expect(JSON.parse(io.stdout).addresses).toEqual([]);
    }
  });

  it('warns about a broken config in one line and goes on without rules', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'broken.json');
    const io = capture();
    expect(await runCli(['extract', demoPage, '--url', 'http://127.0.0.1:4390/ad/7', '--country', 'NO', '--json'], io)).toBe(0);
    expect(io.stderr).toMatch(/^adwarden: ignoring config, .*broken\.json: not valid JSON.*\n$/);
    expect(JSON.parse(io.stdout).phones).toEqual(['+4741234567']);
  });

  it('reads a page saved in ISO-8859-1 without a declared charset as the crawler does (windows-1252), not as broken UTF-8', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'missing.json');
    const page = join(dir, 'latin1.html');
    // An invented seller; "ó", "ñ" and "í" are single bytes that are not valid UTF-8.
    writeFileSync(page, Buffer.from('<html><body><h1>Departamento en renta</h1><p>Informes con la Sra. Lucía Solórzano Ibáñez</p></body></html>', 'latin1'));
    const io = capture();
    expect(await runCli(['extract', page, '--url', 'https://www.casas.example/renta/1', '--country', 'MX', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).names).toEqual(['lucía solórzano ibáñez']);
  });

  it('prints a table without --json', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'config.json');
    const io = capture();
    expect(await runCli(['extract', demoPage, '--url', 'http://127.0.0.1:4390/ad/7', '--country', 'NO'], io)).toBe(0);
    expect(io.stdout).toBe(
      [
        'source: demo-classifieds (its extraction rules applied)',
        '',
        'phone     +4741234567',
        'e-mail    kari.nordmann@example.no',
        'VIN       -',
        'plate     -',
        'name      kari nordmann',
        'address   kirkegata 5, 0153 oslo',
        '',
      ].join('\n'),
    );
  });

  it('says where each value was read with --origins: the selector of a rule, the place of a generic reading', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'config.json');
    const io = capture();
    expect(await runCli(['extract', demoPage, '--url', 'http://127.0.0.1:4390/ad/7', '--country', 'NO', '--origins'], io)).toBe(0);
    const lines = io.stdout.split('\n');
    // The name is the rule's (the selector the source gives), the address only the rule's.
    expect(lines).toContain('name      kari nordmann  (rule:.seller-name)');
    expect(lines).toContain('address   kirkegata 5, 0153 oslo  (rule:.seller-address)');
    // The phone is in no rule: read from the page's text by the generic reading.
    expect(lines.find((l) => l.startsWith('phone'))).toMatch(/^phone {5}\+4741234567 {2}\((?!rule)[^)]+\)$/);
    expect(lines).toContain('VIN       -');
  });

  it('gives the origins as a map per kind and value in the JSON, and the JSON without --origins is unchanged', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'config.json');
    const io = capture();
    expect(await runCli(['extract', demoPage, '--url', 'http://127.0.0.1:4390/ad/7', '--country', 'NO', '--json', '--origins'], io)).toBe(0);
    const out = JSON.parse(io.stdout) as { names: string[]; origins: Record<string, Record<string, string>> };
    expect(out.names).toEqual(['kari nordmann']);
    expect(out.origins.names).toEqual({ 'kari nordmann': 'rule:.seller-name' });
    expect(Object.keys(out.origins.phones ?? {})).toEqual(['+4741234567']);
    expect(out.origins.vins).toEqual({});
    const plain = capture();
    await runCli(['extract', demoPage, '--url', 'http://127.0.0.1:4390/ad/7', '--country', 'NO', '--json'], plain);
    expect(Object.keys(JSON.parse(plain.stdout))).toEqual(['phones', 'emails', 'vins', 'plates', 'names', 'addresses']);
  });

  it.each([
    [['extract', demoPage, '--url', 'not a url', '--country', 'NO'], 'adwarden: --url must be an absolute http(s) URL, e.g. https://www.example.no/ad/1\n'],
    [['extract', demoPage, '--url', 'ftp://example.no/x', '--country', 'NO'], 'adwarden: --url must be an absolute http(s) URL, e.g. https://www.example.no/ad/1\n'],
    [['extract', demoPage, '--url', 'https://example.no/x', '--country', 'NOR'], 'adwarden: --country must be an ISO 3166-1 alpha-2 code such as NO\n'],
    [['extract', 'no/such/page.html', '--url', 'https://example.no/x', '--country', 'NO'], 'adwarden: cannot read no/such/page.html (ENOENT)\n'],
    [['extract', demoPage, '--country', 'NO'], "error: required option '--url <url>' not specified\n"],
    // A name close to no command, so commander adds no "(Did you mean …?)" line.
    [['frobnicate'], "error: unknown command 'frobnicate'\n"],
  ])('exits 2 with one line on stderr for %j', async (args, message) => {
    const io = capture();
    expect(await runCli(args, io)).toBe(2);
    expect(io.stderr).toBe(message);
    expect(io.stdout).toBe('');
  });

  it('lets other subcommands be added to the program buildCli() returns', async () => {
    const io = capture();
    const program = buildCli(io);
    expect(program.commands.map((c) => c.name())).toEqual(['extract', 'users', 'login', 'search', 'audit', 'restore', 'docs', 'breach', 'provision', 'migrate']);
    program.command('hello').action(() => io.out('hi\n'));
    await program.parseAsync(['hello'], { from: 'user' });
    expect(io.stdout).toBe('hi\n');
    // The added command inherits the error handling: no process.exit, output through io.
    await expect(program.parseAsync(['hello', '--nope'], { from: 'user' })).rejects.toThrow(/unknown option/);
    expect(io.stderr).toBe("error: unknown option '--nope'\n");
  });

  it('works as the installed `adwarden` command (the bin/cli.js shim)', async () => {
    const { stdout } = await promisify(execFile)(
      'node',
      [join(root, 'bin/cli.js'), 'extract', demoPage, '--url', 'https://other.example/ad/7', '--country', 'NO', '--json'],
      { cwd: root, env: { ...process.env, ADWARDEN_CONFIG: join(dir, 'missing.json') } },
    );
    expect(JSON.parse(stdout)).toEqual({
      phones: ['+4741234567'],
      emails: ['kari.nordmann@example.no'],
      vins: [],
      plates: [],
      names: ['kari nordmann'], // the seller box's name element, read without rules
      addresses: [],
    });
  });
});
