/**
 * In-memory implementations of the storage ports, for the benchmark only: storage is
 * deliberately NOT measured (no DynamoDB), so `storeAd` runs its real steps (suppression check,
 * per-tenant filter, encryption, blind indexes) and then writes into a Map.
 */
import type { StoredAd, SuppressionList, TenantAdStore } from '../../lambdas/collect/ports.js';
import type { WrappedIndexKeyStore } from '../../lambdas/shared/crypto/blind-index.js';

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

  async add(hash: string, reason: 'erasure' | 'objection'): Promise<void> {
    this.hashes.set(hash, reason);
  }
}

export class InMemoryIndexKeyStore implements WrappedIndexKeyStore {
  private wrapped: Uint8Array | undefined;

  async get(): Promise<Uint8Array | undefined> {
    return this.wrapped ? new Uint8Array(this.wrapped) : undefined;
  }

  async putIfAbsent(wrapped: Uint8Array): Promise<boolean> {
    if (this.wrapped) return false;
    this.wrapped = new Uint8Array(wrapped);
    return true;
  }
}
