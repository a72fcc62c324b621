/** Close: minimise the request record, record the time taken, audit. */
import { close, type WorkflowDeps } from '../../rights/use-cases/workflow.js';
import { awsTask, requestRef, task } from './task.js';

export const create = (deps: WorkflowDeps) => task(requestRef, (input) => close(input, deps));
export const handler = awsTask(create);
