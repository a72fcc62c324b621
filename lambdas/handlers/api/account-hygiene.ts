/** account-hygiene λ — EventBridge Scheduler, hourly: disables inactive accounts, records two-country sign-ins. */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { runAccountHygiene, type HygieneResult, type UserDirectory } from '../../query/account-hygiene.js';
import type { AuditLog } from '../../query/audit.js';
import { lazy } from '../collect/lambda-context.js';

export interface AccountHygieneDeps {
  readonly directory: UserDirectory;
  readonly audit: AuditLog;
  readonly inactiveDays: number;
  readonly logger: Logger;
  readonly now?: () => number;
}

export function create(deps: AccountHygieneDeps) {
  return async (_event: unknown, context: Pick<Context, 'awsRequestId'>): Promise<HygieneResult> => {
    const r = await runAccountHygiene({
      directory: deps.directory,
      audit: deps.audit,
      now: deps.now ?? Date.now,
      inactiveDays: deps.inactiveDays,
      runId: context.awsRequestId,
      lookbackMs: 2 * 3_600_000,
    });
    deps.logger.info('account hygiene', { ...r });
    return r;
  };
}

export const handler = lazy(async () => {
  const [{ CognitoIdentityProviderClient }, { DynamoDBClient }, { DynamoDBDocumentClient }, { ENV }, { CognitoUserDirectory }, { DynamoDbAuditLog }] =
    await Promise.all([
      import('@aws-sdk/client-cognito-identity-provider'),
      import('@aws-sdk/client-dynamodb'),
      import('@aws-sdk/lib-dynamodb'),
      import('../../../lib/topology.js'),
      import('../../adapters/aws/cognito-user-directory.js'),
      import('../../adapters/aws/dynamodb-audit-log.js'),
    ]);
  const need = (n: string) => {
    const v = process.env[n];
    if (!v) throw new TypeError(`environment variable ${n} is not set`);
    return v;
  };
  const region = need('AWS_REGION');
  return create({
    directory: new CognitoUserDirectory(new CognitoIdentityProviderClient({ region }), need(ENV.userPoolId)),
    audit: new DynamoDbAuditLog(DynamoDBDocumentClient.from(new DynamoDBClient({ region })), need(ENV.table('auditLog'))),
    inactiveDays: Number(need(ENV.inactiveDays)),
    logger: new Logger({ serviceName: 'adwarden-account-hygiene' }),
  });
});
