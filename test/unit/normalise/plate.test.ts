import { describe, expect, it } from 'vitest';
import { normalisePlate } from '../../../lambdas/shared/normalise/plate.js';

describe('normalisePlate', () => {
  it.each([
    ['AB 12345', 'NO', 'NO:AB12345'],
    ['el 12345', 'no', 'NO:EL12345'],
    ['B-AB 1234', 'DE', 'DE:BAB1234'],
    ['M AB 123E', 'DE', 'DE:MAB123E'],
    ['TÜ-X 12', 'DE', 'DE:TÜX12'],
    ['ABC 12A', 'SE', 'SE:ABC12A'],
    ['AB 12 345', 'DK', 'DK:AB12345'],
    ['ABC-123', 'FI', 'FI:ABC123'],
    ['12-ABC-3', 'NL', 'NL:12ABC3'],
    ['AB-123-CD', 'FR', 'FR:AB123CD'],
    ['WA 12345', 'PL', 'PL:WA12345'],
    ['AB12 CDE', 'GB', 'GB:AB12CDE'],
    ['ＡＢ　１２３４５', 'NO', 'NO:AB12345'],
    ['KA 1234 MA', 'UA', 'UA:KA1234MA'],
    ['КА 1234 МА', 'UA', 'UA:KA1234MA'], // Cyrillic letters: the same plate
    ['ка1234ма', 'ua', 'UA:KA1234MA'],
    ['А123ВС77', 'RU', 'RU:A123BC77'],
    ['ЖК 1234', 'UA', 'UA:ЖК1234'], // a letter without a Latin twin: left as written
  ])('%s (%s) -> %s', (raw, country, expected) => {
    expect(normalisePlate(raw, country)).toBe(expected);
  });

  it('keeps a country the value already carries, so normalising twice changes nothing', () => {
    expect(normalisePlate('DE:B-AB 1234', 'NO')).toBe('DE:BAB1234');
    expect(normalisePlate(normalisePlate('ab 12345', 'NO')!, 'SE')).toBe('NO:AB12345');
  });

  it.each([
    ['', 'NO'],
    ['A', 'NO'],
    ['AB 12345 678 90', 'NO'], // longer than any plate
    ['AB_12345', 'NO'],
    ['AB 12345', 'NOR'],
    ['AB 12345', ''],
  ])('rejects %s (%s)', (raw, country) => {
    expect(normalisePlate(raw, country)).toBeUndefined();
  });
});
