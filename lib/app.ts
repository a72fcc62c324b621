import { App, type AppProps, Aspects, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { ResidencyChecks } from './checks/index.js';
import type { Config } from './config.js';
import { CollectStack } from './stacks/collect-stack.js';
import { DataStack } from './stacks/data-stack.js';
import { RightsStack } from './stacks/rights-stack.js';
import type { FunctionDecl } from './topology.js';

export interface AdwardenApp {
  readonly app: App;
  readonly data: DataStack;
  readonly collect: CollectStack;
  readonly rights: RightsStack;
}

export interface BuildAppOptions {
  readonly appProps?: AppProps;
  /** Run cdk-nag (AwsSolutions + Serverless) at synthesis. @default true */
  readonly nag?: boolean;
  /** The function declarations the tenant roles trust (tests add API/rights functions). @default FUNCTIONS */
  readonly functions?: Readonly<Record<string, FunctionDecl>>;
}

/** The whole deployment for one config: the stacks, the residency check and cdk-nag. */
export function buildApp(config: Config, opts: BuildAppOptions = {}): AdwardenApp {
  const app = new App(opts.appProps);
  // Explicit env on every stack: the residency check refuses region-agnostic stacks.
  const env = { region: config.region, ...(config.account ? { account: config.account } : {}) };
  const prefix = `adwarden-${config.stage}`;

  // Prod: every stack is protected from `cdk destroy` / DeleteStack (test/infra/operations.test.ts).
  const terminationProtection = config.stage === 'prod';

  const data = new DataStack(app, `${prefix}-data`, {
    env,
    config,
    terminationProtection,
    ...(opts.functions ? { functions: opts.functions } : {}),
  });
  const collect = new CollectStack(app, `${prefix}-collect`, { env, config, data, terminationProtection });
  const rights = new RightsStack(app, `${prefix}-rights`, { env, config, data, terminationProtection });

  Aspects.of(app).add(new ResidencyChecks(config.market));
  if (opts.nag ?? true) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  }
  return { app, data, collect, rights };
}
