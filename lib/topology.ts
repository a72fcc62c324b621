/**
 * The one declaration of adwarden's topology (ARCHITECTURE.md decision 5): tables, queues,
 * functions and their triggers. The CDK stacks and the local runtime both read this file,
 * so what runs on one machine is what `cdk deploy` creates. No CDK or AWS SDK imports here.
 */
import type { Config, Tenant } from './config.js';

export type AttributeType = 'S' | 'N';

export interface KeyDecl {
  readonly name: string;
  readonly type: AttributeType;
}

export interface TableDecl {
  /** Stable logical id, also the suffix of the physical name. */
  readonly id: string;
  readonly partitionKey: KeyDecl;
  readonly sortKey?: KeyDecl;
  /** Attribute holding an epoch-seconds expiry; DynamoDB TTL deletes the item after it. */
  readonly ttlAttribute?: string;
  readonly globalIndexes?: readonly {
    readonly name: string;
    readonly partitionKey: KeyDecl;
    readonly sortKey?: KeyDecl;
    /** Non-key attributes copied into the index. @default every attribute (ALL) */
    readonly include?: readonly string[];
  }[];
  /** Why the table exists, for docs and the records of processing. */
  readonly purpose: string;
}

/** Every tenant gets one table of this shape (silo tenancy, decision 1). See docs/data-model.md. */
export const TENANT_TABLE: TableDecl = {
  id: 'tenant',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  ttlAttribute: 'expiresAt',
  globalIndexes: [
    {
      name: 'bySource',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
    },
  ],
  purpose: "One tenant's ads (personal fields encrypted) and their blind-index entries",
};

/**
 * The sparse index of open data-subject requests by deadline (`dsar-requests`), which the
 * deadline watcher reads: the state, the deadline in force and the time received, nothing else.
 */
export const DUE_INDEX = { name: 'byDue', state: 'dueState', dueAt: 'dueAt', receivedAt: 'dueReceivedAt' } as const;

export const PLATFORM_TABLES = {
  suppression: {
    id: 'suppression',
    partitionKey: { name: 'pk', type: 'S' },
    purpose: 'HMACs of identifiers whose owners objected or asked for erasure; checked before storing',
  },
  dsarRequests: {
    id: 'dsar-requests',
    partitionKey: { name: 'pk', type: 'S' },
    ttlAttribute: 'expiresAt',
    // Sparse: only open requests carry `dueState`; keys and projection are a state and dates.
    globalIndexes: [
      {
        name: DUE_INDEX.name,
        partitionKey: { name: DUE_INDEX.state, type: 'S' },
        sortKey: { name: DUE_INDEX.dueAt, type: 'S' },
        include: [DUE_INDEX.receivedAt],
      },
    ],
    purpose: 'Data-subject requests and their state; minimised when closed',
  },
  auditLog: {
    id: 'audit-log',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    ttlAttribute: 'expiresAt',
    purpose: 'Who read what and when, per tenant; no personal values',
  },
  crawlState: {
    id: 'crawl-state',
    partitionKey: { name: 'pk', type: 'S' },
    ttlAttribute: 'expiresAt',
    purpose: 'Seen ad URLs (hashed) and the per-domain request rate shared by all crawl workers',
  },
  crawlRuns: {
    id: 'crawl-runs',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    ttlAttribute: 'expiresAt',
    purpose:
      "Each crawl run's counters (ads found, queued, stored per tenant, failed; times) and each source's last run; source ids, run ids, hashes of URLs, counts and times only",
  },
  idempotency: {
    id: 'idempotency',
    partitionKey: { name: 'id', type: 'S' },
    ttlAttribute: 'expiration',
    purpose: 'Powertools idempotency records, so a redelivered message is processed once',
  },
  erasureJournal: {
    id: 'erasure-journal',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    ttlAttribute: 'expiresAt',
    purpose:
      'Erasures made (tenant blind-index HMACs, ad ids and times only), kept outside the backed-up tenant tables so a restore can re-apply them',
  },
} as const satisfies Record<string, TableDecl>;

