import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

interface Received {
  to: string[];
  raw: string;
}

const received: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      // Undo quoted-printable soft line breaks so links read whole.
      const raw = Buffer.concat(chunks).toString('utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
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

async function waitFor<T>(find: () => T | undefined): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Timed out waiting for mail');
}

// The port is known only once the server listens, so the config reads it lazily through a getter.
const config = {
  get smtpUrl() {
    return `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  },
  portalUrls: { monitor: 'https://monitor.example.test' },
};

describeOnEachDatabase(
  'invitation mail over SMTP',
  (get) => {
    it('R3: an invited user receives mail with a link to the product portal, sent only after the change commits', async () => {
      const s = get();
      const tenantId = await s.tenant({ product: 'monitor', administrators: ['mail-admin@x.test'] });
      const admin = await s.signIn('mail-admin@x.test');
      const refused = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'never@x.test; bad entry' }, admin);
      expect(refused.status).toBe(400);
      const invitee = `invitee-${s.api.database.name}@x.test`;
      await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: invitee }, admin);
      const mail = await waitFor(() => received.find((m) => m.to.includes(invitee)));
      // The tenant's own address: the portal opens the page of the invitee's work there.
      expect(mail.raw).toMatch(new RegExp(`https://monitor\\.example\\.test/t/${tenantId}\\s`));
      expect(received.some((m) => m.to.includes('never@x.test'))).toBe(false);
    });
  },
  { config },
);
