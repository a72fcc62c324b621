import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../../lambdas/shared/normalise/email.js';

describe('normaliseEmail', () => {
  it.each([
    ['ola@example.no', 'ola@example.no'],
    ['  Ola.Nordmann@Example.NO ', 'ola.nordmann@example.no'],
    ['ｏｌａ＠ｅｘａｍｐｌｅ．ｎｏ', 'ola@example.no'],
    ['kari+bil@example.com', 'kari+bil@example.com'],
    ['JØRN@EKSEMPEL.NO', 'jørn@eksempel.no'],
    ['sales@mail.example.co.uk', 'sales@mail.example.co.uk'],
    ['o\u200Bla@example.no', 'ola@example.no'],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });

  it.each([
    ['ola@example'], // no TLD
    ['ola@@example.no'],
    ['@example.no'],
    ['ola.@example.no'],
    ['ola..nordmann@example.no'],
    ['ola@-example.no'],
    ['ola@example.n0'],
    ['ola nordmann@example.no'],
    ['ola@example.no.'],
    ['ola'],
    [''],
  ])('rejects %s', (raw) => {
    expect(normaliseEmail(raw)).toBeUndefined();
  });

  it('rejects local parts over 64 characters', () => {
    expect(normaliseEmail(`${'a'.repeat(65)}@example.no`)).toBeUndefined();
    expect(normaliseEmail(`${'a'.repeat(64)}@example.no`)).toBe(`${'a'.repeat(64)}@example.no`);
  });
});