export type PlatformTableName = keyof typeof PLATFORM_TABLES;

export function platformTableName(stage: Config['stage'], table: PlatformTableName): string {
  return `adwarden-${stage}-${PLATFORM_TABLES[table].id}`;
}

export function tenantTableName(stage: Config['stage'], tenant: Pick<Tenant, 'id'>): string {
  return `adwarden-${stage}-tenant-${tenant.id}`;
}

export function tenantKeyAlias(stage: Config['stage'], tenant: Pick<Tenant, 'id'>): string {
  return `alias/adwarden-${stage}-tenant-${tenant.id}`;
}

/** Every table of a config, with its physical name: what the data stack and `npm start` create. */
export function allTables(config: Pick<Config, 'stage' | 'tenants'>): { name: string; decl: TableDecl; tenantId?: string }[] {
  return [
    ...Object.keys(PLATFORM_TABLES).map((k) => {
      const key = k as PlatformTableName;
      return { name: platformTableName(config.stage, key), decl: PLATFORM_TABLES[key] as TableDecl };
    }),
    ...config.tenants.map((t) => ({ name: tenantTableName(config.stage, t), decl: TENANT_TABLE, tenantId: t.id })),
  ];
}

// ---------------------------------------------------------------------------------------
// Collection pipeline: queues and functions (ARCHITECTURE.md "The flow").

export interface QueueDecl {
  readonly id: string;
  /** Deliveries before a message goes to the dead-letter queue. */
  readonly maxReceiveCount: number;
}

export const QUEUES = {
  listingJobs: { id: 'listing-jobs', maxReceiveCount: 3 },
  adJobs: { id: 'ad-jobs', maxReceiveCount: 3 },
} as const satisfies Record<string, QueueDecl>;

export type QueueName = keyof typeof QUEUES;

export type Trigger =
  /** Invoked by the per-source EventBridge schedules (collection). */
  | { readonly kind: 'schedule' }
  /** Invoked on a fixed EventBridge Scheduler expression, e.g. "rate(1 hour)". */
  | { readonly kind: 'cron'; readonly expression: string }
  | { readonly kind: 'queue'; readonly queue: QueueName; readonly batchSize: number; readonly maxConcurrency: number }
  /** Invoked by API Gateway (REST, proxy integration) on the routes in ROUTES that name it. */
  | { readonly kind: 'api' }
  /** A Task state of a state machine in STATE_MACHINES (bound by state name, in AWS and locally). */
  | { readonly kind: 'task'; readonly stateMachine: StateMachineName };

/** Which stack deploys a function. */
export type StackArea = 'collect' | 'api' | 'rights';

export interface FunctionDecl {
  readonly id: string;
  /** The stack that deploys it. */
  readonly area: StackArea;
  /** Handler module; it exports `handler` (AWS) and `create(deps)` (local runtime, tests). */
  readonly entry: string;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  readonly trigger: Trigger;
  readonly sendsTo: readonly QueueName[];
  readonly platformTables: readonly PlatformTableName[];
  /** Writes to the tables of tenants subscribed to the source, through each tenant's role. */
  readonly writesTenantData: boolean;
  /**
   * Reads (and, for the rights workflow, erases) tenant data through that tenant's read role:
   * the customer API and the data-subject rights workflow. Collection never reads.
   */
  readonly readsTenantData: boolean;
  /** Needs headless Chromium (the layer in layers/chromium). */
  readonly browser: boolean;
}

