/** ProcessTenant (one Map iteration): locate by blind index, then erase or export, in one tenant. */
import { z } from 'zod';
import { REQUEST_TYPES } from '../../rights/request.js';
import { processTenant, type WorkflowDeps } from '../../rights/use-cases/workflow.js';
import { awsTask, task } from './task.js';

export const tenantJob = z.object({ requestId: z.uuid(), tenantId: z.string().min(1), type: z.enum(REQUEST_TYPES) }).strict();

export const create = (deps: WorkflowDeps) => task(tenantJob, (input) => processTenant(input, deps));
export const handler = awsTask(create);
