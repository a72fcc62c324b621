/**
 * The README's worked example ("Writing rules for a new site") does what it says: its source
 * validates, and with it the sample page gives exactly the printed summary; without it, only
 * the e-mail; the platform's footer contacts never.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../lib/config.js';
import { extractFindings, summarise } from '../../../lambdas/collect/extract/index.js';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
const section = readme.slice(readme.indexOf('#### Writing rules for a new site'));
const sourceJson = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
const printed = /prints\n`(\{"phones".*?\})`/.exec(section)?.[1];
const page = readFileSync(fileURLToPath(new URL('../../pages/samples/rules-example.html', import.meta.url)), 'utf8');
const url = 'https://www.bruktmarked.example/annonse/88123457';

describe('README: writing rules for a new site', () => {
  it('has the example source and its printed output', () => {
    expect(sourceJson).toBeDefined();
    expect(printed).toBeDefined();
  });

  const source = sourceSchema.parse(JSON.parse(sourceJson ?? '{}'));

  it('the example source gives exactly the printed summary', () => {
    expect(summarise(extractFindings(page, { url, country: source.country, rules: source.rules }))).toEqual(JSON.parse(printed ?? '{}'));
  });

  it('--origins names the e-mail\'s path in the page data as the README prints it, and that path works as a rule', async () => {
    const shown = /prints the e-mail as\n`([^`]+)`/.exec(section)?.[1];
    expect(shown).toBeDefined();
    const { buildCli } = (await import(new URL('../../../bin/cli.ts', import.meta.url).href)) as typeof import('../../../bin/cli.js');
    let out = '';
    const io = { out: (t: string) => void (out += t), err: () => undefined };
    const previous = process.env.ADWARDEN_CONFIG;
    process.env.ADWARDEN_CONFIG = '/nonexistent/adwarden.config.json';
    try {
      await buildCli(io).parseAsync(['extract', fileURLToPath(new URL('../../pages/samples/rules-example.html', import.meta.url)), '--url', url, '--country', 'NO', '--origins'], { from: 'user' });
    } finally {
      if (previous === undefined) delete process.env.ADWARDEN_CONFIG;
      else process.env.ADWARDEN_CONFIG = previous;
    }
    expect(out.split('\n')).toContain(`e-mail    ${shown}`);
    const path = /\(embedded:__NEXT_DATA__:([^)]+)\)/.exec(shown ?? '')?.[1];
    const byRule = extractFindings(page, { url, country: 'NO', rules: { fields: {}, jsonPaths: { email: path ?? '' }, generic: false } });
    expect(summarise(byRule).emails).toEqual(['kari.nordmann@example.no']);
  });

  it('"generic": ["email"] gives the same summary, and false the same without the e-mail, as the README says', () => {
    const rules = { ...source.rules };
    expect(summarise(extractFindings(page, { url, country: source.country, rules: { ...rules, generic: ['email'] } }))).toEqual(JSON.parse(printed ?? '{}'));
    expect(summarise(extractFindings(page, { url, country: source.country, rules: { ...rules, generic: false } }))).toEqual({ ...JSON.parse(printed ?? '{}'), emails: [] });
  });

  it('without the rules the generic reading finds only the e-mail, never the footer’s contacts', () => {
    expect(summarise(extractFindings(page, { url, country: 'NO' }))).toEqual({
      phones: [],
      emails: ['kari.nordmann@example.no'],
      vins: [],
      plates: [],
      names: [],
      addresses: [],
    });
  });
});
