/**
 * Pending invitations in the member lists (R3, R4, R24): who invited and when, Resend, and Revoke
 * after its dry run — on Application Roles and on a project's members, on a laptop and a phone.
 */
import { getProduct, viewerProjectRole } from '@loome/roles-core';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findSeriousViolations } from './axe.js';
import { memberRow } from './portal-steps.js';
import type { PortalStack } from './portal-stack.js';
import { saveScreenshot } from './screenshots.js';
import { VIEWPORTS } from './viewports.js';

interface Input {
  ctx: PortalStack;
  portal: string;
  portalDir: string;
}

/** The two member lists a pending user shows in: the consumer role, or the project they were invited into. */
const LISTS = ['Application Roles', 'project'] as const;

async function mailsTo({ ctx, email }: { ctx: PortalStack; email: string }): Promise<number> {
  const outbox = await ctx.stack.platform<{ items: { to: string; tenantId: string }[] }>({ method: 'GET', path: '/api/v1/outbox' });
  return outbox.items.filter((mail) => mail.to === email && mail.tenantId === ctx.tenantId).length;
}

/** Nothing reaches past the right edge of the screen: the row's actions are in reach. */
async function rightEdgeOf({ page, name }: { page: Page; name: string }) {
  const box = await page.getByRole('button', { name }).first().boundingBox();
  return box ? box.x + box.width : Number.POSITIVE_INFINITY;
}

/** Invites the address as a consumer, and into a new project with its lowest role (R16a); answers the project page's address. */
async function inviteIntoProject({
  ctx,
  portal,
  email,
  projectName,
}: {
  ctx: PortalStack;
  portal: string;
  email: string;
  projectName: string;
}): Promise<string> {
  const admin = await ctx.stack.restAs({ email: ctx.admin.email });
  const base = `/api/v1/tenants/${ctx.tenantId}`;
  await admin({ method: 'POST', path: `${base}/roles/consumer/members`, body: { kind: 'user', emails: email } });
  const project = await admin<{ id: string }>({ method: 'POST', path: `${base}/projects`, body: { name: projectName } });
  const role = viewerProjectRole({ product: getProduct(portal)! });
  await admin({ method: 'POST', path: `${base}/projects/${project.id}/members`, body: { kind: 'user', emails: email, role } });
  return `${ctx.stack.portalUrl}/t/${ctx.tenantId}/projects/${project.id}`;
}

async function openList({ ctx, page, list, projectUrl }: { ctx: PortalStack; page: Page; list: (typeof LISTS)[number]; projectUrl: string }) {
  if (list === 'project') {
    await page.goto(projectUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
  } else {
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/roles?role=consumer`);
    await page.getByRole('table', { name: 'Members of Consumer' }).waitFor();
  }
}

export function registerInvitationScenarios({ ctx, portal, portalDir }: Input) {
  for (const { name, size } of VIEWPORTS) {
    for (const list of LISTS) {
      it(`R3, R24 (${name}, ${list}): a pending user reads "Invited <date> by <who>"; Resend mails the invitation again and a toast says so`, async () => {
        const invitee = `resend-${name}-${list.split(' ')[0]!.toLowerCase()}@e2e.example`;
        const projectUrl = await inviteIntoProject({ ctx, portal, email: invitee, projectName: `Resend ${name} ${list}` });
        const { page } = ctx.admin;
        await page.setViewportSize(size);
        await openList({ ctx, page, list, projectUrl });
        const row = memberRow({ page, email: invitee }).first();
        expect(await row.textContent()).toMatch(new RegExp(`Invited\\s+\\S.*\\s+by\\s+${ctx.admin.email.replace(/\./g, '\\.')}`));
        expect(await rightEdgeOf({ page, name: `Resend the invitation of` })).toBeLessThanOrEqual(size.width);
        expect(await rightEdgeOf({ page, name: `Revoke the invitation of` })).toBeLessThanOrEqual(size.width);
        const mailsBefore = await mailsTo({ ctx, email: invitee });

        await row.getByRole('button', { name: /^Resend the invitation/ }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `The invitation was sent again to ${invitee}.` })
          .waitFor();
        expect(await mailsTo({ ctx, email: invitee })).toBe(mailsBefore + 1);
        expect(await findSeriousViolations({ page })).toEqual([]);
      });

      it(`R3, R12 (${name}, ${list}): Revoke first says what it takes back, then removes the pending user from the tenant; the dialog passes axe`, async () => {
        const invitee = `revoke-${name}-${list.split(' ')[0]!.toLowerCase()}@e2e.example`;
        const projectName = `Revoke ${name} ${list}`;
        const projectUrl = await inviteIntoProject({ ctx, portal, email: invitee, projectName });
        const { page } = ctx.admin;
        await page.setViewportSize(size);
        await openList({ ctx, page, list, projectUrl });
        const mailsBefore = await mailsTo({ ctx, email: invitee });

        await memberRow({ page, email: invitee })
          .first()
          .getByRole('button', { name: /^Revoke the invitation/ })
          .click();
        const dialog = page.getByRole('alertdialog');
        await expect.poll(() => dialog.textContent()).toContain(`Removes ${invitee} from Consumer and from 1 project role (${projectName}:`);
        expect(await dialog.textContent()).toContain(`${invitee} has not signed in yet.`);
        expect(await findSeriousViolations({ page })).toEqual([]);
        // One picture a size: the laptop's Application Roles, the phone's project page.
        if ((name === 'desktop') === (list === 'Application Roles')) await saveScreenshot({ page, portal, name: `revoke-invitation-${name}`, from: portalDir });
        await dialog.getByRole('button', { name: 'Revoke invitation' }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.getByRole('status').filter({ hasText: 'was revoked; they were removed from the tenant.' }).waitFor();
        await expect.poll(() => memberRow({ page, email: invitee }).count()).toBe(0);

        const admin = await ctx.stack.restAs({ email: ctx.admin.email });
        const users = await admin<{ items: { email: string }[] }>({
          method: 'GET',
          path: `/api/v1/tenants/${ctx.tenantId}/users?email=${encodeURIComponent(invitee)}`,
        });
        expect(users.items).toEqual([]);
        expect(await mailsTo({ ctx, email: invitee })).toBe(mailsBefore);
      });
    }
  }
}
