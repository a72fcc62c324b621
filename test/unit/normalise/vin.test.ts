import { describe, expect, it } from 'vitest';
import { hasValidVinCheckDigit, normaliseVin } from '../../../lambdas/shared/normalise/vin.js';

describe('hasValidVinCheckDigit', () => {
  it.each([
    ['1M8GDM9AXKP042788', true], // the textbook example, check digit X
    ['WDC2539461F123456', true],
    ['SALGA2EF7GA123456', true],
    ['11111111111111111', true],
    ['2HGFC2F69LH512345', false],
    ['YV1DZ8256K2012345', false],
    ['WVWZZZCDZMW012345', false], // European makers often put Z at position 9
    ['1M8GDM9AXKP04278', false], // 16 characters
    ['1M8GDM9AXKP04278O', false], // O is not a VIN letter
  ])('%s -> %s', (vin, expected) => {
    expect(hasValidVinCheckDigit(vin)).toBe(expected);
  });
});

describe('normaliseVin', () => {
  it('upper-cases and removes the spaces and dashes people type inside it', () => {
    expect(normaliseVin(' yv1dz8256k2012345 ', 'NO')).toBe('YV1DZ8256K2012345');
    expect(normaliseVin('WVW ZZZ CDZ MW 012345', 'DE')).toBe('WVWZZZCDZMW012345');
    expect(normaliseVin('1M8-GDM9AX-KP042788', 'US')).toBe('1M8GDM9AXKP042788');
  });

  it('enforces the check digit only for US, CA and MX sources', () => {
    expect(normaliseVin('2HGFC2F69LH512345', 'US')).toBeUndefined();
    expect(normaliseVin('2HGFC2F69LH512345', 'CA')).toBeUndefined();
    expect(normaliseVin('2HGFC2F69LH512345', 'mx')).toBeUndefined();
    expect(normaliseVin('2HGFC2F69LH512345', 'NO')).toBe('2HGFC2F69LH512345');
    expect(normaliseVin('WVWZZZCDZMW012345', 'DE')).toBe('WVWZZZCDZMW012345');
    expect(normaliseVin('1M8GDM9AXKP042788', 'US')).toBe('1M8GDM9AXKP042788');
  });

  it.each([['YV1DZ8256K201234'], ['YV1DZ8256K20123456'], ['YV1DZ8256K20I2345'], ['YV1DZ8256K20Q2345'], ['YV1DZ8256K2O12345'], ['']])(
    'rejects %s',
    (raw) => {
      expect(normaliseVin(raw, 'NO')).toBeUndefined();
    },
  );
});

describe('normaliseVin: masked VINs', () => {
  it.each([['XXXXXXXXX12345678'], ['WVWZZZ1KZ6WXXXXXX'], ['wvwzzz1kz6wxxxxxx'], ['WF0XXXXXGCDX81234'], ['1M8GDM9AXKPXXXXXX']])('%s is no VIN', (raw) => {
    expect(normaliseVin(raw, 'BR')).toBeUndefined();
    expect(normaliseVin(raw, 'US')).toBeUndefined();
  });

  it.each([['WF0XXXGCDX8R12345'], ['WF0FXXWPCFHR12345'], ['XTA21099XX0123456'], ['WVWZZZCDZMW012345']])('%s, with X as a filler, is kept', (raw) => {
    expect(normaliseVin(raw, 'DE')).toBe(raw);
  });
});