export const FUNCTIONS = {
  schedule: {
    id: 'schedule',
    area: 'collect',
    entry: 'lambdas/handlers/collect/schedule.ts',
    timeoutSeconds: 30,
    memoryMb: 256,
    trigger: { kind: 'schedule' },
    sendsTo: ['listingJobs'],
    platformTables: ['crawlRuns'],
    writesTenantData: false,
    readsTenantData: false,
    browser: false,
  },
  crawlListing: {
    id: 'crawl-listing',
    area: 'collect',
    entry: 'lambdas/handlers/collect/crawl-listing.ts',
    timeoutSeconds: 90,
    memoryMb: 1536,
    trigger: { kind: 'queue', queue: 'listingJobs', batchSize: 5, maxConcurrency: 4 },
    sendsTo: ['listingJobs', 'adJobs'],
    platformTables: ['crawlState', 'crawlRuns'],
    writesTenantData: false,
    readsTenantData: false,
    browser: true,
  },
  extractAd: {
    id: 'extract-ad',
    area: 'collect',
    entry: 'lambdas/handlers/collect/extract-ad.ts',
    timeoutSeconds: 90,
    memoryMb: 1536,
    trigger: { kind: 'queue', queue: 'adJobs', batchSize: 10, maxConcurrency: 8 },
    sendsTo: [],
    platformTables: ['crawlState', 'suppression', 'idempotency', 'crawlRuns'],
    writesTenantData: true,
    readsTenantData: false,
    browser: true,
  },
  // --- customer API (lib/stacks/api-stack.ts); routes in ROUTES below ---
  searchAds: apiFunction('search-ads', 'lambdas/handlers/api/search-ads.ts', true),
  getAd: apiFunction('get-ad', 'lambdas/handlers/api/get-ad.ts', true),
  /** Also reads (GetItem only) each source's last crawl run from `crawlRuns`. */
  listSources: { ...apiFunction('list-sources', 'lambdas/handlers/api/list-sources.ts', true), platformTables: ['auditLog', 'crawlRuns'] },
  listAudit: apiFunction('list-audit', 'lambdas/handlers/api/list-audit.ts', true),
  getOpenapi: apiFunction('get-openapi', 'lambdas/handlers/api/get-openapi.ts', false),
  /** Disables accounts unused for `api.inactiveDays` and records sign-ins from two countries within an hour. */
  accountHygiene: {
    id: 'account-hygiene',
    area: 'api',
    entry: 'lambdas/handlers/api/account-hygiene.ts',
    timeoutSeconds: 300,
    memoryMb: 256,
    trigger: { kind: 'cron', expression: 'rate(1 hour)' },
    sendsTo: [],
    platformTables: ['auditLog'],
    writesTenantData: false,
    readsTenantData: false,
    browser: false,
  },
  /** Verifies every tenant's audit hash chain daily; a broken chain raises the breach alarm (docs/operations/breach.md). */
  auditVerify: {
    id: 'audit-verify',
    area: 'api',
    entry: 'lambdas/handlers/api/audit-verify.ts',
    timeoutSeconds: 900,
    memoryMb: 512,
    trigger: { kind: 'cron', expression: 'rate(1 day)' },
    sendsTo: [],
    platformTables: ['auditLog'],
    writesTenantData: false,
    readsTenantData: false,
    browser: false,
  },
  // --- data-subject rights (lib/stacks/rights-stack.ts): the workflow's tasks, then the portal's routes ---
  rightsValidate: rightsTask('rights-validate', 'lambdas/handlers/rights/validate.ts', ['dsarRequests'], false),
  rightsSuppress: rightsTask('rights-suppress', 'lambdas/handlers/rights/suppress.ts', ['dsarRequests', 'suppression'], false),
  rightsProcessTenant: rightsTask('rights-process-tenant', 'lambdas/handlers/rights/process-tenant.ts', ['dsarRequests', 'erasureJournal'], true),
  rightsAggregate: rightsTask('rights-aggregate', 'lambdas/handlers/rights/aggregate.ts', ['dsarRequests'], false),
  rightsNotifyTenants: rightsTask('rights-notify-tenants', 'lambdas/handlers/rights/notify-tenants.ts', ['dsarRequests', 'auditLog'], false),
  rightsDeliver: rightsTask('rights-deliver', 'lambdas/handlers/rights/deliver.ts', ['dsarRequests'], false),
  rightsClose: rightsTask('rights-close', 'lambdas/handlers/rights/close.ts', ['dsarRequests', 'auditLog'], false),
  rightsRecordFailure: rightsTask('rights-record-failure', 'lambdas/handlers/rights/record-failure.ts', ['dsarRequests'], false),
  /** Hourly: counts open requests near or past their deadline and publishes the counts (CloudWatch alarms on them). */
  rightsDeadlines: {
    id: 'rights-deadlines',
    area: 'rights',
    entry: 'lambdas/handlers/rights/watch-deadlines.ts',
    timeoutSeconds: 60,
    memoryMb: 256,
    trigger: { kind: 'cron', expression: 'rate(1 hour)' },
    sendsTo: [],
    // Reads the `byDue` index only (DUE_INDEX), never a request itself: see lib/stacks/rights-stack.ts.
    platformTables: ['dsarRequests'],
    writesTenantData: false,
    readsTenantData: false,
    browser: false,
  },
  rightsSubmit: rightsRoute('rights-submit', 'lambdas/handlers/rights/submit-request.ts'),
  rightsConfirm: rightsRoute('rights-confirm', 'lambdas/handlers/rights/confirm-request.ts'),
  rightsStatus: rightsRoute('rights-status', 'lambdas/handlers/rights/request-status.ts'),
  rightsProvePhone: rightsRoute('rights-prove-phone', 'lambdas/handlers/rights/prove-phone.ts'),
  rightsExport: rightsRoute('rights-export', 'lambdas/handlers/rights/download-export.ts'),
  rightsPortal: { ...rightsRoute('rights-portal', 'lambdas/handlers/rights/get-portal.ts'), platformTables: [] },
} as const satisfies Record<string, FunctionDecl>;

