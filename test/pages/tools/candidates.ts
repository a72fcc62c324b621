/**
 * Operator's aid for sanitising: lists every phone-shaped number, e-mail, VIN-like string and
 * name-like JSON field of an ORIGINAL page with some context, so a person can decide what is
 * personal. Output goes to the terminal only; run it on files outside the repository.
 *
 *   npx tsx test/pages/tools/candidates.ts /tmp/corpus-private/orig/page.html DE [url]
 */
import { readFileSync } from 'node:fs';
import { extractFindings, summarise } from '../../../lambdas/collect/extract/index.js';
import { decodePage, findAll } from './detect.js';

const [file, country = 'DE', url = 'https://www.example.com/ad/1'] = process.argv.slice(2);
if (!file) throw new Error('usage: candidates.ts <file> <country> [url]');
const { html } = decodePage(readFileSync(file));
const seen = new Map<string, number>();
for (const h of findAll(html, country)) {
  const key = `${h.kind} ${h.value}`;
  seen.set(key, (seen.get(key) ?? 0) + 1);
  if (seen.get(key)! > 1) continue;
  const ctx = html.slice(Math.max(0, h.at - 70), h.at + h.raw.length + 40).replace(/\s+/g, ' ');
  console.log(`${key}  «${h.raw}»  …${ctx}…`);
}
for (const [k, n] of seen) if (n > 1) console.log(`  (${k} x${n})`);
const NAME_KEYS =
  /"(?:name|firstName|first_name|lastName|last_name|fullName|full_name|userName|username|login|nick|nickname|contactName|contact_name|sellerName|seller_name|ownerName|author|displayName|display_name|publicName|person|contactPerson|agentName|street|address|streetAddress|plate|registration|regNumber|licensePlate|vin)"\s*:\s*"([^"]{2,80})"/g;
const names = new Map<string, number>();
for (const m of html.matchAll(NAME_KEYS)) {
  const k = `${m[0].slice(0, m[0].indexOf(':'))}=${m[1]}`;
  names.set(k, (names.get(k) ?? 0) + 1);
}
console.log('--- json name-like fields');
console.log([...names.entries()].slice(0, 150).map(([k, n]) => `${k}${n > 1 ? ` x${n}` : ''}`).join('\n'));
console.log('--- extractor');
console.log(JSON.stringify(summarise(extractFindings(html, { url, country }))));
