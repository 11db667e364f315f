import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';
import { useSmtpCapture } from './harness/smtp-capture.js';

const smtp = useSmtpCapture();
const config = {
  get smtpUrl() {
    return smtp.smtpUrl;
  },
};

interface Member {
  principalId: string;
  email: string | null;
  status: string | null;
  invitedAt: string | null;
  invitedBy: { kind: string; name: string; email: string | null } | null;
}

/** One address per database run: both runs share the SMTP server. */
const unique = (s: Scenario, local: string) => `${local}-${s.api.database.name}@inv.test`;

/** A fresh tenant of the product, and its administrator signed in. */
async function managedTenant(
  s: Scenario,
  { product, prefix, orgId, roleModel }: { product: string; prefix: string; orgId?: string; roleModel?: 'current' | 'legacy' },
) {
  const admin = unique(s, `${prefix}-admin`);
  const tenantId = await s.tenant({ product, administrators: [admin], ...(orgId ? { orgId } : {}), ...(roleModel ? { roleModel } : {}) });
  return { admin, tenantId, token: await s.signIn(admin) };
}

async function roleMember(s: Scenario, tenantId: string, roleId: string, email: string, token: string): Promise<Member | undefined> {
  const page = await s.http.get(`/api/v1/tenants/${tenantId}/roles/${roleId}/members?q=${encodeURIComponent(email)}`, { token });
  expect(page.status).toBe(200);
  return (page.body.items as Member[]).find((member) => member.email === email);
}

async function listedUser(s: Scenario, tenantId: string, email: string, token: string): Promise<Member | undefined> {
  const page = await s.http.get(`/api/v1/tenants/${tenantId}/users?email=${encodeURIComponent(email)}`, { token });
  expect(page.status).toBe(200);
  return (page.body.items as Member[]).find((user) => user.email === email);
}

async function mailsTo(s: Scenario, tenantId: string, email: string): Promise<number> {
  return (await s.outbox()).filter((mail) => mail.to === email && mail.tenantId === tenantId).length;
}

