import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { usePortalStack, VIEWPORTS } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('assist portal: consumer view', () => {
  const ctx = usePortalStack({ portalDir, productId: 'assist' });

  it('R18, R19: a consumer notified about one project lands on Projects and sees only that project, on a desk and on a phone', async () => {
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    const base = `/api/v1/tenants/${ctx.tenantId}`;
    const mine = await admin<{ id: string }>({ method: 'POST', path: `${base}/projects`, body: { name: 'Thesis workstation' } });
    await admin({ method: 'POST', path: `${base}/projects`, body: { name: 'Finance sandbox' } });
    await admin({ method: 'POST', path: `${base}/notifications`, body: { emails: ['sam@e2e.example'], projectId: mine.id } });

    const consumer = await ctx.openBrowserAs({ email: 'sam@e2e.example' });
    for (const { size } of VIEWPORTS) {
      await consumer.setViewportSize(size);
      await consumer.goto(`${ctx.stack.portalUrl}/`);
      await consumer.waitForURL((url) => url.pathname === `/t/${ctx.tenantId}/projects`);
      await consumer.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
      await consumer.getByRole('link', { name: 'Thesis workstation' }).waitFor();
      expect(await consumer.getByText('Finance sandbox').count()).toBe(0);
    }
  });

  it('The former "My projects" address opens Projects, the one list of a consumer\'s projects', async () => {
    const consumer = await ctx.openBrowserAs({ email: 'sam@e2e.example' });
    await consumer.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/my-projects`);
    await consumer.waitForURL((url) => url.pathname === `/t/${ctx.tenantId}/projects`);
    await consumer.getByRole('button', { name: 'sam@e2e.example' }).click();
    const menu = consumer.getByRole('navigation', { name: 'Account and administration' });
    await menu.getByRole('link', { name: 'Projects' }).waitFor();
    expect(await menu.getByRole('link', { name: /My projects/ }).count()).toBe(0);
  });
});
