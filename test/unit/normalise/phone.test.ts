import { describe, expect, it } from 'vitest';
import { normalisePhone, withEscapedSpaces, withoutCarrierPlaceholder } from '../../../lambdas/shared/normalise/phone.js';

describe('normalisePhone', () => {
  it.each([
    ['+47 912 34 567', 'NO', '+4791234567'],
    ['0047 91234567', 'NO', '+4791234567'],
    ['912 34 567', 'NO', '+4791234567'],
    ['98 76 54 32', 'NO', '+4798765432'],
    ['tel:+4791234567', 'NO', '+4791234567'],
    ['(0)30 1234567', 'DE', '+49301234567'],
    ['+49 (0)30 1234567', 'DE', '+49301234567'],
    ['030/1234567', 'DE', '+49301234567'],
    ['0151 23456789', 'DE', '+4915123456789'],
    ['+44 (0)20 7946 0958', 'GB', '+442079460958'],
    ['0113 496 0123', 'GB', '+441134960123'],
    ['070-174 06 55', 'SE', '+46701740655'],
    ['08-465 004 10', 'SE', '+46846500410'],
    ['01 99 00 12 34', 'FR', '+33199001234'],
    ['06.12.34.56.78', 'FR', '+33612345678'],
    ['512 345 678', 'PL', '+48512345678'],
    ['(201) 555-0123', 'US', '+12015550123'],
    ['+45 32 12 34 56', 'DK', '+4532123456'],
    ['040 123 4567', 'FI', '+358401234567'],
    // An international number keeps its own country whatever the source's country is.
    ['+46 70 174 06 55', 'NO', '+46701740655'],
    // A country code in brackets, with or without the trunk 0 after it, as French and Italian
    // sites print a seller's line; Italy's landlines keep their 0.
    ['(+33) 06 12 34 56 78', 'FR', '+33612345678'],
    ['(+33)612345678', 'FR', '+33612345678'],
    ['(+39) 06 1234 5678', 'IT', '+390612345678'],
    ['(+49) 0151 2345 6789', 'FR', '+4915123456789'],
    // Full-width digits and a soft hyphen, as pages use against scrapers.
    ['９１２\u00AD３４５６７', 'NO', '+4791234567'],
  ])('%s (%s) -> %s', (raw, country, expected) => {
    expect(normalisePhone(raw, country)).toBe(expected);
  });

  it.each([
    ['07700 900123', 'GB'], // Ofcom drama range: not assigned, so libphonenumber's full metadata rejects it
    ['06 39 98 12 34', 'FR'], // ARCEP fiction range, likewise unassigned
    ['284751936', 'NO'], // nine digits: an ad id, not a Norwegian number
    ['12345678', 'NO'], // Norwegian numbers do not start with 1
    ['12.03.2024', 'NO'],
    ['149 000', 'NO'],
    ['Tlf: 98 76 54 32', 'NO'], // one number only; finding numbers in text is the extractor's job
    ['', 'NO'],
    ['abc', 'NO'],
    ['(+33) 06 39 98 12 34', 'FR'], // the fiction range in brackets too
    ['(+999) 612 345 678', 'FR'], // no such country code
    ['(+33) 12 34', 'FR'], // too short
  ])('rejects %s (%s)', (raw, country) => {
    expect(normalisePhone(raw, country)).toBeUndefined();
  });

  it('uses no default region for an unknown country code, so only international numbers pass', () => {
    expect(normalisePhone('912 34 567', 'XX')).toBeUndefined();
    expect(normalisePhone('+47 912 34 567', 'XX')).toBe('+4791234567');
  });

  it('is idempotent', () => {
    expect(normalisePhone(normalisePhone('0047 912 34 567', 'NO')!, 'DE')).toBe('+4791234567');
  });
});

describe("Brazil's old carrier placeholder and twice-escaped spaces", () => {
  it('reads "(0xx11)" as the area code with its trunk 0, in any case', () => {
    expect(normalisePhone('(0xx11) 3555-0142', 'BR')).toBe('+551135550142');
    expect(normalisePhone('0XX21 2555-0142', 'BR')).toBe('+552125550142');
  });

  it('leaves "0xx" inside a word or before a longer run of digits as it is', () => {
    expect(withoutCarrierPlaceholder('AB0xx11 3555-0142')).toBe('AB0xx11 3555-0142');
    expect(withoutCarrierPlaceholder('ref 0xx112 3555-0142')).toBe('ref 0xx112 3555-0142');
    expect(withoutCarrierPlaceholder('10xx11 3555-0142')).toBe('10xx11 3555-0142');
  });

  it('reads a no-break space escaped twice as a space, and leaves other entities', () => {
    expect(normalisePhone('(030)&nbsp;5550142', 'DE')).toBe('+49305550142');
    expect(withEscapedSpaces('030&#160;555&amp;0142')).toBe('030 555&amp;0142');
  });
});