async function auditActions(
  s: Scenario,
  tenantId: string,
  token: string,
): Promise<{ action: string; target: string; actor: { email?: string }; before: unknown; after: unknown }[]> {
  const events = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?limit=100`, { token });
  expect(events.status).toBe(200);
  return events.body.items;
}

const resend = (s: Scenario, tenantId: string, principalId: string, token: string) =>
  s.http.post(`/api/v1/tenants/${tenantId}/invitations/${principalId}/resend`, undefined, { token });
const revoke = (s: Scenario, tenantId: string, principalId: string, token: string) =>
  s.http.delete(`/api/v1/tenants/${tenantId}/invitations/${principalId}`, { token });

describeOnEachDatabase(
  'invitations: who invited and when, resend, revoke',
  (get) => {
    it('R3: an invitation records when and by whom; role lists, project lists and the users list show it for pending users only', async () => {
      const s = get();
      const { admin, tenantId, token } = await managedTenant(s, { product: 'integrate', prefix: 'who' });
      const started = new Date().toISOString();
      const invitee = unique(s, 'who-invitee');
      await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: invitee }, token);

      const member = await roleMember(s, tenantId, 'consumer', invitee, token);
      expect(member).toMatchObject({ status: 'User Invitation', invitedBy: { kind: 'user', email: admin } });
      expect(member!.invitedAt! >= started && member!.invitedAt! <= new Date().toISOString()).toBe(true);
      expect(await listedUser(s, tenantId, invitee, token)).toMatchObject({ invitedAt: member!.invitedAt, invitedBy: { kind: 'user', email: admin } });
      // The administrator has signed in: their own invitation is no longer one.
      expect(await roleMember(s, tenantId, 'administrator', admin, token)).toMatchObject({ status: 'User', invitedAt: null, invitedBy: null });

      // R16a: a project owner's invitation is theirs too, and the project's list shows it.
      const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Invited work' }, { token });
      const projectInvitee = unique(s, 'who-project');
      await s.http.post(`/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`, { kind: 'user', emails: projectInvitee, role: 'member' }, { token });
      const projectMembers = await s.http.get(`/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`, { token });
      const memberRole = projectMembers.body.roles.find((role: { id: string }) => role.id === 'member');
      expect(memberRole.members.items).toEqual([
        expect.objectContaining({ email: projectInvitee, invitedBy: expect.objectContaining({ kind: 'user', email: admin }), invitedAt: expect.any(String) }),
      ]);

      // An API key that manages users invites as itself, named by its description.
      const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'Provisioning job' }, { token });
      await s.addMembers(tenantId, 'administrator', { kind: 'apiKey', apiKeyIds: [key.body.id] }, token);
      const byKey = unique(s, 'who-key');
      expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: byKey }, key.body.secret)).status).toBe(201);
      expect(await roleMember(s, tenantId, 'consumer', byKey, token)).toMatchObject({ invitedBy: { kind: 'apiKey', name: 'Provisioning job', email: null } });

      // Once the invitee signs in (R4) the lists stop showing an invitation.
      await s.signIn(invitee);
      expect(await roleMember(s, tenantId, 'consumer', invitee, token)).toMatchObject({ status: 'User', invitedAt: null, invitedBy: null });
    });

    it('R3, R12: an invitation leaves with the user; back in through a group and added again without a mail, they show no date or inviter', async () => {
      const s = get();
      const grouped = unique(s, 'who-grouped');
      const orgId = await s.organization({
        directory: { users: [{ email: grouped, name: 'Grouped' }], groups: [{ id: 'inv-group', name: 'Analysts', members: [grouped] }] },
      });
      const { admin, tenantId, token } = await managedTenant(s, { product: 'integrate', prefix: 'who-group', orgId });
      await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: grouped }, token);
      expect(await roleMember(s, tenantId, 'consumer', grouped, token)).toMatchObject({ invitedBy: { email: admin } });
      await s.addMembers(tenantId, 'consumer', { kind: 'group', groupIds: ['inv-group'] }, token);
      const principalId = await s.principalIdOf(tenantId, grouped, token);
      expect((await s.http.delete(`/api/v1/tenants/${tenantId}/roles/consumer/members/${principalId}`, { token })).status).toBe(200);
      // Still in the tenant through the group (R7): added again, they are not invited again.
      await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: grouped }, token);
      expect(await roleMember(s, tenantId, 'consumer', grouped, token)).toMatchObject({ status: 'User Invitation', invitedAt: null, invitedBy: null });
      expect(await mailsTo(s, tenantId, grouped)).toBe(1);
    });

    it('R17, R18, R21: Monitor record assignees, Assist notification recipients and legacy invitees are recorded with who invited them', async () => {
      const s = get();
      const cases = [
        {
          product: 'monitor',
          roleModel: 'current' as const,
          invite: async (tenantId: string, token: string, email: string) => {
            const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Alerts' }, { token });
            expect((await s.http.post(`/api/v1/tenants/${tenantId}/projects/${project.body.id}/records`, { assigneeEmail: email }, { token })).status).toBe(
              201,
            );
          },
          roleId: 'consumer',
        },
        {
          product: 'assist',
          roleModel: 'current' as const,
          invite: async (tenantId: string, token: string, email: string) => {
            const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Desk' }, { token });
            expect((await s.http.post(`/api/v1/tenants/${tenantId}/notifications`, { emails: [email], projectId: project.body.id }, { token })).status).toBe(
              201,
            );
          },
          roleId: 'consumer',
        },
        {
          product: 'integrate',
          roleModel: 'legacy' as const,
          invite: async (tenantId: string, token: string, email: string) => {
            expect((await s.http.post(`/api/v1/tenants/${tenantId}/legacy/users`, { email, role: 'bi-user' }, { token })).status).toBe(201);
          },
          roleId: 'bi-user',
        },
      ];
      for (const { product, roleModel, invite, roleId } of cases) {
        const { admin, tenantId, token } = await managedTenant(s, { product, prefix: `paths-${product}-${roleModel}`, roleModel });
        const invitee = unique(s, `paths-${product}-${roleModel}-invitee`);
        await invite(tenantId, token, invitee);
        expect({ product, member: await roleMember(s, tenantId, roleId, invitee, token) }).toMatchObject({
          product,
          member: { status: 'User Invitation', invitedAt: expect.any(String), invitedBy: { kind: 'user', email: admin } },
        });
      }
    });

    it('R3, R24: resending mails the invitation again over SMTP, audited as its own action; the invitation keeps its date and inviter', async () => {
      const s = get();
      const { admin, tenantId, token } = await managedTenant(s, { product: 'integrate', prefix: 'resend' });
      const invitee = unique(s, 'resend-invitee');
      await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: invitee }, token);
      await smtp.waitFor((mail) => mail.to.includes(invitee));
      const before = await roleMember(s, tenantId, 'consumer', invitee, token);

      const resent = await resend(s, tenantId, before!.principalId, token);
      expect(resent.status).toBe(200);
      expect(resent.body).toEqual({ resent: { principalId: before!.principalId, email: invitee } });
      await expect.poll(() => smtp.received.filter((mail) => mail.to.includes(invitee)).length).toBe(2);
      expect(smtp.received.filter((mail) => mail.to.includes(invitee)).every((mail) => mail.raw.includes(`/t/${tenantId}`))).toBe(true);
      expect(await mailsTo(s, tenantId, invitee)).toBe(2);
      expect(await roleMember(s, tenantId, 'consumer', invitee, token)).toEqual(before);
      const [latest] = await auditActions(s, tenantId, token);
      expect(latest).toMatchObject({ action: 'invitation.resent', target: `user:${invitee}`, actor: { email: admin } });
    });

    it('R3, R12, R24: revoking removes the pending user from the tenant — application role and every project role — in one change, mails nothing, and is audited', async () => {
      const s = get();
      const { admin, tenantId, token } = await managedTenant(s, { product: 'integrate', prefix: 'revoke' });
      const invitee = unique(s, 'revoke-invitee');
      await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: invitee }, token);
      const projectIds: string[] = [];
      for (const name of ['North', 'South']) {
        const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name }, { token });
        projectIds.push(project.body.id);
        await s.http.post(`/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`, { kind: 'user', emails: invitee, role: 'contributor' }, { token });
      }
      const principalId = await s.principalIdOf(tenantId, invitee, token);
      const mailsBefore = await mailsTo(s, tenantId, invitee);

      const preview = await s.http.post(`/api/v1/tenants/${tenantId}/change-previews`, { change: 'revoke-invitation', principalId }, { token });
      expect(preview.body).toMatchObject({
        allowed: true,
        applicationRoles: { revoked: [expect.objectContaining({ email: invitee, role: 'project-creator' })] },
        invitations: [],
      });
      expect(preview.body.projectRoles.revoked.map((change: { projectName: string }) => change.projectName).sort()).toEqual(['North', 'South']);
      expect(await listedUser(s, tenantId, invitee, token)).toBeDefined();

      const revoked = await revoke(s, tenantId, principalId, token);
      expect(revoked.status).toBe(200);
      expect(revoked.body).toEqual({ revoked: { principalId } });
      expect(await listedUser(s, tenantId, invitee, token)).toBeUndefined();
      expect(await roleMember(s, tenantId, 'project-creator', invitee, token)).toBeUndefined();
      for (const projectId of projectIds) {
        const members = await s.http.get(`/api/v1/tenants/${tenantId}/projects/${projectId}/members`, { token });
        expect(members.body.roles.flatMap((role: { members: { items: Member[] } }) => role.members.items.map((member) => member.email))).toEqual([admin]);
      }
      const [latest] = await auditActions(s, tenantId, token);
      expect(latest).toMatchObject({
        action: 'invitation.revoked',
        target: `user:${invitee}`,
        before: { roles: ['project-creator'], projectRoles: expect.arrayContaining([{ projectId: projectIds[0], role: 'contributor' }]) },
        after: { roles: [], projectRoles: [], legacyRoles: [] },
      });
      expect(await mailsTo(s, tenantId, invitee)).toBe(mailsBefore);
      expect((await revoke(s, tenantId, principalId, token)).status).toBe(404);

      // Invited again, by someone else: a new invitation, with its new inviter.
      const second = unique(s, 'revoke-second-admin');
      await s.addMembers(tenantId, 'administrator', { kind: 'user', emails: second }, token);
      await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: invitee }, await s.signIn(second));
      expect(await roleMember(s, tenantId, 'consumer', invitee, token)).toMatchObject({ invitedBy: { email: second } });
      expect(await mailsTo(s, tenantId, invitee)).toBe(mailsBefore + 1);
    });

    it('R4: once the user has signed in, resend and revoke answer CONFLICT and change nothing', async () => {
      const s = get();
      const { tenantId, token } = await managedTenant(s, { product: 'assist', prefix: 'signed' });
      const invitee = unique(s, 'signed-invitee');
      await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: invitee }, token);
      const principalId = await s.principalIdOf(tenantId, invitee, token);
      await s.signIn(invitee);
      const mails = await mailsTo(s, tenantId, invitee);

      const resent = await resend(s, tenantId, principalId, token);
      expect(resent.status).toBe(409);
      expect(resent.body).toMatchObject({ code: 'CONFLICT', detail: expect.stringContaining('already signed in') });
      const revoked = await revoke(s, tenantId, principalId, token);
      expect(revoked.status).toBe(409);
      expect(revoked.body).toMatchObject({ code: 'CONFLICT', detail: expect.stringContaining('remove them from their role instead') });
      const preview = await s.http.post(`/api/v1/tenants/${tenantId}/change-previews`, { change: 'revoke-invitation', principalId }, { token });
      expect(preview.body).toMatchObject({ allowed: false, refusal: { code: 'CONFLICT' } });
      expect(await listedUser(s, tenantId, invitee, token)).toMatchObject({ status: 'User', roles: [{ role: 'consumer', via: null }] });
      expect(await mailsTo(s, tenantId, invitee)).toBe(mails);
      expect((await auditActions(s, tenantId, token)).some((event) => event.action.startsWith('invitation.re'))).toBe(false);
    });

    it('R9: resending and revoking need user management; an unknown or another tenant’s user is NOT_FOUND; nothing changes', async () => {
      const s = get();
      const { tenantId, token } = await managedTenant(s, { product: 'integrate', prefix: 'perm' });
      const creator = unique(s, 'perm-creator');
      await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: creator }, token);
      const creatorToken = await s.signIn(creator);
      // A project owner invites into their project (R16a), yet resending and revoking belong to user managers.
      const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Owned' }, { token: creatorToken });
      const invitee = unique(s, 'perm-invitee');
      await s.http.post(
        `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
        { kind: 'user', emails: invitee, role: 'member' },
        { token: creatorToken },
      );
      const principalId = await s.principalIdOf(tenantId, invitee, token);
      const mails = await mailsTo(s, tenantId, invitee);

      expect((await resend(s, tenantId, principalId, creatorToken)).status).toBe(403);
      expect((await revoke(s, tenantId, principalId, creatorToken)).status).toBe(403);
      expect((await resend(s, tenantId, principalId, 'not-a-token')).status).toBe(401);
      expect((await resend(s, tenantId, 'no-such-user', token)).status).toBe(404);
      const { tenantId: otherTenant, token: otherToken } = await managedTenant(s, { product: 'integrate', prefix: 'perm-other' });
      expect((await revoke(s, otherTenant, principalId, otherToken)).status).toBe(404);
      expect((await resend(s, otherTenant, principalId, otherToken)).status).toBe(404);

      expect(await listedUser(s, tenantId, invitee, token)).toMatchObject({ status: 'User Invitation', invitedBy: { email: creator } });
      expect(await mailsTo(s, tenantId, invitee)).toBe(mails);
    });
  },
  { config },
);
