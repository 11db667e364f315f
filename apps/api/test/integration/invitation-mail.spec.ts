import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import { useSmtpCapture } from './harness/smtp-capture.js';

const smtp = useSmtpCapture();

// The port is known only once the server listens, so the config reads it lazily through a getter.
const config = {
  get smtpUrl() {
    return smtp.smtpUrl;
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
      const mail = await smtp.waitFor((m) => m.to.includes(invitee));
      // The tenant's own address: the portal opens the page of the invitee's work there.
      expect(mail.raw).toMatch(new RegExp(`https://monitor\\.example\\.test/t/${tenantId}\\s`));
      expect(smtp.received.some((m) => m.to.includes('never@x.test'))).toBe(false);
    });
  },
  { config },
);
