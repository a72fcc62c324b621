import { describe, expect, it } from 'vitest';
import { summarise } from '../../../lambdas/collect/extract/index.js';
import type { Finding } from '../../../lambdas/shared/identifiers.js';

describe('summarise', () => {
  it('has exactly the six keys, even for no findings', () => {
    expect(summarise([])).toEqual({ phones: [], emails: [], vins: [], plates: [], names: [], addresses: [] });
  });

  it('groups values by kind in page order, leaves nicknames out and drops repeats', () => {
    const findings: Finding[] = [
      { kind: 'phone', value: '+4791234567', origin: 'json-ld:telephone' },
      { kind: 'nickname', value: 'bilola88', origin: 'text' },
      { kind: 'email', value: 'ola@example.no', origin: 'text' },
      { kind: 'phone', value: '+4798765432', origin: 'text' },
      { kind: 'vin', value: 'YV1DZ8256K2012345', origin: 'text' },
      { kind: 'plate', value: 'NO:AB12345', origin: 'text' },
      { kind: 'name', value: 'ola nordmann', origin: 'text' },
      { kind: 'address', value: 'storgata 1, 0150 oslo', origin: 'text' },
      { kind: 'phone', value: '+4791234567', origin: 'attr:href' },
    ];
    expect(summarise(findings)).toEqual({
      phones: ['+4791234567', '+4798765432'],
      emails: ['ola@example.no'],
      vins: ['YV1DZ8256K2012345'],
      plates: ['NO:AB12345'],
      names: ['ola nordmann'],
      addresses: ['storgata 1, 0150 oslo'],
    });
  });
});
