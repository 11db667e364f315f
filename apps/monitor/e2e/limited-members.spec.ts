import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('monitor portal: Limited Members', () => {
  const ctx = usePortalStack({ portalDir, productId: 'monitor' });

  it('R17: removing a Limited Member shows the communication rule that keeps them', async () => {
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    const base = `/api/v1/tenants/${ctx.tenantId}`;
    const project = await admin<{ id: string }>({ method: 'POST', path: `${base}/projects`, body: { name: 'Sales quality' } });
    await admin({
      method: 'POST',
      path: `${base}/projects/${project.id}/communication-rules`,
      body: { name: 'Weekly overdue invoices', recipients: ['lena@e2e.example'] },
    });

    const { page } = ctx.admin;
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/limited-members`);
    const row = page.getByRole('row').filter({ hasText: 'lena@e2e.example' });
    await expect.poll(() => row.textContent()).toContain('Weekly overdue invoices');
    await row.getByRole('button', { name: /^Remove/ }).click();
    const refusal = page.getByRole('alertdialog');
    await expect.poll(() => refusal.textContent()).toContain('Weekly overdue invoices');
    await refusal.getByRole('button', { name: 'Close' }).first().click();
    await page.reload();
    expect(await page.getByRole('row').filter({ hasText: 'lena@e2e.example' }).count()).toBe(1);
  });
});
