/**
 * A local runtime with the rights workflow, for integration tests: DynamoDB Local, the file key
 * service, the outbox in a temp dir and the state machine CDK synthesizes, run in process.
 * Ads are stored through the collection domain's own storeAd, so they are exactly what
 * ingestion writes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { loadConfig, type Config } from '../../../lib/config.js';
import { storeAd } from '../../../lambdas/collect/store/store-ad.js';
import { readOutbox } from '../../../lambdas/adapters/local/file-outbox.js';
import type { Finding } from '../../../lambdas/shared/identifiers.js';
import { startLocalRuntime, type LocalRuntime } from '../../../local/runtime.js';
import { synthesizeRightsAsl } from '../../../local/rights/asl.js';
import { type LocalRightsOptions, startLocalRights, type LocalRights } from '../../../local/rights/runtime.js';
import { confirmRequest, provePhone, submitRequest } from '../../../lambdas/rights/use-cases/portal.js';
import type { RequestType } from '../../../lambdas/rights/request.js';

export interface RightsHarness {
  readonly config: Config;
  readonly rt: LocalRuntime;
  readonly rights: LocalRights;
  readonly outboxDir: string;
  stop(): Promise<void>;
}

let asl: Record<string, unknown> | undefined;

export async function startRightsHarness(opts: Partial<LocalRightsOptions> = {}): Promise<RightsHarness> {
  const config = loadConfig('adwarden.config.json');
  asl ??= synthesizeRightsAsl(config);
  const dataDir = mkdtempSync(join(tmpdir(), 'adw-rights-'));
  const rt = await startLocalRuntime({ config, dataDir, logLevel: 'SILENT' });
  const outboxDir = join(dataDir, 'outbox');
  const rights = await startLocalRights(rt, { baseUrl: 'http://127.0.0.1:9', dataDir, outboxDir, definition: asl, retryIntervalMs: 0, ...opts });
  return { config, rt, rights, outboxDir, stop: () => rt.stop() };
}

/** A second rights composition on the harness's runtime, with nothing cached (same ASL, outbox). */
export async function freshRights(h: RightsHarness): Promise<LocalRights> {
  return startLocalRights(h.rt, { baseUrl: 'http://127.0.0.1:9', dataDir: h.outboxDir, outboxDir: h.outboxDir, definition: asl, retryIntervalMs: 0 });
}

let seq = 0;
/** Stores one ad with these findings for every subscribed tenant; returns its URL. */
export async function seedAd(h: RightsHarness, findings: Finding[]): Promise<string> {
  const url = `https://ads.example/item/${Date.now()}-${++seq}`;
  const r = await storeAd({ sourceId: 'demo-classifieds', url, findings }, h.rt.collect.extractAd);
  if (r.outcome !== 'stored') throw new Error(`seed not stored: ${r.outcome}`);
  return url;
}

/** Ad ids a tenant holds under one identifier, found by blind index as search and erasure do. */
export async function adsOf(h: RightsHarness, tenantId: string, kind: Finding['kind'], value: string): Promise<string[]> {
  const ctx = await h.rights.runtime.workflow.tenantContext(tenantId);
  const r = await h.rt.doc.send(
    new QueryCommand({ TableName: h.rt.tenantTable(tenantId), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `IX#${kind}#${ctx.index.hash(kind, value)}` } }),
  );
  return (r.Items ?? []).map((i) => String(i.sk));
}

/** The link of the newest message of a kind sent to `to`. */
export async function lastLink(h: RightsHarness, to: string, kind: string): Promise<string> {
  const m = (await readOutbox(h.outboxDir)).filter((x) => x.to === to && x.kind === kind).at(-1);
  if (!m?.links[0]) throw new Error(`no ${kind} message with a link to the recipient`);
  return m.links[0];
}

/** Submits, confirms by the e-mailed link, and waits for the workflow. */
export async function runRequest(h: RightsHarness, type: RequestType, email: string, phone?: string): Promise<string> {
  await submitRequest({ type, email, phone, lang: 'en' }, `10.0.0.${++seq % 250}`, h.rights.runtime.portal);
  const token = new URL(await lastLink(h, email, 'confirm')).searchParams.get('token');
  const { requestId, statusToken, awaitingPhoneCode } = await confirmRequest(token, h.rights.runtime.portal);
  // The person goes on without typing the SMS code: the phone stays unproved.
  if (awaitingPhoneCode) await provePhone(requestId, statusToken, '', h.rights.runtime.portal);
  await h.rights.workflow.idle();
  return requestId;
}