// ---------------------------------------------------------------------------------------
// State machines: each Task state is bound, by its name, to one function of FUNCTIONS. CDK
// builds the state machine from this binding; the local runtime runs the ASL CDK synthesizes
// and binds the same state names to the same handler modules.

export const STATE_MACHINES = {
  rights: {
    id: 'rights',
    tasks: {
      Validate: 'rightsValidate',
      Suppress: 'rightsSuppress',
      ProcessTenant: 'rightsProcessTenant',
      Aggregate: 'rightsAggregate',
      NotifyTenants: 'rightsNotifyTenants',
      Deliver: 'rightsDeliver',
      Close: 'rightsClose',
      RecordFailure: 'rightsRecordFailure',
    },
  },
} as const satisfies Record<string, { id: string; tasks: Record<string, string> }>;

export type StateMachineName = keyof typeof STATE_MACHINES;

export function stateMachineName(stage: Config['stage'], sm: StateMachineName): string {
  return `adwarden-${stage}-${STATE_MACHINES[sm].id}`;
}

/**
 * The metrics of data-subject requests (Powertools Metrics, EMF): counts and durations only.
 * The handlers publish them under `namespace` with the one dimension `service`; the rights stack
 * alarms on the same names.
 */
export const RIGHTS_METRICS = {
  namespace: 'adwarden',
  /** Open requests within five days of their deadline (the deadline watcher, hourly). */
  nearDue: 'RequestsNearDue',
  /** Open requests past their deadline. */
  overdue: 'RequestsOverdue',
  /** Open requests older than our one-week target. */
  pastTarget: 'RequestsPastTarget',
  /** Open requests (the watcher adds a `state` dimension to these). */
  open: 'RequestsOpen',
  /** 1 per run of the watcher: its absence is alarmed too. */
  watchRuns: 'DeadlineWatchRuns',
  /** At close: how long the request took, and whether it missed our target or the deadline. */
  tookSeconds: 'RequestDurationSeconds',
  closedPastTarget: 'RequestsClosedPastTarget',
  closedPastDeadline: 'RequestsClosedPastDeadline',
} as const;

