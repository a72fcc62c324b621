/**
 * The customer-facing subcommands of `adwarden`:
 *   users create --tenant <id> --email <e> [--group analyst|tenant-admin]
 *   login [--email <e>]                      password, then TOTP; tokens in a 0600 file
 *   search --phone|--email|--vin|--plate|--name|--nickname|--address <value> [--json] [--cursor <c>]
 *   audit verify --tenant <id>
 */
import { randomBytes } from 'node:crypto';
import { CognitoIdentityProviderClient, SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Command } from 'commander';
import qrcode from 'qrcode-terminal';
import { z } from 'zod';
import { loadConfig } from '../lib/config.js';
import { USER_GROUPS } from '../lib/topology.js';
import { DynamoDbAuditLog } from '../lambdas/adapters/aws/dynamodb-audit-log.js';
import { verifyChain } from '../lambdas/query/audit.js';
import { readApiState, readSession, stateDir, writeSession, type ApiState } from './api-state.js';
import { adminCreateUser, enrolTotp, generatePassword, signIn } from './cognito-auth.js';

export interface ApiCliIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks one question; `hidden` for secrets (no echo on a terminal). */
  ask(question: string, opts?: { hidden?: boolean }): Promise<string>;
}

/** Bad input or a refused request: one line on stderr, exit 2 (usage) or 1 (refused). */
export class ApiCliError extends Error {
  override readonly name = 'ApiCliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

const LOCAL = { accessKeyId: 'local', secretAccessKey: 'local' };

function cognito(state: ApiState): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: state.region,
    ...(state.cognitoEndpoint ? { endpoint: state.cognitoEndpoint, credentials: LOCAL } : {}),
  });
}

function qr(text: string): Promise<string> {
  return new Promise((resolve) => qrcode.generate(text, { small: true }, resolve));
}

const email = z.email('--email must be an e-mail address');
const SEARCH_KINDS = ['phone', 'email', 'vin', 'plate', 'name', 'nickname', 'address'] as const;

async function usersCreate(opts: { tenant: string; email: string; group: string }, io: ApiCliIo): Promise<void> {
  const config = loadConfig();
  if (!config.tenants.some((t) => t.id === opts.tenant)) throw new ApiCliError(`no tenant "${opts.tenant}" in the config`, 2);
  const addr = email.safeParse(opts.email);
  if (!addr.success) throw new ApiCliError(addr.error.issues[0]!.message, 2);
  const group = z.enum(USER_GROUPS).safeParse(opts.group);
  if (!group.success) throw new ApiCliError(`--group must be one of ${USER_GROUPS.join(', ')}`, 2);
  const state = readApiState(stateDir());
  const client = cognito(state);
  const password = generatePassword(randomBytes);
  await adminCreateUser(client, state.userPoolId, { email: addr.data, tenantId: opts.tenant, group: group.data, password });
  let enrolment;
  if (state.enrolClientId) {
    // cognito-local: enrol while MFA is OPTIONAL, then back ON (ARCHITECTURE.md).
    const mfa = (m: 'ON' | 'OPTIONAL') =>
      client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: state.userPoolId, MfaConfiguration: m, SoftwareTokenMfaConfiguration: { Enabled: true } }));
    await mfa('OPTIONAL');
    try {
      enrolment = await enrolTotp(client, state.enrolClientId, addr.data, password);
    } finally {
      await mfa('ON');
    }
  } else {
    enrolment = await enrolTotp(client, state.clientId, addr.data, password);
  }
  io.out(
    [
      `user created: ${addr.data} (tenant ${opts.tenant}, group ${group.data})`,
      `password: ${password}`,
      'TOTP (add to an authenticator app; give it to the user over a trusted channel, it is shown once):',
      enrolment.uri,
      await qr(enrolment.uri),
      '',
    ].join('\n'),
  );
}

async function login(opts: { email?: string }, io: ApiCliIo): Promise<void> {
  const dir = stateDir();
  const state = readApiState(dir);
  const user = opts.email ?? (await io.ask('e-mail: '));
  const addr = email.safeParse(user.trim());
  if (!addr.success) throw new ApiCliError('not an e-mail address', 2);
  const password = await io.ask('password: ', { hidden: true });
  const tokens = await signIn(cognito(state), state.clientId, addr.data, password, () => io.ask('TOTP code: '));
  const file = writeSession(dir, { email: addr.data, apiUrl: state.apiUrl, ...tokens });
  io.out(`signed in as ${addr.data}; session in ${file} (expires ${new Date(tokens.expiresAt).toISOString()})\n`);
}

