import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { registerResidencyCheck } from './checks/index.js';
import type { Config } from './config.js';
import { ApiStack } from './stacks/api-stack.js';
import { CollectStack } from './stacks/collect-stack.js';
import { DataStack } from './stacks/data-stack.js';
import { RightsStack } from './stacks/rights-stack.js';
import type { FunctionDecl } from './topology.js';

export interface AdwardenApp {
  readonly app: App;
  readonly data: DataStack;
  readonly collect: CollectStack;
  readonly api: ApiStack;
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
  // Residency (decision 9): a validation plugin on the App sees every stack of every Stage,
  // including Stages added after buildApp returns. Registered before any stack is added.
  registerResidencyCheck(app, config.market);
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
  // Deploy order only: the collect stack imports nothing from the data stack (names are computed
  // from the config), so removing a tenant never leaves an export in use.
  collect.addStackDependency(data, 'tenant roles, tables and keys exist before the functions that use them');
  const api = new ApiStack(app, `${prefix}-api`, { env, config, terminationProtection });
  api.addStackDependency(data, 'tenant read roles and the platform tables exist before the API that uses them');
  const rights = new RightsStack(app, `${prefix}-rights`, { env, config, data, terminationProtection });
  rights.addStackDependency(data, 'tenant read roles, platform tables and the erasure journal exist before the workflow');
  api.addStackDependency(rights, 'the public rights routes invoke functions of the rights stack');

  if (opts.nag ?? true) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  }
  return { app, data, collect, api, rights };
}
