/**
 * A source's `rules.generic`: which kinds the generic detectors may still find beside the
 * source's own rules. Off for a kind, only what a rule points at is kept for it, so a site whose
 * rules cover what it shows stores none of the generic reading's guesses (a hotline in the ad's
 * text, a trade name in the seller box). The page and its values are invented.
 */
import { describe, expect, it } from 'vitest';
import { sourceSchema, type Source } from '../../../lib/config.js';
import { extractFindings, summarise } from '../../../lambdas/collect/extract/index.js';
import { TEST_LEGITIMATE_INTEREST } from '../../fixtures/legitimate-interest.js';

const url = 'https://www.bruktbil.example/annonse/5512';
const state = {
  props: { pageProps: { annonse: { tittel: 'Volvo V70', selger: { hvem: 'Ola Fjellheim', tlf: '913 57 246' } } } },
};
const page = `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Volvo V70 | Bruktbil</title>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></head>
<body><main>
  <h1>Volvo V70 2.4 selges</h1>
  <p>Pent brukt, EU-godkjent. Ring Ola Fjellheim på 47 12 98 30 etter kl. 16, eller send e-post til ola.fjellheim@example.no.</p>
  <p>Chassisnummer YV1SW61R021186543</p>
  <div class="kort"><span class="hvem">Ola Fjellheim</span></div>
</main></body></html>`;

function source(rules: Record<string, unknown>): Source {
  return sourceSchema.parse({
    id: 'bruktbil',
    country: 'NO',
    startUrls: ['https://www.bruktbil.example/'],
    schedule: 'rate(1 hour)',
    legitimateInterest: TEST_LEGITIMATE_INTEREST,
    rules,
  });
}

const read = (rules?: Record<string, unknown>) => summarise(extractFindings(page, { url, country: 'NO', rules: rules && source(rules).rules }));
const jsonPaths = { phone: 'props.pageProps.annonse.selger.tlf' };

describe('rules.generic', () => {
  it('by default, the generic reading runs beside the rules', () => {
    const all = read({ fields: {}, jsonPaths });
    // The rule's number and the one in the ad's text, the e-mail and the VIN from the text.
    expect([...all.phones].sort()).toEqual(['+4747129830', '+4791357246']);
    expect(all.emails).toEqual(['ola.fjellheim@example.no']);
    expect(all.vins).toEqual(['YV1SW61R021186543']);
    // The name after the contact verb, found with no rule.
    expect(all.names).toEqual(['ola fjellheim']);
    expect(read({ fields: {}, jsonPaths, generic: true })).toEqual(all);
  });

  it('false: only what the rules point at is kept, of every kind', () => {
    expect(read({ fields: { name: '.kort .hvem' }, jsonPaths, generic: false })).toEqual({
      phones: ['+4791357246'],
      emails: [],
      vins: [],
      plates: [],
      names: ['ola fjellheim'],
      addresses: [],
    });
  });

  it('false with no rule at all keeps nothing', () => {
    expect(read({ fields: {}, generic: false })).toEqual({ phones: [], emails: [], vins: [], plates: [], names: [], addresses: [] });
  });

  it('a list: the generic reading keeps those kinds only; the others come from the rules alone', () => {
    const some = read({ fields: {}, jsonPaths, generic: ['email', 'vin'] });
    expect(some.phones).toEqual(['+4791357246']);
    expect(some.emails).toEqual(['ola.fjellheim@example.no']);
    expect(some.vins).toEqual(['YV1SW61R021186543']);
    // Names: the generic reading found one, but names are not in the list and no rule points at one.
    expect(some.names).toEqual([]);
  });

  it('keeps a value a rule found though the generic reading found it too', () => {
    // The rule's selector points at the seller card; the generic reading also reads the name from the text.
    const r = read({ fields: { name: '.kort .hvem' }, generic: ['vin'] });
    expect(r.names).toEqual(['ola fjellheim']);
    expect(r.phones).toEqual([]);
  });

  it("a rule's value is the user's word though the page data gave it first: an address at the site's own domain is kept", () => {
    // A dealer's site whose sellers have addresses at its own domain: generically the platform's.
    const own = { props: { pageProps: { annonse: { info: { epost: 'ola@bruktbil.example' } } } } };
    const html = `<html><head><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(own)}</script></head><body><p>Volvo V70</p></body></html>`;
    const emails = (rules?: Source['rules']) => summarise(extractFindings(html, { url, country: 'NO', rules })).emails;
    expect(emails()).toEqual([]);
    expect(emails(source({ fields: {}, jsonPaths: { email: 'props.pageProps.annonse.info.epost' } }).rules)).toEqual(['ola@bruktbil.example']);
    expect(emails(source({ fields: {}, jsonPaths: { email: 'props.pageProps.annonse.info.epost' }, generic: false }).rules)).toEqual(['ola@bruktbil.example']);
  });

  it.each([
    [{ fields: {}, generic: [] }, 'list at least one kind, or write false'],
    [{ fields: {}, generic: 'false' }, 'generic'],
    [{ fields: {}, generic: ['fax'] }, 'generic'],
    [{ fields: {}, generic: 0 }, 'generic'],
  ])('refuses %j naming the field', (rules, message) => {
    const r = sourceSchema.safeParse({
      id: 'bruktbil',
      country: 'NO',
      startUrls: ['https://www.bruktbil.example/'],
      schedule: 'rate(1 hour)',
      legitimateInterest: TEST_LEGITIMATE_INTEREST,
      rules,
    });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(`${issue.path.join('.')}: ${issue.message}`).toContain(message);
    expect(issue.path.slice(0, 2)).toEqual(['rules', 'generic']);
  });
});
