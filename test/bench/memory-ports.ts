/**
 * In-memory implementations of the storage ports, for the benchmark only: storage is
 * deliberately NOT measured (no DynamoDB), so `storeAd` runs its real steps (suppression check,
 * per-tenant filter, encryption, blind indexes) and then writes into a Map.
 */
import type { StoredAd, SuppressionList, TenantAdStore } from '../../lambdas/collect/ports.js';
import type { IndexVersion, WrappedIndexKey, WrappedIndexKeyStore } from '../../lambdas/shared/crypto/index-key.js';

export class InMemoryTenantAdStore implements TenantAdStore {
  readonly ads = new Map<string, StoredAd>();
  puts = 0;

  async putAd(ad: StoredAd): Promise<void> {
    this.puts++;
    this.ads.set(ad.adId, ad);
  }
}

export class InMemorySuppressionList implements SuppressionList {
  private readonly hashes = new Map<string, 'erasure' | 'objection'>();

  async suppressed(hashes: readonly string[]): Promise<Set<string>> {
    return new Set(hashes.filter((h) => this.hashes.has(h)));
  }

  async add(hash: string, reason: 'erasure' | 'objection', _version: IndexVersion): Promise<void> {
    this.hashes.set(hash, reason);
  }
}

export class InMemoryIndexKeyStore implements WrappedIndexKeyStore {
  readonly where = 'memory';
  private item: WrappedIndexKey | undefined;

  async get(): Promise<WrappedIndexKey | undefined> {
    return this.item ? { ...this.item, wrapped: new Uint8Array(this.item.wrapped) } : undefined;
  }

  async putIfAbsent(item: WrappedIndexKey): Promise<boolean> {
    if (this.item) return false;
    this.item = { ...item, wrapped: new Uint8Array(item.wrapped) };
    return true;
  }

  async hasIndexedData(): Promise<boolean> {
    return false;
  }
}