interface AdView {
  adId: string;
  sourceId: string;
  url: string;
  firstSeen: string;
  lastSeen: string;
  identifiers: { kind: string; value: string; origin: string }[];
}

function table(items: AdView[], next: string | undefined): string {
  if (items.length === 0) return 'no ads found\n';
  const lines: string[] = [];
  for (const ad of items) {
    lines.push(`ad ${ad.adId}  ${ad.sourceId}  last seen ${ad.lastSeen}  first seen ${ad.firstSeen}`);
    lines.push(`  ${ad.url}`);
    for (const i of ad.identifiers) lines.push(`  ${i.kind.padEnd(9)} ${i.value.padEnd(36)} ${i.origin}`);
    lines.push('');
  }
  lines.push(`${items.length} ad${items.length === 1 ? '' : 's'}${next ? ` (more: --cursor ${next})` : ''}`);
  return `${lines.join('\n')}\n`;
}

async function search(opts: Record<string, string | boolean | undefined>, io: ApiCliIo): Promise<void> {
  const given = SEARCH_KINDS.filter((k) => typeof opts[k] === 'string');
  if (given.length !== 1) throw new ApiCliError(`give exactly one of ${SEARCH_KINDS.map((k) => `--${k}`).join(', ')}`, 2);
  const kind = given[0]!;
  const session = readSession(stateDir());
  const url = new URL('/v1/search', session.apiUrl);
  url.searchParams.set('kind', kind);
  url.searchParams.set('q', opts[kind] as string);
  if (typeof opts.cursor === 'string') url.searchParams.set('cursor', opts.cursor);
  const res = await fetch(url, { headers: { authorization: session.idToken, accept: 'application/json' } });
  const body = (await res.json()) as { items?: AdView[]; next?: string; detail?: string; title?: string };
  if (!res.ok) throw new ApiCliError(`${res.status} ${body.title ?? ''}: ${body.detail ?? ''}`.trim());
  io.out(opts.json ? `${JSON.stringify(body)}\n` : table(body.items ?? [], body.next));
}

async function auditVerify(opts: { tenant: string }, io: ApiCliIo): Promise<void> {
  const config = loadConfig();
  if (!config.tenants.some((t) => t.id === opts.tenant)) throw new ApiCliError(`no tenant "${opts.tenant}" in the config`, 2);
  const state = readApiState(stateDir());
  const ddb = new DynamoDBClient({
    region: state.region,
    ...(state.dynamodbEndpoint ? { endpoint: state.dynamodbEndpoint, credentials: LOCAL } : {}),
  });
  try {
    const r = await verifyChain(new DynamoDbAuditLog(DynamoDBDocumentClient.from(ddb), state.auditTable), opts.tenant);
    if (r.ok) {
      io.out(`audit trail of ${opts.tenant}: ${r.records} records, chain intact\n`);
      return;
    }
    io.out(`audit trail of ${opts.tenant}: ${r.records} records, ${r.problems.length} problem(s)\n`);
    for (const p of r.problems) io.out(`  record ${p.seq}: ${p.problem}\n`);
    throw new ApiCliError('the audit trail has been tampered with');
  } finally {
    ddb.destroy();
  }
}

export function addApiCommands(program: Command, io: ApiCliIo): void {
  const users = program.command('users').description('manage API users (admin credentials)');
  users
    .command('create')
    .description('create a user of a tenant, enrol TOTP, print the password and the otpauth URI + QR code')
    .requiredOption('--tenant <id>', 'tenant id (becomes the immutable custom:tenantId)')
    .requiredOption('--email <e-mail>', "the user's e-mail (their user name)")
    .option('--group <group>', `${USER_GROUPS.join(' | ')}`, 'analyst')
    .action((o: { tenant: string; email: string; group: string }) => usersCreate(o, io));

  program
    .command('login')
    .description('sign in with password and TOTP; keeps the tokens in .adwarden/session.json (mode 0600)')
    .option('--email <e-mail>', 'your e-mail')
    .action((o: { email?: string }) => login(o, io));

  const s = program.command('search').description("search your tenant's ads by one identifier");
  for (const k of SEARCH_KINDS) s.option(`--${k} <value>`, `by ${k}`);
  s.option('--cursor <cursor>', 'the next page of a previous search').option('--json', 'print the API answer as JSON');
  s.action((o: Record<string, string | boolean | undefined>) => search(o, io));

  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description("check a tenant's hash chain: reports deleted, altered or reordered records")
    .requiredOption('--tenant <id>', 'tenant id')
    .action((o: { tenant: string }) => auditVerify(o, io));
}
