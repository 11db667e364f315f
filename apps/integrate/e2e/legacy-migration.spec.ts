import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('integrate portal: legacy Manage Users and migration', () => {
  const ctx = usePortalStack({ portalDir, productId: 'integrate', tenant: { roleModel: 'legacy' } });

  it('R21, R22: the migration dry run shows each user’s gains and losses before anything is applied', async () => {
    const { page } = ctx.admin;
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/manage-users`);
    await page.getByLabel('Email to invite').fill('bia@e2e.example');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'BI User' });
    await page.getByRole('button', { name: 'Invite' }).click();
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
    expect(await cells.nth(2).textContent()).toContain('consumer');
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
    await page.waitForURL(/\/roles/);
    await page.getByRole('tab', { name: /^Consumer/ }).click();
    await page.getByRole('row').filter({ hasText: 'bia@e2e.example' }).waitFor();
  });
});
