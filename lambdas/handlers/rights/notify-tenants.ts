/** NotifyTenants (GDPR Art. 19): record ids only, to each affected tenant's contact. */
import { z } from 'zod';
import { REQUEST_TYPES } from '../../rights/request.js';
import { notifyTenants, type WorkflowDeps } from '../../rights/use-cases/workflow.js';
import { awsTask, task } from './task.js';

export const aggregated = z
  .object({
    requestId: z.uuid(),
    type: z.enum(REQUEST_TYPES),
    counts: z.record(z.string(), z.number()),
    affected: z.array(z.object({ tenantId: z.string(), recordIds: z.array(z.string()) })),
  })
  .loose();

export const create = (deps: WorkflowDeps) => task(aggregated, (input) => notifyTenants(input, deps));
export const handler = awsTask(create);
