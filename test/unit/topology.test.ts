import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, INDEX_KEY_PROVISIONER } from '../../lib/topology.js';

/** Handler modules are the files directly in lambdas/handlers/<area>/ that export `handler`. */
function handlerFiles(dir = 'lambdas/handlers'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? handlerFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [relative('.', join(dir, e.name))] : [],
  );
}

describe('the topology declaration stays honest', () => {
  it('declares only entries that exist and export both `handler` and `create`', async () => {
    for (const decl of Object.values(FUNCTIONS)) {
      expect(existsSync(decl.entry), decl.entry).toBe(true);
      const mod = (await import(/* @vite-ignore */ pathToFileURL(resolve(decl.entry)).href)) as Record<string, unknown>;
      expect(typeof mod.handler, decl.entry).toBe('function');
      expect(typeof mod.create, decl.entry).toBe('function');
    }
  });

  it('declares every handler module there is', async () => {
    // The deploy-time index-key provisioner is declared apart from the pipeline's functions.
    const declared = new Set<string>([...Object.values(FUNCTIONS).map((f) => f.entry), INDEX_KEY_PROVISIONER.entry]);
    for (const file of handlerFiles()) {
      const mod = (await import(/* @vite-ignore */ pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
      if (typeof mod.handler === 'function') expect(declared.has(file), `${file} exports a handler but is not in lib/topology.ts`).toBe(true);
    }
  });
});