export function rightsMetricsService(stage: Config['stage']): string {
  return `adwarden-${stage}-rights`;
}

/** A task of the data-subject rights workflow (lib/stacks/rights-stack.ts). */
function rightsTask(id: string, entry: string, platformTables: readonly PlatformTableName[], readsTenantData: boolean) {
  return {
    id,
    area: 'rights',
    entry,
    timeoutSeconds: 120,
    memoryMb: 512,
    trigger: { kind: 'task', stateMachine: 'rights' },
    sendsTo: [],
    platformTables,
    writesTenantData: false,
    readsTenantData,
    browser: false,
  } as const satisfies FunctionDecl;
}

/** A public route of the data-subject portal: no login, its own limits. */
function rightsRoute(id: string, entry: string) {
  return {
    id,
    area: 'rights',
    entry,
    timeoutSeconds: 15,
    memoryMb: 512,
    trigger: { kind: 'api' },
    sendsTo: [],
    platformTables: ['dsarRequests', 'suppression'],
    writesTenantData: false,
    readsTenantData: false,
    browser: false,
  } as const satisfies FunctionDecl;
}

/** An API function: triggered by its routes, writes the audit log, reads one tenant's data through its read role. */
function apiFunction(id: string, entry: string, readsTenantData: boolean) {
  return {
    id,
    area: 'api',
    entry,
    timeoutSeconds: 15,
    memoryMb: 512,
    trigger: { kind: 'api' },
    sendsTo: [],
    platformTables: ['auditLog'],
    writesTenantData: false,
    readsTenantData,
    browser: false,
  } as const satisfies FunctionDecl;
}

export type FunctionName = keyof typeof FUNCTIONS;

// ---------------------------------------------------------------------------------------
// HTTP routes. API Gateway (lib/stacks/api-stack.ts) and the local API server
// (local/api/server.ts) are both built from this list, so a route exists in both or in neither.

/** Cognito groups. `tenant-admin` may do everything an `analyst` may, plus read the audit trail. */
export const USER_GROUPS = ['tenant-admin', 'analyst'] as const;
export type UserGroup = (typeof USER_GROUPS)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDecl {
  readonly method: HttpMethod;
  /** API Gateway resource path, path parameters in braces: `/v1/ads/{adId}`. */
  readonly path: string;
  /** The function (a key of FUNCTIONS, trigger `api`) that answers it. */
  readonly function: FunctionName;
  /**
   * `cognito`: a valid ID token of the user pool is required (the Cognito authorizer in AWS,
   * aws-jwt-verify locally); the handler gets its claims in requestContext.authorizer.claims.
   * `public`: no authorizer (e.g. the data-subject request form, the OpenAPI document).
   */
  readonly auth: 'cognito' | 'public';
  /** With `cognito`: the caller must be in one of these groups (checked by the handler). Empty: any user. */
  readonly groups: readonly UserGroup[];
  /** Query-string parameters API Gateway's request validator insists on (true = required). */
  readonly query?: Readonly<Record<string, boolean>>;
  /** Per-method throttling (steady requests per second, burst). */
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
}

const READ_THROTTLE = { rateLimit: 20, burstLimit: 40 } as const;
const RIGHTS_THROTTLE = { rateLimit: 5, burstLimit: 10 } as const;

