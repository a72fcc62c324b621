/**
 * Vulnerability-patching gate (issue 8 point 4): fails on any high or critical `npm audit`
 * finding in production dependencies that the reviewed allow-list (audit-allowlist.json) does
 * not accept. The decision is scripts/audit-gate/decide.ts.
 *
 *   npx tsx scripts/audit-gate.ts [--allowlist audit-allowlist.json] [--input saved-report.json]
 *
 * Exit codes: 0 clean (or every finding accepted), 1 vulnerable, 2 allow-list invalid (an entry
 * without a reason, expired, or accepted too long), 3 advisories unavailable (npm could not get
 * them from the registry: NOT a clean result; .ci/run reports it loudly and goes on), 4 npm
 * printed something that is neither a v2 report nor an error (fails: never guessed as clean).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Decision, decide, EXIT, type Finding } from './audit-gate/decide.js';

export interface GateDeps {
  /** Runs `npm audit --omit=dev --json` and returns what it printed. */
  readonly audit: () => { stdout: string; error?: string };
  readonly readFile: (path: string) => string;
  readonly today: () => string;
  readonly out: (line: string) => void;
}

const npmAudit: GateDeps['audit'] = () => {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout ?? '', ...(r.error ? { error: r.error.message } : {}) };
};

const show = (f: Finding) => `  ${f.severity.padEnd(8)} ${f.package}  ${f.advisory}${f.title ? `  ${f.title}` : ''}${f.via.length && f.via.join() !== f.package ? `  (via ${f.via.join(', ')})` : ''}`;

export function report(d: Decision): string[] {
  switch (d.kind) {
    case 'clean':
      return [
        `audit-gate: clean: no high or critical advisory in production dependencies${d.allowed.length ? ` except ${d.allowed.length} accepted in the allow-list` : ''}` +
          `${d.lowerFindings > 0 ? ` (${d.lowerFindings} lower-severity package(s); see npm audit)` : ''}`,
        ...d.allowed.map((f) => `${show(f)}  [accepted]`),
        ...d.unusedEntries.map((e) => `audit-gate: note: allow-list entry ${e.package} ${e.advisory} matches no finding any more; remove it`),
      ];
    case 'vulnerable':
      return [
        `audit-gate: FAILED: ${d.findings.length} high/critical advisory finding(s) in production dependencies, not in the allow-list:`,
        ...d.findings.map(show),
        'audit-gate: upgrade (npm audit fix / npm update <pkg>), or accept with a reviewed entry in audit-allowlist.json (advisory, package, reason, expires).',
      ];
    case 'allowlist-invalid':
      return ['audit-gate: FAILED: the allow-list is not valid:', ...d.problems.map((p) => `  ${p}`)];
    case 'unreadable':
      return [`audit-gate: FAILED: cannot read what npm audit printed: ${d.reason}`];
    case 'unavailable':
      return [
        'audit-gate: ADVISORIES UNAVAILABLE: npm could not get security advisories, so NOTHING WAS CHECKED.',
        `audit-gate: reason: ${d.reason}`,
        'audit-gate: this is not a clean result; run the gate where the registry answers POST /-/npm/v1/security/advisories/bulk.',
      ];
  }
}

export function runGate(argv: readonly string[], deps: GateDeps): number {
  const { values } = parseArgs({ args: [...argv], options: { allowlist: { type: 'string', default: 'audit-allowlist.json' }, input: { type: 'string' } } });
  let allowList: unknown;
  try {
    allowList = JSON.parse(deps.readFile(values.allowlist));
  } catch (e) {
    deps.out(`audit-gate: FAILED: cannot read the allow-list ${values.allowlist}: ${(e as Error).message}`);
    return EXIT['allowlist-invalid'];
  }
  let stdout: string;
  if (values.input !== undefined) stdout = deps.readFile(values.input);
  else {
    const r = deps.audit();
    stdout = r.stdout;
    if (r.error && stdout.trim() === '') stdout = JSON.stringify({ message: `npm audit did not run: ${r.error}` });
  }
  const d = decide(stdout, allowList, deps.today());
  for (const line of report(d)) deps.out(line);
  return EXIT[d.kind];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runGate(process.argv.slice(2), {
    audit: npmAudit,
    readFile: (p) => readFileSync(p, 'utf8'),
    today: () => new Date().toISOString().slice(0, 10),
    out: (line) => process.stdout.write(`${line}\n`),
  });
}
