import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addUsersByEmail, createProject, memberRow, offeredProjectRoles, registerProjectSettingsScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('monitor portal: project members', () => {
  const ctx = usePortalStack({ portalDir, productId: 'monitor' });
  registerProjectSettingsScenarios({ ctx, portal: 'monitor', portalDir, productId: 'monitor' });

  it('R16: the owner of a new project adds a user by email as Contributor and sees them invited', async () => {
    const { page } = ctx.admin;
    await createProject({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId, name: 'Churn results' });
    await addUsersByEmail({ page, emails: 'mira@e2e.example', projectRole: 'Contributor' });
    const contributors = page.getByRole('region', { name: 'Contributor' });
    await expect.poll(() => memberRow({ page: contributors, email: 'mira@e2e.example' }).textContent()).toContain('User Invitation');
  });

  it('R17: Limited Member is listed on the project but never offered in the role picker', async () => {
    const { page } = ctx.admin;
    await createProject({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId, name: 'Fraud results' });
    await page.getByRole('heading', { name: 'Limited Member', level: 2 }).waitFor();
    const offered = await offeredProjectRoles({ page });
    expect(offered).toEqual(expect.arrayContaining(['Owner', 'Contributor', 'Member']));
    expect(offered).not.toContain('Limited Member');
  });
});
