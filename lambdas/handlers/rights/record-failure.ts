/** RecordFailure (every Catch): the request waits in state `failed`, naming the step, until redriven. */
import { z } from 'zod';
import { recordFailure, type WorkflowDeps } from '../../rights/use-cases/workflow.js';
import { awsTask, task } from './task.js';

export const failureInput = z
  .object({
    requestId: z.uuid(),
    failedStep: z.string().optional(),
    error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }).loose().optional(),
  })
  .loose();

export const create = (deps: WorkflowDeps) => task(failureInput, (input) => recordFailure(input, deps));
export const handler = awsTask(create);
