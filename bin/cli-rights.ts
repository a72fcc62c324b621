/**
 * `adwarden restore replay-erasures --table <restored table> --tenant <id> [--since <ISO time>]`
 *
 * After a tenant table is restored from a backup (DynamoDB always restores into a NEW table),
 * and before that table serves anything, this re-applies every erasure the journal recorded for
 * the tenant since `--since` (the backup's time; default: every entry the journal still holds,
 * which covers the 7-day backup window). Erasing is idempotent, so a second run changes nothing.
 *
 * Where: `--endpoint` (DynamoDB Local), else the endpoint `npm start` wrote to .adwarden/api.json,
 * else AWS with the usual credentials and the config's region.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../lib/config.js';
import { platformTableName } from '../lib/topology.js';
import { DynamoDbErasureJournal, DynamoDbTenantRights } from '../lambdas/adapters/aws/dynamodb-rights.js';
import { replayErasures } from '../lambdas/rights/use-cases/replay.js';
import { readApiState, stateDir } from './api-state.js';

export interface RightsCliIo {
  out(text: string): void;
}

export class ReplayUsageError extends Error {
  override readonly name = 'ReplayUsageError';
}

const options = z.object({
  table: z.string().regex(/^[A-Za-z0-9_.-]{3,255}$/, '--table must be a DynamoDB table name'),
  tenant: z.string().min(1),
  since: z.iso.datetime({ offset: true }).optional(),
  endpoint: z.url({ protocol: /^https?$/ }).optional(),
});

function localEndpoint(): string | undefined {
  try {
    return readApiState(stateDir()).dynamodbEndpoint;
  } catch {
    return undefined;
  }
}

export async function replayCommand(raw: Record<string, unknown>, io: RightsCliIo): Promise<void> {
  const parsed = options.safeParse(raw);
  if (!parsed.success) throw new ReplayUsageError(parsed.error.issues[0]?.message ?? 'invalid options');
  const o = parsed.data;
  const config = loadConfig();
  if (!config.tenants.some((t) => t.id === o.tenant)) throw new ReplayUsageError(`no tenant "${o.tenant}" in the config`);
  const endpoint = o.endpoint ?? localEndpoint();
  const ddb = new DynamoDBClient({
    region: config.region,
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  try {
    const doc = DynamoDBDocumentClient.from(ddb);
    const since = o.since ? new Date(o.since).toISOString() : '0000';
    const r = await replayErasures(o.tenant, since, {
      journal: new DynamoDbErasureJournal(doc, platformTableName(config.stage, 'erasureJournal')),
      store: new DynamoDbTenantRights(doc, o.table),
    });
    io.out(`replayed ${r.entries} erasure(s) of tenant ${o.tenant} on ${o.table}: ${r.erased} ad(s) erased\n`);
  } finally {
    ddb.destroy();
  }
}

export function addRightsCommands(program: Command, io: RightsCliIo): void {
  program
    .command('restore')
    .description('after restoring a tenant table from a backup')
    .command('replay-erasures')
    .description('re-apply every erasure recorded since the backup to a restored tenant table, before it serves anything')
    .requiredOption('--table <name>', 'the restored table')
    .requiredOption('--tenant <id>', 'the tenant the table belongs to')
    .option('--since <iso>', 'the time of the backup (default: every journal entry, i.e. the whole backup window)')
    .option('--endpoint <url>', 'DynamoDB endpoint (DynamoDB Local)')
    .action((opts: Record<string, unknown>) => replayCommand(opts, io));
}
