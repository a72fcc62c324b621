/**
 * What every AWS composition root reads: the deployment config inlined by esbuild and the
 * function's environment. Kept apart from the roots themselves so that a function's bundle
 * holds only the adapters it uses (the schedule bundle must not reach the browser).
 */
import { type Config, configSchema } from '../../lib/config.js';

/** The deployment config, inlined into the bundle by esbuild (`define`) at synthesis. */
declare const __ADWARDEN_CONFIG__: string;

export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

export function requiredEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new EnvironmentError(`environment variable ${name} is not set`);
  return v;
}

export function optionalEnv(name: string): string {
  return process.env[name] ?? '';
}

export function inlinedConfig(): Config {
  return configSchema.parse(JSON.parse(__ADWARDEN_CONFIG__));
}
