import type { CollectObserver } from '../lambdas/collect/observer.js';
import type { IdentifierKind } from '../lambdas/shared/identifiers.js';

/** Counts what a run did, for the progress line and the closing summary. Counts only. */
export class RunSummary implements CollectObserver {
  readonly started = Date.now();
  listingPages = 0;
  adsFound = 0;
  adsQueued = 0;
  adsProcessed = 0;
  adsStored = 0;
  adsWithoutIdentifiers = 0;
  suppressed = 0;
  blocked = 0;
  failedAttempts = 0;
  rendered = 0;
  readonly identifiers: Partial<Record<IdentifierKind, number>> = {};

  listingCrawled(e: Parameters<CollectObserver['listingCrawled']>[0]): void {
    this.listingPages++;
    this.adsFound += e.adsFound;
    this.adsQueued += e.adsNew;
    if (e.fetchedWith === 'browser') this.rendered++;
  }

  adProcessed(e: Parameters<CollectObserver['adProcessed']>[0]): void {
    this.adsProcessed++;
    if (e.fetchedWith === 'browser') this.rendered++;
    if (e.outcome === 'stored') this.adsStored++;
    else if (e.outcome === 'suppressed') this.suppressed++;
    else if (e.outcome === 'blocked') this.blocked++;
    else if (e.outcome === 'no-identifiers') this.adsWithoutIdentifiers++;
    for (const [k, n] of Object.entries(e.kinds) as [IdentifierKind, number][]) this.identifiers[k] = (this.identifiers[k] ?? 0) + n;
  }

  jobFailed(): void {
    this.failedAttempts++;
  }

  seconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  progressLine(): string {
    return (
      `[${this.seconds().toFixed(1).padStart(6)} s] listing pages ${this.listingPages} · ads ${this.adsProcessed}/${this.adsQueued}` +
      ` (stored ${this.adsStored}, suppressed ${this.suppressed}) · failed attempts ${this.failedAttempts}`
    );
  }

  /** The closing summary; `deadLettered` comes from the dead-letter queues. */
  report(deadLettered: number): string {
    const kinds = Object.entries(this.identifiers)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    return [
      'Summary',
      `  listing pages   ${this.listingPages}`,
      `  ads found       ${this.adsFound} (new ${this.adsQueued})`,
      `  ads processed   ${this.adsProcessed} (rendered pages ${this.rendered})`,
      `  ads stored      ${this.adsStored}`,
      `  identifiers     ${kinds || 'none'}`,
      `  suppressed      ${this.suppressed}`,
      `  robots.txt      ${this.blocked} ad(s) disallowed, not fetched`,
      `  no identifiers  ${this.adsWithoutIdentifiers}`,
      `  failed          ${deadLettered} in dead-letter queues (${this.failedAttempts} failed attempts)`,
      `  seconds         ${this.seconds().toFixed(1)}`,
    ].join('\n');
  }

  toJSON() {
    return {
      listingPages: this.listingPages,
      adsFound: this.adsFound,
      adsQueued: this.adsQueued,
      adsProcessed: this.adsProcessed,
      adsStored: this.adsStored,
      identifiers: this.identifiers,
      suppressed: this.suppressed,
      blockedByRobots: this.blocked,
      failedAttempts: this.failedAttempts,
      seconds: this.seconds(),
    };
  }
}
