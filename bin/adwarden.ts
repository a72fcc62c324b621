/**
 * The CDK app entry (`cdk.json` runs it). Reads the deployment config (ADWARDEN_CONFIG or
 * adwarden.config.json) and synthesizes the stacks for the configured region only.
 */
import { ConfigError, loadConfig } from '../lib/config.js';
import { buildApp } from '../lib/app.js';

try {
  const { app } = buildApp(loadConfig());
  app.synth();
} catch (e) {
  if (e instanceof ConfigError) {
    // One clear line, no stack trace: the field and the problem.
    process.stderr.write(`adwarden: invalid config: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
