import chromium from '@sparticuz/chromium';
import { describe, expect, it } from 'vitest';
import { BrowserFetcher, browserLaunchArgs, EXTRA_ARGS, FORBIDDEN_ARGS } from '../../../lambdas/collect/fetch/browser-fetcher.js';

describe('browser launch args', () => {
  it('@sparticuz/chromium ships the flags we must remove (so this test means something)', () => {
    expect(chromium.args).toContain('--disable-web-security');
    expect(chromium.args).toContain('--allow-running-insecure-content');
  });

  it('never contain --disable-web-security / --allow-running-insecure-content, in any spelling', () => {
    const args = browserLaunchArgs([...chromium.args, '--disable-web-security=true', '--allow-running-insecure-content']);
    for (const f of FORBIDDEN_ARGS) expect(args.some((a) => a === f || a.startsWith(`${f}=`))).toBe(false);
    const fetcher = new BrowserFetcher({ allowLoopback: false, timeoutMs: 1000, maxPageBytes: 1000, maxRedirects: 1 });
    expect(fetcher.launchArgs().filter((a) => FORBIDDEN_ARGS.some((f) => a.startsWith(f)))).toEqual([]);
  });

  it('add ours exactly once and keep the rest of the base', () => {
    const args = browserLaunchArgs(chromium.args);
    for (const a of ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']) {
      expect(args.filter((x) => x === a)).toHaveLength(1);
    }
    expect(args).toEqual(expect.arrayContaining([...EXTRA_ARGS, '--no-sandbox', '--single-process']));
    // A base that already sets one of our flags differently is overridden, not duplicated.
    const custom = browserLaunchArgs(['--proxy-server=http://corp-proxy:3128', '--no-first-run']);
    expect(custom.filter((a) => a.startsWith('--proxy-server'))).toEqual(['--proxy-server=http://127.0.0.1:9']);
    expect(custom.filter((a) => a === '--no-first-run')).toHaveLength(1);
  });
});
