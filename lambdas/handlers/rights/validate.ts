/** Validate (first state of the rights workflow): the request may run; one job per tenant. */
import { validate } from '../../rights/use-cases/workflow.js';
import type { WorkflowDeps } from '../../rights/use-cases/workflow.js';
import { awsTask, requestRef, task } from './task.js';

export const create = (deps: WorkflowDeps) => task(requestRef, (input) => validate(input, deps));
export const handler = awsTask(create);
