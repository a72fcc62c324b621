/** Suppress: the identifiers' HMACs go on the suppression list before anything else. */
import { suppress, type WorkflowDeps } from '../../rights/use-cases/workflow.js';
import { awsTask, requestRef, task } from './task.js';

export const create = (deps: WorkflowDeps) => task(requestRef, (input) => suppress(input, deps));
export const handler = awsTask(create);
