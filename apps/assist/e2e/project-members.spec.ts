import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  addUsersByEmail,
  chooseRoleTab,
  createProject,
  memberRow,
  openApplicationRoles,
  registerProjectSettingsScenarios,
  usePortalStack,
} from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('assist portal: project members', () => {
  const ctx = usePortalStack({ portalDir, productId: 'assist' });
  registerProjectSettingsScenarios({ ctx, portal: 'assist', portalDir, productId: 'assist' });

  it('R16a: a user added to a project by email is listed with that role as User Invitation and becomes a Consumer', async () => {
    const { page } = ctx.admin;
    const email = 'noor@e2e.example';
    await createProject({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId, name: 'Support assistant' });
    await addUsersByEmail({ page, emails: email, projectRole: 'Reader' });
    const readers = page.getByRole('region', { name: 'Reader' });
    await expect.poll(() => memberRow({ page: readers, email }).textContent()).toContain('User Invitation');

    await openApplicationRoles({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId });
    await chooseRoleTab({ page, label: 'Consumer' });
    await expect.poll(() => memberRow({ page, email }).count()).toBe(1);
  });
});
