/**
 * Re-applies recorded erasures to a restored tenant table (issue 10 point 6). A DynamoDB
 * restore creates a table as it was at backup time, so ads erased since then come back; before
 * the restored table serves anything, every journal entry of that tenant since the backup is
 * applied again: the recorded ad ids are erased, and the recorded blind-index refs are looked up
 * again (an ad of the same person stored under another id is found by the same HMACs).
 */
import type { ErasureJournal, TenantRightsStore } from '../ports.js';

export interface ReplayResult {
  readonly entries: number;
  readonly erased: number;
}

export async function replayErasures(
  tenantId: string,
  sinceIso: string,
  deps: { journal: ErasureJournal; store: TenantRightsStore },
): Promise<ReplayResult> {
  const entries = await deps.journal.since(tenantId, sinceIso);
  let erased = 0;
  for (const e of entries) {
    const located = await deps.store.locate(e.refs);
    const ids = [...new Set([...e.adIds, ...located])];
    erased += (await deps.store.erase(ids)).length;
  }
  return { entries: entries.length, erased };
}
