/**
 * One API + portal + tenant per test file, with an administrator's browser signed in.
 * Registers the vitest hooks and answers a handle whose fields are set once they run.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './browser.js';
import { signIn } from './portal-steps.js';
import { startStack, type Stack } from './start-stack.js';
import { createTestTenant, type TestTenantInput } from './test-tenant.js';

export interface PortalStack {
  stack: Stack;
  tenantId: string;
  admin: { email: string; browser: TestBrowser; page: Page };
  /** A second person in their own browser profile; closed with the stack. */
  openBrowserAs: (input: { email: string }) => Promise<Page>;
  /** A fresh browser profile that has not signed in; closed with the stack. */
  openSignedOutBrowser: () => Promise<Page>;
}

interface UsePortalStackInput {
  portalDir: string;
  productId: string;
  adminEmail?: string;
  tenant?: Omit<TestTenantInput, 'stack' | 'productId' | 'administrators'>;
}

export function usePortalStack({ portalDir, productId, adminEmail = 'admin@e2e.example', tenant }: UsePortalStackInput): PortalStack {
  const handle = {} as PortalStack;
  const browsers: TestBrowser[] = [];
  beforeAll(async () => {
    handle.stack = await startStack({ portalDir, productId });
    const created = await createTestTenant({ stack: handle.stack, productId, administrators: [adminEmail], ...tenant });
    handle.tenantId = created.tenantId;
    const browser = await launchBrowser();
    browsers.push(browser);
    handle.admin = { email: adminEmail, browser, page: await signIn({ context: browser.context, portalUrl: handle.stack.portalUrl, email: adminEmail }) };
    const freshBrowser = async () => {
      const other = await launchBrowser();
      browsers.push(other);
      return other;
    };
    handle.openBrowserAs = async ({ email }) => signIn({ context: (await freshBrowser()).context, portalUrl: handle.stack.portalUrl, email });
    handle.openSignedOutBrowser = async () => (await freshBrowser()).context.newPage();
  });
  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await handle.stack?.stop();
  });
  return handle;
}
