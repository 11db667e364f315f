/** The scenarios every portal must pass, in the words a user would observe them. */
import { expect, it } from 'vitest';
import { findSeriousViolations } from './axe.js';
import { addUsersByEmail, chooseRoleTab, memberRow, openApplicationRoles } from './portal-steps.js';
import type { Page } from 'playwright-core';
import type { PortalStack } from './portal-stack.js';
import { saveScreenshot } from './screenshots.js';
import { DESKTOP, VIEWPORTS } from './viewports.js';
import { registerLandingScenarios } from './landing-scenarios.js';
import { registerPageAccessibilityScenario } from './page-accessibility-scenario.js';
import { registerSecurityHeaderScenario } from './security-headers-scenario.js';

interface SharedScenariosInput {
  ctx: PortalStack;
  /** Used for screenshot names, e.g. `integrate`. */
  portal: string;
  portalDir: string;
}

/** R10 as roles-core words it: the one sentence a refused self-removal shows. */
const SELF_REMOVAL = 'You cannot remove or move your own account; another administrator must do it.';

export function registerSharedScenarios({ ctx, portal, portalDir }: SharedScenariosInput) {
  const invited = [`ada.${portal}@e2e.example`, `grace.${portal}@e2e.example`];

  it('R2, R3: an administrator adds two users separated by a semicolon and sees both as User Invitation', async () => {
    const { page } = ctx.admin;
    await openApplicationRoles({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId });
    await chooseRoleTab({ page, label: 'Consumer' });
    await addUsersByEmail({ page, emails: ` ${invited[0]!.toUpperCase()} ;${invited[1]}; ` });
    for (const email of invited) {
      await expect.poll(() => memberRow({ page, email }).textContent()).toContain('User Invitation');
    }
  });

  it('R3: the invitation mail links to the tenant in this portal; the invitee signs in and lands on About, the page of a new consumer', async () => {
    const outbox = await fetch(`${ctx.stack.apiUrl}/api/v1/outbox`, { headers: { authorization: `Bearer ${ctx.stack.platformToken}` } });
    const mails = ((await outbox.json()) as { items: { to: string; tenantId: string; text: string }[] }).items;
    const mail = mails.find((candidate) => candidate.to === invited[0] && candidate.tenantId === ctx.tenantId);
    const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
    expect(link, 'the invitation mail carries a link').toBeDefined();
    expect(link!.startsWith(ctx.stack.portalUrl)).toBe(true);
    const page = await ctx.openSignedOutBrowser();
    await page.goto(link!);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email').fill(invited[0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === `/t/${ctx.tenantId}/about`);
    await page.getByRole('heading', { name: 'About' }).waitFor();
  });

  it('R4: an invited user who signs in shows as User', async () => {
    const invitee = await ctx.openBrowserAs({ email: invited[0]! });
    await invitee.close();
    const { page } = ctx.admin;
    await openApplicationRoles({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId });
    await chooseRoleTab({ page, label: 'Consumer' });
    const row = memberRow({ page, email: invited[0]! });
    expect(await row.count()).toBe(1);
    await expect.poll(() => row.getByText('User', { exact: true }).count()).toBe(2);
    expect(await row.textContent()).not.toContain('User Invitation');
    expect(await memberRow({ page, email: invited[1]! }).textContent()).toContain('User Invitation');
  });

  it('The menu offers Application Roles, Remote Access and Audit to user managers only; every member gets About', async () => {
    const offered = async ({ page, email }: { page: Page; email: string }) => {
      await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/about`);
      await page.getByRole('button', { name: email }).click();
      await page.getByRole('link', { name: 'About' }).waitFor();
      const count = (name: string) => page.getByRole('link', { name }).count();
      return { roles: await count('Application Roles'), remoteAccess: await count('Remote Access'), audit: await count('Audit') };
    };
    const consumer = await ctx.openBrowserAs({ email: invited[0]! });
    expect(await offered({ page: consumer, email: invited[0]! })).toEqual({ roles: 0, remoteAccess: 0, audit: 0 });
    expect(await offered({ page: ctx.admin.page, email: ctx.admin.email })).toEqual({ roles: 1, remoteAccess: 1, audit: 1 });
    await ctx.admin.page.keyboard.press('Escape');
  });

  it('Signing out from the menu asks to sign in again, and the session no longer works at the API', async () => {
    const page = await ctx.openBrowserAs({ email: invited[1]! });
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/about`);
    const session = (await page.context().cookies()).find((cookie) => cookie.value.startsWith('lss_'));
    expect(session, 'the portal keeps the API session in a cookie').toBeDefined();
    await page.getByRole('button', { name: invited[1]! }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    const me = await fetch(`${ctx.stack.apiUrl}/api/v1/tenants/${ctx.tenantId}/me`, { headers: { authorization: `Bearer ${session!.value}` } });
    expect(me.status).toBe(401);
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/about`);
    await page.waitForURL(/\/sign-in/);
  });

  it('R10: deleting yourself shows the refusal once, in one wording, where you are looking, and keeps you in the role (desk and phone)', async () => {
    const { page, email } = ctx.admin;
    for (const { size } of VIEWPORTS) {
      await page.setViewportSize(size);
      await openApplicationRoles({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId });
      await chooseRoleTab({ page, label: 'Administrator' });
      await memberRow({ page, email })
        .getByRole('button', { name: /^Delete/ })
        .click();
      const refusal = page.getByRole('alertdialog');
      const message = refusal.getByRole('alert');
      await message.waitFor();
      // roles-core words the refusal once; the dialog shows those words and nothing else, and no toast repeats them.
      expect((await message.textContent())?.trim()).toBe(SELF_REMOVAL);
      expect(await page.getByText(/your own account/).count()).toBe(1);
      expect(await findSeriousViolations({ page })).toEqual([]);
      await refusal.getByRole('button', { name: 'Close' }).first().click();
      await refusal.waitFor({ state: 'detached' });
    }
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await chooseRoleTab({ page, label: 'Administrator' });
    expect(await memberRow({ page, email }).count()).toBe(1);
  });

  it('R20: an API key secret is shown once, at creation', async () => {
    const { page } = ctx.admin;
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/remote-access`);
    await page.getByLabel('Description').fill('E2E reporting key');
    await page.getByRole('button', { name: 'Create API key' }).click();
    const secret = page.getByTestId('api-key-secret');
    await secret.waitFor();
    const shown = (await secret.textContent())?.trim() ?? '';
    expect(shown.length).toBeGreaterThan(15);
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: 'E2E reporting key' });
    await row.waitFor();
    expect(await page.getByTestId('api-key-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(shown);
    // Issue 17: each key says which roles it holds and when it was last used.
    expect(await row.textContent()).toContain('None yet');
    expect(await row.textContent()).toContain('Not yet');
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    const keys = await admin<{ items: { id: string; description: string }[] }>({ method: 'GET', path: `/api/v1/tenants/${ctx.tenantId}/api-keys` });
    const keyId = keys.items.find((key) => key.description === 'E2E reporting key')!.id;
    await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/roles/consumer/members`, body: { kind: 'apiKey', apiKeyIds: [keyId] } });
    await fetch(`${ctx.stack.apiUrl}/api/v1/tenants/${ctx.tenantId}/me`, { headers: { authorization: `Bearer ${shown}` } });
    await expect
      .poll(async () => {
        await page.reload();
        return row.textContent();
      })
      .not.toContain('Not yet');
    expect(await row.textContent()).toContain('Consumer');

    // Issue 17: the key list searches and pages on the server, and says how many match.
    const pages = page.getByRole('navigation', { name: 'Pages of API keys' });
    await page.getByRole('searchbox', { name: 'Search' }).fill('REPORTING');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await pages.getByText('Showing 1–1 of 1 matching').waitFor();
    expect(await row.count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search' }).fill('no key has this');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await pages.getByText('No API keys match').waitFor();
    expect(await row.count()).toBe(0);
  });

  it('R23: About lists my permissions with the reason for each, naming my project by its name, not its id (desk and phone)', async () => {
    const { page } = ctx.admin;
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    const project = await admin<{ id: string }>({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/projects`, body: { name: 'Quarterly close' } });
    for (const { size } of VIEWPORTS) {
      await page.setViewportSize(size);
      await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/about`);
      await page.getByRole('heading', { name: 'My permissions' }).waitFor();
      const rows = page.getByRole('row');
      expect(await rows.count()).toBeGreaterThan(2);
      const body = (await page.locator('tbody').textContent()) ?? '';
      expect(body.toLowerCase()).toMatch(/direct|administrator/);
      expect(body).not.toContain('—');
      // R16: the creator owns the project; About says so by the project's name.
      expect(body).toContain('project role Owner on project "Quarterly close"');
      expect(await page.getByRole('listitem').filter({ hasText: 'Project Quarterly close: Owner' }).count()).toBe(1);
      expect(await page.locator('main').textContent()).not.toContain(project.id);
      expect(await findSeriousViolations({ page })).toEqual([]);
    }
    await page.setViewportSize(DESKTOP);
  });

  it('Application Roles page and the open Add Members slide-out have no serious or critical accessibility violations', async () => {
    const { page } = ctx.admin;
    await openApplicationRoles({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId });
    expect(await findSeriousViolations({ page })).toEqual([]);
    await saveScreenshot({ page, portal, name: 'application-roles', from: portalDir });
    await page.getByRole('button', { name: 'Add Members' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await findSeriousViolations({ page })).toEqual([]);
    await saveScreenshot({ page, portal, name: 'add-members', from: portalDir });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  registerLandingScenarios({ ctx, productId: portal, consumerEmail: invited[0]! });
  registerSecurityHeaderScenario({ ctx, portalDir });
  registerPageAccessibilityScenario({ ctx });
}
