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
