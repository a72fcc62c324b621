/**
 * `npm start`: the local runtime on the embedded default. Starts AWS's DynamoDB Local and
 * creates every table the config declares; Ctrl-C stops everything.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Command } from 'commander';
import { ConfigError, loadConfig } from '../lib/config.js';
import { createTables } from './services/create-tables.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal } from './services/dynamodb-local.js';

const program = new Command('adwarden-local')
  .description('Run adwarden on this machine with embedded stand-ins for the AWS services')
  .option('--once', 'set up, report, and exit instead of running until stopped')
  .option('--dynamodb-port <port>', 'port for DynamoDB Local (default: a free one)', (v) => Number.parseInt(v, 10))
  .parse();
const opts = program.opts<{ once?: boolean; dynamodbPort?: number }>();

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const ddb = await startDynamoDbLocal({ port: opts.dynamodbPort, region: config.region });
  const client = new DynamoDBClient({ endpoint: ddb.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
  const tables = await createTables(client, config);
  console.log(`DynamoDB Local listening on ${ddb.endpoint} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const t of tables) console.log(`  table ${t}`);
  const stop = async () => {
    client.destroy();
    await ddb.stop();
  };
  if (opts.once) return stop();
  console.log('Running; press Ctrl-C to stop.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stop();
}

main().catch((e: unknown) => {
  const msg = e instanceof ConfigError ? `invalid config: ${e.message}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`adwarden: ${msg}\n`);
  process.exit(1);
});
