/** Issue 17, "each person lands where they work", and the tenant picker, at desk and phone sizes. */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, VIEWPORTS } from './viewports.js';
import type { PortalStack } from './portal-stack.js';
import { createTestTenant } from './test-tenant.js';

async function menuLinks({ page, email }: { page: Page; email: string }): Promise<string[]> {
  await page.getByRole('button', { name: email }).click();
  const menu = page.getByRole('navigation', { name: 'Account and administration' });
  await menu.getByRole('link', { name: 'About' }).waitFor();
  const links = await menu.getByRole('link').allTextContents();
  await page.keyboard.press('Escape');
  return links.map((link) => link.trim());
}

export function registerLandingScenarios({ ctx, productId, consumerEmail }: { ctx: PortalStack; productId: string; consumerEmail: string }) {
  it('Each person lands where they work, on a desk and on a phone: a user manager on Application Roles, a new consumer on About with no member or key list in their menu', async () => {
    const consumer = await ctx.openBrowserAs({ email: consumerEmail });
    for (const { size } of VIEWPORTS) {
      await ctx.admin.page.setViewportSize(size);
      await ctx.admin.page.goto(`${ctx.stack.portalUrl}/`);
      await ctx.admin.page.waitForURL((url) => url.pathname === `/t/${ctx.tenantId}/roles`);
      await consumer.setViewportSize(size);
      await consumer.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}`);
      await consumer.waitForURL((url) => url.pathname === `/t/${ctx.tenantId}/about`);
      const links = await menuLinks({ page: consumer, email: consumerEmail });
      expect(links).toContain('About');
      expect(links).not.toContain('Application Roles');
      expect(links).not.toContain('Remote Access');
    }
    await ctx.admin.page.setViewportSize(DESKTOP);
  });

  it('The tenant picker lists the tenants as links: arrowing through it switches nothing, choosing one opens it', async () => {
    const { page, email } = ctx.admin;
    const second = await createTestTenant({ stack: ctx.stack, productId, administrators: [email] });
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/about`);
    const picker = page.getByRole('button', { name: /^Tenant:/ });
    await picker.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(new URL(page.url()).pathname).toBe(`/t/${ctx.tenantId}/about`);
    await page.locator(`a[href="/t/${second.tenantId}"]`).click();
    await page.waitForURL((url) => url.pathname === `/t/${second.tenantId}/roles`);
  });
}
