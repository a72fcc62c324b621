/**
 * Builds the Chromium Lambda layer without Docker: copies @sparticuz/chromium and the
 * packages it depends on from this repository's node_modules into `nodejs/node_modules/`,
 * the layout Lambda puts on the module path (/opt/nodejs/node_modules).
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The package and every package it needs at run time, by name. */
export function dependencyClosure(name: string, nodeModules = join(ROOT, 'node_modules')): string[] {
  const seen = new Set<string>();
  const visit = (pkg: string) => {
    if (seen.has(pkg)) return;
    const manifest = join(nodeModules, pkg, 'package.json');
    if (!existsSync(manifest)) throw new Error(`chromium layer: ${pkg} is not installed (run npm ci)`);
    seen.add(pkg);
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(json.dependencies ?? {})) visit(dep);
  };
  visit(name);
  return [...seen].sort();
}

export const CHROMIUM_PACKAGE = '@sparticuz/chromium';

export function bundleChromiumLayer(outputDir: string): string[] {
  const packages = dependencyClosure(CHROMIUM_PACKAGE);
  for (const pkg of packages) {
    const target = join(outputDir, 'nodejs', 'node_modules', pkg);
    cpSync(join(ROOT, 'node_modules', pkg), target, { recursive: true, dereference: true });
  }
  return packages;
}

export const CHROMIUM_LAYER_DIR = dirname(new URL(import.meta.url).pathname);
