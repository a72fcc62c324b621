/**
 * The vulnerability-patching gate (issue 8 point 4) on synthetic reports in npm's v2 format
 * (fixtures/). The registry here answers npm audit with 405, so "advisories unavailable" must
 * never read as clean, and a real high/critical finding must fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide, EXIT, MAX_ALLOW_DAYS } from '../../../scripts/audit-gate/decide.js';
import { runGate } from '../../../scripts/audit-gate.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8');
const TODAY = '2026-11-30';
const none = { entries: [] };
const entry = (o: Partial<{ advisory: string | number; package: string; reason: string; expires: string }> = {}) => ({
  advisory: 'https://github.com/advisories/GHSA-cfgh-jmpq-rvwx',
  package: 'acme-http',
  reason: 'only the client half is used; the server parser with the flaw is never loaded (see #123)',
  expires: '2027-01-31',
  ...o,
});

describe('audit gate: the decision', () => {
  it('is clean on a report without findings, and with only moderate ones', () => {
    expect(decide(fixture('clean'), none, TODAY)).toMatchObject({ kind: 'clean', allowed: [], lowerFindings: 0 });
    expect(decide(fixture('moderate-only'), none, TODAY)).toMatchObject({ kind: 'clean', lowerFindings: 1 });
  });

  it('fails on a direct high advisory, naming the high one and not the low one beside it', () => {
    const d = decide(fixture('direct-high'), none, TODAY);
    expect(d.kind).toBe('vulnerable');
    if (d.kind !== 'vulnerable') return;
    expect(d.findings).toEqual([
      { package: 'acme-http', advisory: 'https://github.com/advisories/GHSA-cfgh-jmpq-rvwx', source: 1100002, severity: 'high', title: 'Request smuggling via folded headers', via: ['acme-http'] },
    ]);
  });

  it('fails on a critical advisory deep in the tree, once, traced to the direct dependency that pulls it in', () => {
    const d = decide(fixture('transitive-critical'), none, TODAY);
    expect(d.kind).toBe('vulnerable');
    if (d.kind !== 'vulnerable') return;
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({ package: 'acme-xml', severity: 'critical', source: 1100004, via: ['acme-sdk', 'acme-xml'] });
  });

  it('fails closed when an entry says high but names no high advisory', () => {
    const d = decide(fixture('unresolved-high'), none, TODAY);
    expect(d.kind).toBe('vulnerable');
    if (d.kind === 'vulnerable') expect(d.findings[0]).toMatchObject({ package: 'acme-odd', advisory: expect.stringContaining('unresolved') });
  });

  it('fails closed when the summary counts high/critical but no entry carries them', () => {
    const r = JSON.parse(fixture('clean')) as { metadata: { vulnerabilities: Record<string, number> } };
    r.metadata.vulnerabilities.critical = 1;
    r.metadata.vulnerabilities.total = 1;
    expect(decide(JSON.stringify(r), none, TODAY).kind).toBe('vulnerable');
  });

  it('accepts a finding listed in the allow-list by URL, GHSA id or npm source id, for that package only', () => {
    for (const advisory of ['https://github.com/advisories/GHSA-cfgh-jmpq-rvwx', 'GHSA-cfgh-jmpq-rvwx', 'ghsa-CFGH-jmpq-rvwx', 1100002, '1100002']) {
      const d = decide(fixture('direct-high'), { entries: [entry({ advisory })] }, TODAY);
      expect(d.kind, String(advisory)).toBe('clean');
      if (d.kind === 'clean') expect(d.allowed.map((f) => f.package)).toEqual(['acme-http']);
    }
    // The same advisory for another package, or another advisory for this package, does not cover it.
    expect(decide(fixture('direct-high'), { entries: [entry({ package: 'acme-other' })] }, TODAY).kind).toBe('vulnerable');
    expect(decide(fixture('direct-high'), { entries: [entry({ advisory: 'GHSA-4444-5555-6666' })] }, TODAY).kind).toBe('vulnerable');
    // An unresolved finding cannot be allow-listed by a guess.
    expect(decide(fixture('unresolved-high'), { entries: [entry({ package: 'acme-odd', advisory: 'GHSA-hhhh-jjjj-mmmm' })] }, TODAY).kind).toBe('vulnerable');
  });

  it('fails on an allow-list entry without a reason, expired, or accepted for more than a year, even when nothing matches it', () => {
    for (const bad of [entry({ reason: '' }), entry({ reason: '   ok   ' }), entry({ expires: '2026-11-29' }), entry({ expires: '2028-01-01' })]) {
      for (const report of ['clean', 'direct-high', 'error-405']) {
        const d = decide(fixture(report), { entries: [bad] }, TODAY);
        expect(d.kind, `${JSON.stringify(bad)} ${report}`).toBe('allowlist-invalid');
      }
    }
    // The last valid day is valid; so is exactly the longest acceptance.
    expect(decide(fixture('direct-high'), { entries: [entry({ expires: TODAY })] }, TODAY).kind).toBe('clean');
    const longest = new Date(Date.parse(`${TODAY}T00:00:00Z`) + MAX_ALLOW_DAYS * 86_400_000).toISOString().slice(0, 10);
    expect(decide(fixture('direct-high'), { entries: [entry({ expires: longest })] }, TODAY).kind).toBe('clean');
  });

  it('refuses a malformed allow-list (missing field, unknown field, bad date)', () => {
    const { reason: _r, ...noReason } = entry();
    for (const list of [{}, { entries: [noReason] }, { entries: [{ ...entry(), severity: 'high' }] }, { entries: [entry({ expires: '31.01.2027' })] }, []]) {
      expect(decide(fixture('clean'), list, TODAY).kind, JSON.stringify(list)).toBe('allowlist-invalid');
    }
  });

  it('says "advisories unavailable", not clean, when the registry refuses the audit (405) or does not support it', () => {
    const d = decide(fixture('error-405'), none, TODAY);
    expect(d).toEqual({ kind: 'unavailable', reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' });
    expect(decide(fixture('error-enoaudit'), none, TODAY)).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('ENOAUDIT') });
  });

  it('fails (unreadable) on output that is neither a v2 report nor an error: another format, garbage, nothing', () => {
    const v1 = JSON.stringify({ advisories: { '1100002': { severity: 'high', module_name: 'acme-http' } }, metadata: { vulnerabilities: { high: 1 } } });
    const v2Unknown = fixture('direct-high').replace('"severity": "high",\n      "isDirect"', '"severity": "severe",\n      "isDirect"');
    for (const out of [v1, v2Unknown, 'npm ERR! something', '']) {
      const d = decide(out, none, TODAY);
      expect(d.kind, out.slice(0, 40)).toBe('unreadable');
      expect(EXIT[d.kind]).not.toBe(EXIT.unavailable);
      expect(EXIT[d.kind]).not.toBe(EXIT.clean);
    }
  });
});

describe('audit gate: the script', () => {
  const gate = (auditStdout: string, allowList: unknown, extra: string[] = []) => {
    const lines: string[] = [];
    const files: Record<string, string> = { 'audit-allowlist.json': JSON.stringify(allowList), 'saved.json': fixture('transitive-critical') };
    const code = runGate(extra, {
      audit: () => ({ stdout: auditStdout }),
      readFile: (p) => {
        if (!(p in files)) throw new Error(`ENOENT ${p}`);
        return files[p]!;
      },
      today: () => TODAY,
      out: (l) => lines.push(l),
    });
    return { code, text: lines.join('\n') };
  };

  it('exits 0 clean, 1 vulnerable, 2 invalid allow-list, 3 unavailable (distinct codes, distinct messages)', () => {
    expect(gate(fixture('clean'), none)).toMatchObject({ code: 0, text: expect.stringContaining('clean') });
    const v = gate(fixture('direct-high'), none);
    expect(v.code).toBe(1);
    expect(v.text).toContain('FAILED');
    expect(v.text).toContain('acme-http');
    expect(gate(fixture('direct-high'), { entries: [entry({ expires: '2026-01-01' })] })).toMatchObject({ code: 2, text: expect.stringContaining('expired on 2026-01-01') });
    const u = gate(fixture('error-405'), none);
    expect(u.code).toBe(3);
    expect(u.text).toContain('ADVISORIES UNAVAILABLE');
    expect(u.text).toContain('NOTHING WAS CHECKED');
    expect(u.text).not.toContain('audit-gate: clean');
  });

  it('evaluates a saved report with --input, and fails when the allow-list file is missing', () => {
    expect(gate(fixture('clean'), none, ['--input', 'saved.json']).code).toBe(1);
    expect(gate(fixture('clean'), none, ['--allowlist', 'nope.json'])).toMatchObject({ code: 2, text: expect.stringContaining('cannot read the allow-list nope.json') });
  });

  it('notes allow-list entries that match no finding any more', () => {
    expect(gate(fixture('clean'), { entries: [entry()] }).text).toContain('matches no finding any more');
  });
});
