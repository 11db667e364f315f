/**
 * A real SMTP server on loopback that keeps what it receives: the API delivers mail to it exactly
 * as to a production relay. Registers the hooks that start and stop it.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface SmtpCapture {
  received: ReceivedMail[];
  /** Known once the server listens, so an API config reads it lazily. */
  readonly smtpUrl: string;
  /** The first mail `find` accepts, waiting up to five seconds for it. */
  waitFor: (find: (mail: ReceivedMail) => boolean) => Promise<ReceivedMail>;
}

export function useSmtpCapture(): SmtpCapture {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        // Undo quoted-printable soft line breaks so links read whole.
        const raw = Buffer.concat(chunks)
          .toString('utf8')
          .replace(/=\r?\n/g, '')
          .replace(/=3D/g, '=');
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
        callback();
      });
    },
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    received,
    get smtpUrl() {
      return `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    },
    async waitFor(find) {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const found = received.find(find);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('Timed out waiting for mail');
    },
  };
}