export const ROUTES = [
  { method: 'GET', path: '/v1/search', function: 'searchAds', auth: 'cognito', groups: [], query: { kind: true, q: true, cursor: false, limit: false }, throttle: READ_THROTTLE },
  { method: 'GET', path: '/v1/ads/{adId}', function: 'getAd', auth: 'cognito', groups: [], throttle: READ_THROTTLE },
  { method: 'GET', path: '/v1/sources', function: 'listSources', auth: 'cognito', groups: [], throttle: READ_THROTTLE },
  { method: 'GET', path: '/v1/audit', function: 'listAudit', auth: 'cognito', groups: ['tenant-admin'], query: { from: false, to: false, cursor: false, limit: false }, throttle: { rateLimit: 5, burstLimit: 10 } },
  { method: 'GET', path: '/v1/openapi.json', function: 'getOpenapi', auth: 'public', groups: [], throttle: { rateLimit: 5, burstLimit: 10 } },
  // Data subjects (issue 10): public, tightly throttled; the handlers add per-IP and per-identifier limits.
  { method: 'POST', path: '/v1/requests', function: 'rightsSubmit', auth: 'public', groups: [], throttle: RIGHTS_THROTTLE },
  { method: 'GET', path: '/v1/requests/confirm', function: 'rightsConfirm', auth: 'public', groups: [], query: { token: true }, throttle: RIGHTS_THROTTLE },
  { method: 'GET', path: '/v1/requests/{id}/status', function: 'rightsStatus', auth: 'public', groups: [], query: { token: true }, throttle: RIGHTS_THROTTLE },
  { method: 'POST', path: '/v1/requests/{id}/phone', function: 'rightsProvePhone', auth: 'public', groups: [], query: { token: true }, throttle: RIGHTS_THROTTLE },
  { method: 'GET', path: '/rights', function: 'rightsPortal', auth: 'public', groups: [], throttle: READ_THROTTLE },
  { method: 'GET', path: '/v1/requests/{id}/export', function: 'rightsExport', auth: 'public', groups: [], query: { token: true }, throttle: RIGHTS_THROTTLE },
] as const satisfies readonly RouteDecl[];

/** Where the static portal page is served (API Gateway and the local server). */
export const PORTAL_PATH = '/rights';

/** The routes as plain declarations (for code that adds routes of its own or iterates them). */
export function routes(): readonly RouteDecl[] {
  return ROUTES;
}

/** SQS visibility must outlast the consumer: AWS recommends 6x the function timeout. */
export function visibilityTimeoutSeconds(queue: QueueName): number {
  const consumers = Object.values(FUNCTIONS as Record<string, FunctionDecl>).filter(
    (f) => f.trigger.kind === 'queue' && f.trigger.queue === queue,
  );
  return 6 * Math.max(30, ...consumers.map((f) => f.timeoutSeconds));
}

export function queueName(stage: Config['stage'], queue: QueueName, dlq = false): string {
  return `adwarden-${stage}-${QUEUES[queue].id}${dlq ? '-dlq' : ''}`;
}

export function functionName(stage: Config['stage'], fn: FunctionName): string {
  return `adwarden-${stage}-${FUNCTIONS[fn].id}`;
}

/**
 * What a function needs at run time, passed as environment variables by CDK and as a plain
 * object by the local runtime: the composition root reads only this.
 */
export const ENV = {
  stage: 'ADWARDEN_STAGE',
  queueUrl: (q: QueueName) => `ADWARDEN_QUEUE_${QUEUES[q].id.replace(/-/g, '_').toUpperCase()}`,
  table: (t: PlatformTableName) => `ADWARDEN_TABLE_${PLATFORM_TABLES[t].id.replace(/-/g, '_').toUpperCase()}`,
  platformKeyId: 'ADWARDEN_PLATFORM_KEY_ID',
  /** JSON map tenantId -> { roleArn (the tenant's write role for collection, read role for the API/rights), keyId (its key's alias ARN), table } for tenants this function writes to or reads from. */
  tenants: 'ADWARDEN_TENANTS',
  /** The Cognito user pool (account hygiene; the API gets verified claims from the authorizer). */
  userPoolId: 'ADWARDEN_USER_POOL_ID',
  /** Days without sign-in after which an account is disabled. */
  inactiveDays: 'ADWARDEN_INACTIVE_DAYS',
  /** The public base URL of the API, for links in e-mails (rights). */
  publicBaseUrl: 'ADWARDEN_PUBLIC_BASE_URL',
  /** The rights state machine, started when a request is confirmed. */
  stateMachineArn: 'ADWARDEN_STATE_MACHINE_ARN',
  /** The verified SES sender of data-subject mail. */
  mailFrom: 'ADWARDEN_MAIL_FROM',
} as const;

