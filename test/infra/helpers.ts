import { readFileSync } from 'node:fs';
import { parseConfig, type Config } from '../../lib/config.js';

/** The shipped default config, parsed: tests build on what a newcomer deploys. */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  const raw = JSON.parse(readFileSync(new URL('../../adwarden.config.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  return parseConfig({ ...raw, ...overrides });
}

/** App props for tests: no asset bundling (esbuild and the 70 MB Chromium layer), same templates. */
export const NO_BUNDLING = { context: { 'aws:cdk:bundling-stacks': [] } };
