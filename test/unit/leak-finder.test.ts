/**
 * The leak check the integration and end-to-end tests run over tables, queue messages and logs:
 * a plaintext value found anywhere counts, except by chance in the middle of a long random
 * token (a ciphertext's base64), where a short value turns up now and then. Written with the
 * places a real leak takes: its own JSON string, a key's part, a log line, glued to the start or
 * the end of a token, the national digits inside a number. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../integration/collect/harness.js';

const needles = ['hhcy5', 'kari.nordmann@mailbox.example', '41283920'];

describe('findLeaks', () => {
  it.each([
    ['its own JSON string', '{"plate":"HHCY5"}', ['hhcy5']],
    ['a key\'s part', '{"pk":"PLATE#hhcy5#2026"}', ['hhcy5']],
    ['a log line', 'stored kari.nordmann@mailbox.example for tenant t1', ['kari.nordmann@mailbox.example']],
    ['the national digits of a number', '{"phone":"+4741283920"}', ['41283920']],
    ['glued to the start of a long token', '{"x":"hhcy5QmFzZTY0IGNpcGhlcnRleHQgaGVyZQ"}', ['hhcy5']],
    ['glued to the end of a long token', '{"x":"QmFzZTY0IGNpcGhlcnRleHQgaGVyZQhhcy5"}', ['hhcy5']],
    ['in a short token', '{"x":"ab.hhcy5x"}', ['hhcy5']],
  ])('counts a value in %s', (_, haystack, want) => {
    expect(findLeaks(haystack, needles)).toEqual(want);
  });

  it('does not count a short value inside a long random token', () => {
    expect(findLeaks('{"ciphertext":"QmFzZTY0IGNpcGhHCY5lcnRleHQgaGVyZQ=="}', needles)).toEqual([]);
  });

  it('counts it when it also stands alone elsewhere', () => {
    expect(findLeaks('{"c":"QmFzZTY0IGNpcGhHCY5lcnRleHQgaGVyZQ==","p":"hhcy5"}', needles)).toEqual(['hhcy5']);
  });
});
