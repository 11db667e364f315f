import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('assist portal: consumer view', () => {
  const ctx = usePortalStack({ portalDir, productId: 'assist' });

  it('R18, R19: a consumer notified about one project sees only that project', async () => {
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    const base = `/api/v1/tenants/${ctx.tenantId}`;
    const mine = await admin<{ id: string }>({ method: 'POST', path: `${base}/projects`, body: { name: 'Thesis workstation' } });
    await admin({ method: 'POST', path: `${base}/projects`, body: { name: 'Finance sandbox' } });
    await admin({ method: 'POST', path: `${base}/notifications`, body: { emails: ['sam@e2e.example'], projectId: mine.id } });

    const consumer = await ctx.openBrowserAs({ email: 'sam@e2e.example' });
    await consumer.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/my-projects`);
    await consumer.getByRole('heading', { name: 'My projects' }).waitFor();
    await consumer.getByRole('link', { name: 'Thesis workstation' }).waitFor();
    expect(await consumer.getByText('Finance sandbox').count()).toBe(0);
  });
});
