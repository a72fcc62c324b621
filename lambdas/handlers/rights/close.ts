/**
 * Close: minimise the request record, record the time taken, audit; and report the time taken
 * against our one-week target and the legal deadline as metrics (counts and hours, no ids).
 */
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { RIGHTS_METRICS } from '../../../lib/topology.js';
import { type Closed, close, type WorkflowDeps } from '../../rights/use-cases/workflow.js';
import { lazy } from '../collect/lambda-context.js';
import { requestRef, task } from './task.js';

/** Once per request, when it is closed: how long it took, and whether it missed the target or the deadline. */
export function recordClosedMetrics(metrics: Metrics, c: Closed): void {
  if (!c.justClosed) return;
  metrics.addMetric(RIGHTS_METRICS.tookSeconds, MetricUnit.Seconds, Math.round(c.tookMs / 1000));
  metrics.addMetric(RIGHTS_METRICS.closedPastTarget, MetricUnit.Count, c.withinTarget ? 0 : 1);
  metrics.addMetric(RIGHTS_METRICS.closedPastDeadline, MetricUnit.Count, c.withinDeadline ? 0 : 1);
  metrics.publishStoredMetrics();
}

export const create = (deps: WorkflowDeps, metrics?: Metrics) =>
  task(requestRef, async (input) => {
    const closed = await close(input, deps);
    if (metrics) recordClosedMetrics(metrics, closed);
    return closed;
  });

export const handler = lazy(async () => {
  const [{ awsRightsRuntime }, { inlinedConfig }, { rightsMetrics }] = await Promise.all([
    import('../../composition/aws-rights.js'),
    import('../../composition/aws-env.js'),
    import('./watch-deadlines.js'),
  ]);
  return create((await awsRightsRuntime()).workflow, rightsMetrics(inlinedConfig().stage)) as (e: unknown, c: Context) => Promise<Closed>;
});
