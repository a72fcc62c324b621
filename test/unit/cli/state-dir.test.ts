import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateDir } from '../../../bin/api-state.js';

describe('the state directory (tokens, demo passwords, api.json)', () => {
  it('is ADWARDEN_STATE_DIR when set', () => {
    expect(stateDir({ ADWARDEN_STATE_DIR: '/var/tmp/adw' })).toBe('/var/tmp/adw');
  });
  it.each([['unset', undefined], ['empty', ''], ['blank', '   ']])('is .adwarden when the variable is %s, never the current directory itself', (_what, value) => {
    const env = value === undefined ? {} : { ADWARDEN_STATE_DIR: value };
    expect(stateDir(env)).toBe(resolve('.adwarden'));
    expect(stateDir(env)).not.toBe(process.cwd());
  });
});
