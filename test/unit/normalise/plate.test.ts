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

  describe('Korean plates', () => {
    it.each([
      ['12가3456', 'KR', 'KR:12가3456'],
      ['123가 4567', 'kr', 'KR:123가4567'],
      ['12 가 3456', 'KR', 'KR:12가3456'],
      ['서울12가3456', 'KR', 'KR:서울12가3456'], // a provincial plate keeps its province: another plate than 12가3456
      ['경기 70 아 1234', 'KR', 'KR:경기70아1234'], // commercial series
      ['서울 1 가 1234', 'KR', 'KR:서울1가1234'], // pre-1996 one-digit class, with its province
      ['45하1234', 'KR', 'KR:45하1234'], // rental
      ['80배1234', 'KR', 'KR:80배1234'], // delivery
      ['12\u1100\u1161' + '3456', 'KR', 'KR:12가3456'], // decomposed jamo compose under NFKC
      ['１２가３４５６', 'KR', 'KR:12가3456'], // full-width digits
    ])('%s (%s) -> %s', (raw, country, expected) => {
      expect(normalisePlate(raw, country)).toBe(expected);
    });

    it('keeps the country a Korean plate already carries', () => {
      expect(normalisePlate('KR:12가3456', 'NO')).toBe('KR:12가3456');
      expect(normalisePlate(normalisePlate('123가 4567', 'KR')!, 'KR')).toBe('KR:123가4567');
    });

    it.each([
      ['659만원', 'a price in 만원'],
      ['12만3456', 'a syllable no plate carries (만, ten thousand)'],
      ['2021년0817', 'a date with 년'],
      ['12각3456', 'a syllable outside the issued set'],
      ['1가3456', 'one class digit without a province'],
      ['1234가3456', 'four class digits'],
      ['12가345', 'three serial digits'],
      ['12가34567', 'five serial digits'],
      ['12가나3456', 'two syllables'],
      ['415노XXXX', 'a masked plate'],
      ['뉴욕12가3456', 'a prefix that is no province'],
      ['차량번호', 'a word'],
      ['12ㄱ3456', 'a bare consonant'],
      ['AB가1234', 'Latin letters with Hangul'],
    ])('rejects %s (%s)', (raw) => {
      expect(normalisePlate(raw, 'KR')).toBeUndefined();
    });
  });
});
