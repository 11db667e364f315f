import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createProject, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('monitor portal: records and communication rules', () => {
  const ctx = usePortalStack({ portalDir, productId: 'monitor' });

  it('R17: the project page lists every record, assigned or not, and reassigns one in place', async () => {
    const { page } = ctx.admin;
    await createProject({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId, name: 'Stock results' });
    const records = page.getByRole('table', { name: 'Results records of Stock results' });
    // An unassigned record keeps nobody in place, and is listed all the same.
    await page.getByRole('button', { name: 'Create record' }).click();
    await expect.poll(() => records.getByRole('row').count()).toBe(2);
    const row = records.getByRole('row').nth(1);
    await expect.poll(() => row.textContent()).toContain('—');

    // Records have no name: the row says what the record is, and its id shows only as a short reference.
    await expect.poll(() => row.textContent()).toContain('Nobody');
    await row.getByLabel(/^New assignee of the unassigned record \(#[0-9a-f]{8}\)$/).fill('ines@e2e.example');
    await row.getByRole('button', { name: /^Assign the unassigned record/ }).click();
    await expect.poll(() => records.textContent()).toContain('ines@e2e.example');
    await page.reload();
    const assigned = records.getByRole('row').nth(1);
    await expect.poll(() => assigned.textContent()).toContain('ines@e2e.example');
    expect(await assigned.getByRole('button', { name: /^Assign the record assigned to ines \(#[0-9a-f]{8}\)$/ }).count()).toBe(1);
    expect(await assigned.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('R17: a record created for a communication rule shows that rule', async () => {
    const { page } = ctx.admin;
    await createProject({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId, name: 'Ruled results' });
    await page.getByLabel('Rule name').fill('Nightly');
    await page.getByLabel('Emails (separated by ;)').fill('olga@e2e.example');
    await page.getByRole('button', { name: 'Create rule' }).click();
    const rules = page.getByRole('table', { name: 'Communication rules of Ruled results' });
    await expect.poll(() => rules.textContent()).toContain('Nightly');
    // Contract "Monitor records and rules": the record belongs to the rule, whose recipients see it.
    await page.getByLabel('Rule that emails about it').selectOption({ label: 'Nightly' });
    await page.getByRole('button', { name: 'Create record' }).click();
    const records = page.getByRole('table', { name: 'Results records of Ruled results' });
    await expect.poll(() => records.getByRole('row').nth(1).textContent()).toContain('Nightly');
  });
});
