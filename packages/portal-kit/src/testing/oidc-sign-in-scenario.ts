/**
 * SPEC §4 Production, Sign-in: in each portal, a person invited to a tenant follows a link into it,
 * signs in at the OpenID provider and lands on the page they asked for, the invitation accepted (R4).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.js';
import { chooseRoleTab, memberRow } from './portal-steps.js';
import { E2E_PROVIDER_NAME, startStack, type Stack } from './start-stack.js';
import { createTestTenant } from './test-tenant.js';

export function registerOidcSignInScenario({ portalDir, productId }: { portalDir: string; productId: string }) {
  const email = `oidc-${productId}@e2e.example`;
  let stack: Stack;
  let browser: TestBrowser;
  beforeAll(async () => {
    stack = await startStack({ portalDir, productId, oidcAccounts: [{ sub: `e2e-${productId}`, email, name: `OIDC ${productId}` }] });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('R4: signs in through the OpenID provider and lands on the page asked for, the invitation accepted', async () => {
    const { tenantId } = await createTestTenant({ stack, productId, administrators: [email] });
    const page = await browser.context.newPage();
    const asked = `/t/${tenantId}/roles`;
    await page.goto(`${stack.portalUrl}${asked}`);
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === asked);
    await page.getByRole('button', { name: `Sign in with ${E2E_PROVIDER_NAME}` }).click();
    await page.getByRole('heading', { name: 'Local identity provider' }).waitFor();
    await page.getByRole('button', { name: new RegExp(email) }).click();
    await page.waitForURL((url) => url.pathname === asked, { timeout: 20_000 });
    await page.getByRole('heading', { name: 'Application Roles' }).waitFor();
    await chooseRoleTab({ page, label: 'Administrator' });
    const row = memberRow({ page, email });
    await row.waitFor();
    // Kind and status both read "User" once the invitation is accepted; before, the status read "User Invitation".
    expect(await row.getByText('User', { exact: true }).count()).toBe(2);
    expect(await row.getByText('User Invitation').count()).toBe(0);
    await page.close();
  }, 120_000);
}
