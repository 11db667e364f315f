import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTestTenant, DESKTOP, findSeriousViolations, usePortalStack, VIEWPORTS } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('integrate portal: legacy Manage Users and migration', () => {
  const ctx = usePortalStack({ portalDir, productId: 'integrate', tenant: { roleModel: 'legacy' } });

  it('R21, R22: the migration dry run shows each user’s gains and losses before anything is applied', async () => {
    const { page } = ctx.admin;
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/manage-users`);
    await page.getByLabel('Emails to invite').fill('bia@e2e.example');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'BI User' });
    await page.getByRole('button', { name: 'Invite' }).click();
    // The role by its label, never its id (issue 17).
    await page.getByRole('status').filter({ hasText: 'bia@e2e.example was invited as BI User.' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'bia@e2e.example' }).waitFor();
    // A department nobody belongs to still becomes a project, and the report names it.
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/departments`, body: { name: 'Archive' } });

    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/migration`);
    await page.getByText('This is a dry run').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'bia@e2e.example' });
    const cells = row.getByRole('cell');
    // Columns: user, legacy role, new roles, gains, losses. Reports have no counterpart in the new roles.
    await expect.poll(() => cells.nth(4).textContent()).toContain('View reports and data currency');
    // Roles by their labels, as everywhere a person reads (issue 17).
    expect(await cells.nth(1).textContent()).toBe('BI User');
    expect(await cells.nth(2).textContent()).toContain('Consumer');
    expect(await cells.nth(2).textContent()).toContain('Member of Archive');
    expect(await cells.nth(2).textContent()).toContain('Archive');
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/manage-users`);
    expect(await page.getByRole('row').filter({ hasText: 'bia@e2e.example' }).count()).toBe(1);

    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/migration`);
    await page.getByText('This is a dry run').waitFor();
    // Access changes after the report was shown: applying it is refused, and the new report can be applied.
    await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/legacy/users`, body: { email: 'late@e2e.example', role: 'bi-manager' } });
    await page.getByRole('button', { name: 'Apply migration' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Apply migration' }).click();
    await expect.poll(() => page.getByText('Access has changed since that dry run').count()).toBe(1);
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/migration`);
    await page.getByRole('row').filter({ hasText: 'late@e2e.example' }).waitFor();
    await page.getByRole('button', { name: 'Apply migration' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Apply migration' }).click();
    await page.getByRole('status').filter({ hasText: 'The migration was applied' }).waitFor();
    await page.getByRole('link', { name: 'Application Roles' }).first().click();
    await page.getByRole('tab', { name: /^Consumer/ }).click();
    await page.getByRole('row').filter({ hasText: 'bia@e2e.example' }).waitFor();
  });

  for (const { name, size } of VIEWPORTS) {
    it(`R22 (${name}): after Apply the page says how many users moved to which role, and shows the tenant on the current model`, async () => {
      const { tenantId } = await createTestTenant({ stack: ctx.stack, productId: 'integrate', administrators: [ctx.admin.email], roleModel: 'legacy' });
      const admin = await ctx.stack.restAs({ email: ctx.admin.email });
      const sales = await admin<{ id: string }>({ method: 'POST', path: `/api/v1/tenants/${tenantId}/departments`, body: { name: 'Sales' } });
      await admin({ method: 'POST', path: `/api/v1/tenants/${tenantId}/legacy/users`, body: { email: `dev-${name}@e2e.example`, role: 'bi-developer' } });
      await admin({ method: 'POST', path: `/api/v1/tenants/${tenantId}/legacy/users`, body: { email: `user-${name}@e2e.example`, role: 'bi-user' } });
      await admin({ method: 'PUT', path: `/api/v1/tenants/${tenantId}/departments/${sales.id}/members`, body: { emails: [`dev-${name}@e2e.example`] } });
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      await page.goto(`${ctx.stack.portalUrl}/t/${tenantId}/migration`);
      await page.getByText('This is a dry run').waitFor();
      await page.getByRole('button', { name: 'Apply migration' }).click();
      // The confirmation, like every dialog, has no serious or critical accessibility violation (issue 17).
      await page.getByRole('alertdialog').getByRole('button', { name: 'Apply migration' }).waitFor();
      expect(await findSeriousViolations({ page })).toEqual([]);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Apply migration' }).click();

      const done = page.getByRole('status').filter({ hasText: 'The migration was applied' });
      await done.waitFor();
      expect((await done.textContent())?.trim()).toBe(
        'The migration was applied: 3 users moved to application roles (1 to Consumer, 1 to Project Creator, 1 to Administrator). 1 department became a project: Sales.',
      );
      // The tenant now runs the current model: the page says so, and the legacy pages leave the menu.
      await page.getByRole('heading', { name: 'Role model' }).waitFor();
      expect(await page.getByText('This tenant runs the current role model').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Apply migration' }).count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toContain('The migration was applied');
      expect(await findSeriousViolations({ page })).toEqual([]);
      await page.getByRole('button', { name: ctx.admin.email }).click();
      await page.getByRole('link', { name: 'About' }).waitFor();
      expect(await page.getByRole('link', { name: 'Migration' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Manage Users' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Departments' }).count()).toBe(0);
      await page.keyboard.press('Escape');
      await page.setViewportSize(DESKTOP);
    });
  }
});
