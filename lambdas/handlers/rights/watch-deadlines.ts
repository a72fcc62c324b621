/**
 * rights-deadlines λ — EventBridge Scheduler, hourly (lib/topology.ts): counts the open
 * data-subject requests near their legal deadline (five days before it), past it, and past our
 * one-week target, and publishes the counts as CloudWatch metrics (Powertools Metrics, EMF).
 * The rights stack alarms on them. Counts only: no request id or identifier is published.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { RIGHTS_METRICS, rightsMetricsService } from '../../../lib/topology.js';
import { type DeadlineSummary, OPEN_STATES } from '../../rights/deadline-watch.js';
import { type DeadlineWatchDeps, watchDeadlines } from '../../rights/use-cases/deadlines.js';
import { lazy } from '../collect/lambda-context.js';

export interface WatchDeadlinesDeps extends DeadlineWatchDeps {
  readonly metrics: Metrics;
}

/** The counts as metrics: totals under the `service` dimension (what the alarms watch), open requests also per state. */
export function recordDeadlineMetrics(metrics: Metrics, s: DeadlineSummary): void {
  metrics.addMetric(RIGHTS_METRICS.nearDue, MetricUnit.Count, s.totals.nearDue);
  metrics.addMetric(RIGHTS_METRICS.overdue, MetricUnit.Count, s.totals.overdue);
  metrics.addMetric(RIGHTS_METRICS.pastTarget, MetricUnit.Count, s.totals.pastTarget);
  metrics.addMetric(RIGHTS_METRICS.watchRuns, MetricUnit.Count, 1);
  for (const state of OPEN_STATES) {
    const single = metrics.singleMetric();
    single.addDimension('state', state);
    single.addMetric(RIGHTS_METRICS.open, MetricUnit.Count, s.open[state]);
  }
}

export type WatchDeadlinesFn = (event: unknown, context?: Pick<Context, 'awsRequestId'>) => Promise<DeadlineSummary>;

export function create(deps: WatchDeadlinesDeps): WatchDeadlinesFn {
  return middy(async (): Promise<DeadlineSummary> => {
    const summary = await watchDeadlines(deps);
    recordDeadlineMetrics(deps.metrics, summary);
    return summary;
  }).use(logMetrics(deps.metrics)) as unknown as WatchDeadlinesFn;
}

/** Metrics of the rights functions of a stage (namespace and `service` dimension as the alarms expect). */
export function rightsMetrics(stage: Parameters<typeof rightsMetricsService>[0]): Metrics {
  return new Metrics({ namespace: RIGHTS_METRICS.namespace, serviceName: rightsMetricsService(stage) });
}

export const handler = lazy(async () => {
  const [{ awsRightsRuntime }, { inlinedConfig }] = await Promise.all([import('../../composition/aws-rights.js'), import('../../composition/aws-env.js')]);
  const runtime = await awsRightsRuntime();
  return create({ ...runtime.deadlines, metrics: rightsMetrics(inlinedConfig().stage) }) as (e: unknown, c: Context) => Promise<DeadlineSummary>;
});
