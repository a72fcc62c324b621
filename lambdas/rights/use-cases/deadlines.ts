/**
 * The deadline watch (issue 10 point 5): count the open requests that are near their legal
 * deadline or past it, and those past our one-week target. Run hourly by the scheduler; the
 * handler publishes the counts as metrics, and CloudWatch alarms on them.
 */
import { type DeadlineSummary, OPEN_STATES, summariseDeadlines } from '../deadline-watch.js';
import type { DueIndex, RightsClock } from '../ports.js';

export interface DeadlineWatchDeps {
  readonly due: DueIndex;
  readonly clock: RightsClock;
}

export async function watchDeadlines(deps: DeadlineWatchDeps): Promise<DeadlineSummary> {
  const now = new Date(deps.clock.now());
  const entries = (await Promise.all(OPEN_STATES.map((s) => deps.due.openRequests(s)))).flat();
  return summariseDeadlines(entries, now);
}
