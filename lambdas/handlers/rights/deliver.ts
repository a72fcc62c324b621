/** Deliver: the receipt, or the access export behind a second single-use link. */
import { deliver, type WorkflowDeps } from '../../rights/use-cases/workflow.js';
import { awsTask, requestRef, task } from './task.js';

export const create = (deps: WorkflowDeps) => task(requestRef, (input) => deliver(input, deps));
export const handler = awsTask(create);