// ---------------------------------------------------------------------------------------
// Identities and key use (decision 1). Names and ARNs are computed here, not exported by one
// stack and imported by another, so removing a tenant never leaves a dangling import.

/** The execution role of a function has the function's name (every stack that adds functions uses this). */
export function functionRoleName(stage: Config['stage'], decl: Pick<FunctionDecl, 'id'>): string {
  return `adwarden-${stage}-${decl.id}`;
}

export type TenantAccess = 'write' | 'read';

/** Per tenant: `write` for collection (no reads of ads, no general decrypt), `read` for the API and the rights workflow. */
export function tenantRoleName(stage: Config['stage'], tenant: Pick<Tenant, 'id'>, access: TenantAccess): string {
  return `adwarden-${stage}-tenant-${tenant.id}-${access}`;
}

export function platformKeyAlias(stage: Config['stage']): string {
  return `alias/adwarden-${stage}-platform`;
}

/**
 * The encryption context every wrapped index key carries, and that the key policies and role
 * policies require before they let anyone but a reader decrypt with a key:
 * `{ purpose: 'index-key', tenant: <tenantId> }`; the platform's own index key (suppression
 * list) uses tenant `platform`. See docs/data-model.md "Who may use which key".
 */
export const INDEX_KEY_PURPOSE = 'index-key';
export const PLATFORM_INDEX_KEY_TENANT = 'platform';

/** Partition of the key items in a tenant table; the write role may read them but never write or delete them. */
export const KEY_ITEM_PARTITION = 'META';

/** The declarations of a topology that match (e.g. the functions a tenant role trusts). */
export function functionsWhere(
  pred: (decl: FunctionDecl) => boolean,
  functions: Readonly<Record<string, FunctionDecl>> = FUNCTIONS,
): FunctionDecl[] {
  return Object.values(functions).filter(pred);
}

/**
 * Dead-letter queues that are not a job queue's redrive target: one per kind of failure, so
 * redriving a queue sends each message back where it came from (a job-queue DLQ redrives to
 * its job queue; these are re-invoked by an operator). See docs/operations.md if present.
 */
export const FAILURE_QUEUES = {
  /** EventBridge Scheduler could not invoke the schedule function (the body is the schedule's input). */
  schedulerTarget: { id: 'scheduler-target-dlq' },
  /** An asynchronous invocation of a function failed after Lambda's own retries. */
  asyncInvoke: { id: 'async-invoke-dlq' },
} as const;

export type FailureQueueName = keyof typeof FAILURE_QUEUES;

export function failureQueueName(stage: Config['stage'], q: FailureQueueName): string {
  return `adwarden-${stage}-${FAILURE_QUEUES[q].id}`;
}

// ---------------------------------------------------------------------------------------
// Deploy-time provisioning (issue 9 point 7): not part of the pipeline, so not in FUNCTIONS.
// The data stack runs it as a CloudFormation custom resource, one per tenant and one for the
// platform, to create each index key exactly once (lib/constructs/index-key-provisioning.ts).

/** The function that creates missing index keys during `cdk deploy`. */
export const INDEX_KEY_PROVISIONER = {
  id: 'index-key-provisioner',
  entry: 'lambdas/handlers/provision/index-key.ts',
  memoryMb: 256,
  timeoutSeconds: 120,
} as const;

/**
 * The role the provisioner assumes to create ONE index key: per tenant (`tenant` given) or the
 * platform's. It may create that key item and generate that data key, nothing else.
 */
export function provisionRoleName(stage: Config['stage'], tenant?: Pick<Tenant, 'id'>): string {
  return tenant ? `adwarden-${stage}-tenant-${tenant.id}-provision` : `adwarden-${stage}-platform-provision`;
}
