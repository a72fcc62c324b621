/**
 * The local stand-in for SES and SNS: each message is one RFC 5322 `.eml` file under
 * `.adwarden/outbox/` (SMS too, marked as such), plus one log line with the link, so a person
 * running `npm start` can click it. The log line names the kind of message and its file, never
 * the recipient or the text.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Messenger, OutgoingMessage } from '../../rights/ports.js';

export class FileOutbox implements Messenger {
  constructor(
    readonly dir: string,
    private readonly log: (line: string) => void = () => {},
    private readonly from = 'adwarden <no-reply@adwarden.localhost>',
  ) {}

  async send(m: OutgoingMessage): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const id = randomUUID();
    const file = join(this.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${m.kind}-${id.slice(0, 8)}.eml`);
    const eml = [
      `From: ${this.from}`,
      `To: ${m.channel === 'sms' ? `sms:${m.to}` : m.to}`,
      `Subject: ${encodeHeader(m.subject)}`,
      `Message-ID: <${id}@adwarden.localhost>`,
      `Date: ${new Date().toUTCString()}`,
      `X-Adwarden-Kind: ${m.kind}`,
      `X-Adwarden-Channel: ${m.channel}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      m.text,
    ].join('\r\n');
    await writeFile(file, eml, { mode: 0o600 });
    this.log(`outbox: ${m.kind} ${m.channel} -> ${file}${m.link ? ` link: ${m.link}` : ''}`);
  }
}

/** RFC 2047 encoded-word for non-ASCII subjects. */
function encodeHeader(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

export interface OutboxMessage {
  readonly file: string;
  readonly to: string;
  readonly kind: string;
  readonly subject: string;
  readonly text: string;
  readonly links: string[];
}

/** Reads the outbox back (tests, and the walk-through in the README). */
export async function readOutbox(dir: string): Promise<OutboxMessage[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    files.map(async (f) => {
      const raw = await readFile(join(dir, f), 'utf8');
      const [head = '', ...body] = raw.split('\r\n\r\n');
      const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(head)?.[1] ?? '';
      const subject = header('Subject');
      const decoded = subject.startsWith('=?UTF-8?B?') ? Buffer.from(subject.slice(10, -2), 'base64').toString('utf8') : subject;
      const text = body.join('\r\n\r\n');
      return { file: join(dir, f), to: header('To'), kind: header('X-Adwarden-Kind'), subject: decoded, text, links: text.match(/https?:\/\/\S+/g) ?? [] };
    }),
  );
}
