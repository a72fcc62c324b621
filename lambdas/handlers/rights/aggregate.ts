/** Aggregate: totals per kind over the Map's results. */
import { z } from 'zod';
import { IDENTIFIER_KINDS } from '../../shared/identifiers.js';
import { aggregate, type WorkflowDeps } from '../../rights/use-cases/workflow.js';
import { awsTask, task } from './task.js';

const result = z.object({
  tenantId: z.string(),
  ads: z.number().int().min(0),
  recordIds: z.array(z.string()),
  kinds: z.partialRecord(z.enum(IDENTIFIER_KINDS), z.number().int().min(0)),
});
export const aggregateInput = z.object({ requestId: z.uuid(), results: z.array(result) }).loose();

export const create = (deps: WorkflowDeps) => task(aggregateInput, (input) => aggregate(input, deps));
export const handler = awsTask(create);
