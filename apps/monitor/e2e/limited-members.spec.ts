import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createProject, findSeriousViolations, judgeEveryDialog, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

/** Creates a communication rule on the open project page and answers its table once the rule shows. */
async function createRule({ page, projectName, name, email }: { page: Page; projectName: string; name: string; email: string }) {
  await page.getByLabel('Rule name').fill(name);
  await page.getByLabel('Emails (separated by ;)').fill(email);
  await page.getByRole('button', { name: 'Create rule' }).click();
  const rules = page.getByRole('table', { name: `Communication rules of ${projectName}` });
  await expect.poll(() => rules.textContent()).toContain(email);
  return rules;
}

describe('monitor portal: Limited Members', () => {
  const ctx = usePortalStack({ portalDir, productId: 'monitor' });

  it('R17: a communication rule created on the project page keeps its recipient as a Limited Member', async () => {
    const { page } = ctx.admin;
    await createProject({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId, name: 'Sales quality' });
    await createRule({ page, projectName: 'Sales quality', name: 'Weekly overdue invoices', email: 'lena@e2e.example' });

    // A record assigned to her keeps her too: counted, since records have no name, never listed by id.
    await page.getByLabel('Assign new record to (email)').fill('lena@e2e.example');
    await page.getByRole('button', { name: 'Create record' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Results records of Sales quality' }).textContent()).toContain('lena@e2e.example');

    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/limited-members`);
    const row = page.getByRole('row').filter({ hasText: 'lena@e2e.example' });
    await expect.poll(() => row.textContent()).toContain('The communication rule “Weekly overdue invoices” emails them');
    expect(await row.textContent()).toContain('1 record assigned to them');
    expect(await row.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    // Remove cannot succeed while the record and the rule remain: the dialog says what must go first, and links to it.
    await row.getByRole('button', { name: /^Remove/ }).click();
    const explained = page.getByRole('alertdialog');
    await expect.poll(() => explained.textContent()).toContain('stays a Limited Member of Sales quality while these remain');
    expect(await explained.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await findSeriousViolations({ page })).toEqual([]);
    await explained.getByRole('link', { name: 'The communication rule “Weekly overdue invoices” emails them' }).click();
    await page.waitForURL((url) => url.hash === '#communication-rules' && url.pathname.includes('/projects/'));
    await page.getByRole('table', { name: 'Communication rules of Sales quality' }).waitFor();
    await page.goBack();
    await page.getByRole('row').filter({ hasText: 'lena@e2e.example' }).getByRole('link', { name: '1 record assigned to them' }).click();
    await page.waitForURL((url) => url.hash === '#results-records');
    await page.getByRole('table', { name: 'Results records of Sales quality' }).waitFor();
  });

  it('R17: deleting the only rule that emails someone on the project page ends their Limited Membership', async () => {
    const { page } = ctx.admin;
    await createProject({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId, name: 'Returns quality' });
    const rules = await createRule({ page, projectName: 'Returns quality', name: 'Daily returns', email: 'omar@e2e.example' });
    await rules.getByRole('button', { name: 'Delete rule Daily returns' }).click();
    await expect.poll(() => rules.textContent()).not.toContain('omar@e2e.example');

    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/limited-members`);
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'omar@e2e.example' }).count()).toBe(0);
  });

  it('R17: a project contributor writes the rules of their project on its page, without managing its members, and the list shows their role', async () => {
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    const project = await admin<{ id: string }>({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/projects`, body: { name: 'Field checks' } });
    await admin({
      method: 'POST',
      path: `/api/v1/tenants/${ctx.tenantId}/projects/${project.id}/members`,
      body: { kind: 'user', emails: 'cora@e2e.example', role: 'contributor' },
    });
    const page = await ctx.openBrowserAs({ email: 'cora@e2e.example' });
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/projects/${project.id}`);
    await page.getByRole('heading', { name: 'Field checks' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add Members' }).count()).toBe(0);
    await createRule({ page, projectName: 'Field checks', name: 'Site visits', email: 'piet@e2e.example' });
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/projects`);
    const listed = page.getByRole('row').filter({ hasText: 'Field checks' });
    await expect.poll(() => listed.textContent()).toContain('Contributor');
  });

  it('R17: the Limited Members page explains a removal in a dialog with no serious or critical accessibility violation, closed by Escape (desk and phone)', async () => {
    const { found, judged } = await judgeEveryDialog({ page: ctx.admin.page, portalUrl: ctx.stack.portalUrl, paths: [`/t/${ctx.tenantId}/limited-members`] });
    expect([...judged]).toEqual(['Remove']);
    expect(found).toEqual({});
  });
});
