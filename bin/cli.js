#!/usr/bin/env node
// Entry point of `npx adwarden`: the CLI is TypeScript, so tsx is registered first and the
// real program is imported after it (a static import would be resolved before register()).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
