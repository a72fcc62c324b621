import { describe, expect, it } from 'vitest';
import { adJobSchema, InvalidJobError, listingJobSchema, parseJob } from '../../../lambdas/collect/jobs.js';

describe('queue job parsing', () => {
  it('accepts well-formed jobs', () => {
    expect(parseJob(adJobSchema, JSON.stringify({ type: 'ad', sourceId: 's', url: 'https://a.example/ad/1', runId: 'r' }))).toEqual({
      type: 'ad',
      sourceId: 's',
      url: 'https://a.example/ad/1',
      runId: 'r',
    });
    expect(parseJob(listingJobSchema, JSON.stringify({ type: 'listing', sourceId: 's', url: 'http://a.example/l/1', page: 2, runId: 'r' })).page).toBe(2);
  });

  it.each([
    ['not JSON', '{', 'message body is not JSON'],
    ['a non-http URL', JSON.stringify({ type: 'ad', sourceId: 's', url: 'file:///etc/passwd', runId: 'r' }), 'invalid job: url:'],
    ['an unknown field', JSON.stringify({ type: 'ad', sourceId: 's', url: 'https://a.example/', runId: 'r', phone: '+4791234567' }), 'invalid job: (root): Unrecognized key: "phone"'],
    ['a missing run id', JSON.stringify({ type: 'ad', sourceId: 's', url: 'https://a.example/' }), 'invalid job: runId:'],
  ])('rejects %s with a clear, value-free error', (_n, body, message) => {
    let err: unknown;
    try {
      parseJob(adJobSchema, body);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidJobError);
    expect((err as Error).message.startsWith(message), (err as Error).message).toBe(true);
    expect((err as Error).message).not.toContain('4791234567');
  });
});
