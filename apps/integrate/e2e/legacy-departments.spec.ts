import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DESKTOP, findSeriousViolations, judgeEveryDialog, saveScreenshot, usePortalStack, VIEWPORTS } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('integrate portal: legacy departments and inviting several addresses', () => {
  const ctx = usePortalStack({ portalDir, productId: 'integrate', tenant: { roleModel: 'legacy' } });

  it('R2, R21: Manage Users invites a semicolon list in one go, and a bad entry invites nobody and is named by its position', async () => {
    const { page } = ctx.admin;
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/manage-users`);
    await page.getByLabel('Emails to invite').fill('dev.one@e2e.example; not-an-address; dev.two@e2e.example');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'BI Developer' });
    await page.getByRole('button', { name: 'Invite' }).click();
    const refusal = page.getByRole('alertdialog');
    await refusal.getByText('Entry 2: “not-an-address”').waitFor();
    expect(await findSeriousViolations({ page })).toEqual([]);
    await refusal.getByRole('button', { name: 'Close' }).first().click();
    expect(await page.getByRole('row').filter({ hasText: 'dev.one@e2e.example' }).count()).toBe(0);
    // The draft is still there to fix, not to type again.
    expect(await page.getByLabel('Emails to invite').inputValue()).toContain('not-an-address');

    await page.getByLabel('Emails to invite').fill('dev.one@e2e.example; dev.two@e2e.example');
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.getByRole('status').filter({ hasText: '2 were invited as BI Developer: dev.one@e2e.example, dev.two@e2e.example.' }).waitFor();
    for (const email of ['dev.one@e2e.example', 'dev.two@e2e.example']) {
      await expect.poll(() => page.getByRole('row').filter({ hasText: email }).textContent()).toContain('User Invitation');
    }
  });

  it('R3, R15: Manage Users says who invited each pending user and when, resends and revokes, and previews a removal before it happens', async () => {
    const { page } = ctx.admin;
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/manage-users`);
    await page.getByLabel('Emails to invite').fill('late.one@e2e.example; late.two@e2e.example');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'BI User' });
    await page.getByRole('button', { name: 'Invite' }).click();
    const one = page.getByRole('row').filter({ hasText: 'late.one@e2e.example' });
    await expect.poll(() => one.textContent()).toContain(`by ${ctx.admin.email}`);

    await one.getByRole('button', { name: /^Resend the invitation/ }).click();
    await page.getByRole('status').filter({ hasText: 'The invitation was sent again to late.one@e2e.example.' }).waitFor();

    await one.getByRole('button', { name: /^Revoke the invitation/ }).click();
    const revoke = page.getByRole('alertdialog');
    await expect.poll(() => revoke.textContent()).toContain('late.one@e2e.example has not signed in yet.');
    expect(await findSeriousViolations({ page })).toEqual([]);
    await revoke.getByRole('button', { name: 'Revoke invitation' }).click();
    await revoke.waitFor({ state: 'detached' });
    await expect.poll(() => one.count()).toBe(0);

    const two = page.getByRole('row').filter({ hasText: 'late.two@e2e.example' });
    await two.getByRole('button', { name: /^Remove/ }).click();
    const removal = page.getByRole('alertdialog');
    // The dry run names who goes and from which role, before anything is removed.
    await expect.poll(() => removal.textContent()).toContain('BI User');
    expect(await findSeriousViolations({ page })).toEqual([]);
    await removal.getByRole('button', { name: 'Cancel' }).click();
    await removal.waitFor({ state: 'detached' });
    expect(await two.count()).toBe(1);
    await two.getByRole('button', { name: /^Remove/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => two.count()).toBe(0);
  });

  it('R21: Manage Users searches, filters by role and pages on the server, saying how many match', async () => {
    const { page } = ctx.admin;
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    const managers = Array.from({ length: 55 }, (_, index) => `crowd${String(index + 1).padStart(3, '0')}@e2e.example`);
    await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/roles/bi-manager/members`, body: { kind: 'user', emails: managers.join('; ') } });
    await page.setViewportSize(DESKTOP);
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/manage-users`);
    await page.getByLabel('Filter by role').selectOption({ label: 'BI Manager' });
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const pages = page.getByRole('navigation', { name: 'Pages of BI Manager members' });
    await pages.getByText('Showing 1–50 of 55').waitFor();
    await pages.getByRole('link', { name: 'Next page' }).click();
    await pages.getByText('Showing 51–55 of 55').waitFor();
    expect(await page.getByRole('row').filter({ hasText: managers[54]! }).count()).toBe(1);

    await page.getByRole('searchbox', { name: 'Search' }).fill('crowd031');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await pages.getByText('Showing 1–1 of 1 matching').waitFor();
    expect(await page.getByRole('row').filter({ hasText: managers[30]! }).count()).toBe(1);
    expect(await findSeriousViolations({ page })).toEqual([]);
  });

  for (const { name, size } of VIEWPORTS) {
    it(`R21 (${name}): the Departments page creates a department and sets who belongs to it, from the menu of a legacy tenant`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/about`);
      await page.getByRole('button', { name: ctx.admin.email }).click();
      await page.getByRole('link', { name: 'Departments' }).click();
      await page.getByRole('heading', { name: 'Departments', level: 1 }).waitFor();

      const department = `Sales ${name}`;
      await page.getByLabel('New department name').fill(department);
      await page.getByRole('button', { name: 'Create department' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `The department “${department}” was created.` })
        .waitFor();
      const row = page.getByRole('row').filter({ hasText: department });
      await expect.poll(() => row.textContent()).toContain('Nobody yet');

      await row.getByRole('button', { name: `Edit members of ${department}` }).click();
      const dialog = page.getByRole('dialog', { name: `Members of ${department}` });
      // Somebody the tenant does not hold yet is refused in words, and the draft stays to fix.
      await dialog.getByLabel('Members').fill('dev.one@e2e.example; stranger@e2e.example');
      await dialog.getByRole('button', { name: 'Save members' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'stranger@e2e.example' }).waitFor();
      expect(await findSeriousViolations({ page })).toEqual([]);
      await dialog.getByLabel('Members').fill('dev.one@e2e.example; dev.two@e2e.example');
      await dialog.getByRole('button', { name: 'Save members' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page
        .getByRole('status')
        .filter({ hasText: `${department} now has 2 members.` })
        .waitFor();
      await expect.poll(() => row.textContent()).toContain('(2)');
      expect(await findSeriousViolations({ page })).toEqual([]);
      await saveScreenshot({ page, portal: 'integrate', name: `departments-${name}`, from: portalDir });
      await page.setViewportSize(DESKTOP);
    });
  }

  it('Every dialog of Manage Users, Departments and the migration has no serious or critical accessibility violations, and Escape closes it (desk and phone)', async () => {
    const paths = ['manage-users', 'departments', 'migration'].map((page) => `/t/${ctx.tenantId}/${page}`);
    const { found, judged } = await judgeEveryDialog({ page: ctx.admin.page, portalUrl: ctx.stack.portalUrl, paths });
    // The earlier tests left pending users and departments behind, so each legacy opener has something to open on.
    for (const text of ['Revoke', 'Remove', 'Edit members', 'Apply migration']) expect([...judged]).toContain(text);
    expect(found).toEqual({});
  });
});
