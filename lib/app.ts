import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { registerResidencyCheck } from './checks/index.js';
import type { Config } from './config.js';
import { CollectStack } from './stacks/collect-stack.js';
import { DataStack } from './stacks/data-stack.js';

export interface AdwardenApp {
  readonly app: App;
  readonly data: DataStack;
  readonly collect: CollectStack;
}

export interface BuildAppOptions {
  readonly appProps?: AppProps;
  /** Run cdk-nag (AwsSolutions + Serverless) at synthesis. @default true */
  readonly nag?: boolean;
}

/** The whole deployment for one config: the stacks, the residency check and cdk-nag. */
export function buildApp(config: Config, opts: BuildAppOptions = {}): AdwardenApp {
  const app = new App(opts.appProps);
  // Residency (decision 9): a validation plugin on the App sees every stack of every Stage,
  // including Stages added after buildApp returns. Registered before any stack is added.
  registerResidencyCheck(app, config.market);
  // Explicit env on every stack: the residency check refuses region-agnostic stacks.
  const env = { region: config.region, ...(config.account ? { account: config.account } : {}) };
  const prefix = `adwarden-${config.stage}`;

  const data = new DataStack(app, `${prefix}-data`, { env, config, terminationProtection: config.stage === 'prod' });
  const collect = new CollectStack(app, `${prefix}-collect`, { env, config, data });

  if (opts.nag ?? true) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  }
  return { app, data, collect };
}
