/**
 * Issue 17, "Failure that keeps your work": with the API stopped, every page (sign-in included)
 * is the portal's own error page with Retry, and a form keeps what was typed and says why it was
 * not saved; a session ended elsewhere mid-edit signs in again and comes back to the same page
 * with the draft, which then saves.
 */
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { getProduct } from '@loome/roles-core';
import { enterAddresses, openAddMembers } from './add-members-scenarios.js';
import { findSeriousViolations } from './axe.js';
import { memberRow } from './portal-steps.js';
import type { PortalStack } from './portal-stack.js';
import { saveScreenshot } from './screenshots.js';
import { VIEWPORTS } from './viewports.js';

interface FailureScenariosInput {
  ctx: PortalStack;
  /** The product id, also used for screenshot names. */
  portal: string;
  portalDir: string;
  /** `full`: every scenario; `shared`: the API-down scenario only, for the portals that share it. */
  scope: 'full' | 'shared';
}

const chip = ({ dialog, email }: { dialog: Locator; email: string }) => dialog.getByRole('button', { name: `Edit ${email}`, exact: true });

/** Ends the browser's session at the API, as signing out in another tab or an administrator revoking it would. */
async function endSessionElsewhere({ ctx, page }: { ctx: PortalStack; page: Page }) {
  const session = (await page.context().cookies()).find((cookie) => cookie.name === 'loome_session');
  expect(session, 'the portal keeps the API session in a cookie').toBeDefined();
  const answer = await fetch(`${ctx.stack.apiUrl}/api/v1/auth/sign-out`, { method: 'POST', headers: { authorization: `Bearer ${session!.value}` } });
  expect(answer.ok).toBe(true);
}

/** The sign-in page, arrived at because the session ended: it says so; signing in returns to `returnsTo`. */
async function signInAgain({ ctx, page, returnsTo }: { ctx: PortalStack; page: Page; returnsTo: string }) {
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.getByText('Your session has ended, so nothing was saved.').waitFor();
  await page.getByLabel('Email').fill(ctx.admin.email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === returnsTo);
}

export function registerFailureScenarios({ ctx, portal, portalDir, scope }: FailureScenariosInput) {
  const productName = getProduct(portal)!.name;
  const rolesPath = () => `/t/${ctx.tenantId}/roles?role=consumer`;
  const unreachable = `${productName} cannot reach its server right now.`;

  for (const { name, size } of scope === 'full' ? VIEWPORTS : VIEWPORTS.slice(1)) {
    it(`Issue 17 (${name}): with the API stopped, Add Members keeps its picks and says why; every page, sign-in included, is the portal's error page, and Retry works once the API is back`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      const emails = [`kept1.${name}@e2e.example`, `kept2.${name}@e2e.example`];
      const dialog = await openAddMembers({ page, url: `${ctx.stack.portalUrl}${rolesPath()}` });
      await enterAddresses({ dialog, text: emails.join('; ') });
      const other = await page.context().newPage();
      await other.setViewportSize(size);

      await ctx.stack.stopApi();
      try {
        await dialog.getByRole('button', { name: 'Submit' }).click();
        await expect.poll(() => dialog.getByRole('alert').textContent()).toContain(`${unreachable} Nothing was saved`);
        for (const email of emails) expect(await chip({ dialog, email }).count()).toBe(1);

        for (const path of [`/t/${ctx.tenantId}/projects`, '/sign-in']) {
          await other.goto(`${ctx.stack.portalUrl}${path}`);
          await other.getByRole('heading', { level: 1, name: unreachable }).waitFor();
          // In the portal's own look: its header, words, and a way on; never the framework's bare status line.
          expect(await other.getByRole('banner').getByRole('link', { name: productName }).count()).toBe(1);
          expect(await other.getByRole('link', { name: 'Retry' }).count()).toBe(1);
          expect(await other.locator('body').textContent()).not.toMatch(/fetch failed|Internal Error/);
          expect(await findSeriousViolations({ page: other })).toEqual([]);
        }
        await other.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/projects`);
        await other.getByRole('link', { name: 'Retry' }).waitFor();
        await saveScreenshot({ page: other, portal, name: `error-page-${name}`, from: portalDir });
      } finally {
        await ctx.stack.startApi();
      }

      await other.getByRole('link', { name: 'Retry' }).click();
      await other.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
      await other.close();
      // The same picks, sent again, are saved.
      await dialog.getByRole('button', { name: 'Submit' }).click();
      await dialog.waitFor({ state: 'detached' });
      for (const email of emails) await expect.poll(() => memberRow({ page, email }).count()).toBe(1);
    });
  }

  if (scope === 'shared') return;

  for (const { name, size } of VIEWPORTS) {
    it(`Issue 17 (${name}): a session ended elsewhere while adding members: Submit signs in again, returns to the same page with the picks, and they are saved`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      const emails = [`draft1.${name}@e2e.example`, `draft2.${name}@e2e.example`];
      const dialog = await openAddMembers({ page, url: `${ctx.stack.portalUrl}${rolesPath()}` });
      await enterAddresses({ dialog, text: emails.join('; ') });

      await endSessionElsewhere({ ctx, page });
      await dialog.getByRole('button', { name: 'Submit' }).click();
      await signInAgain({ ctx, page, returnsTo: rolesPath() });

      await dialog.waitFor();
      for (const email of emails) await chip({ dialog, email }).waitFor();
      await page.getByText('What you entered is back here and not saved yet').waitFor();
      await dialog.getByRole('button', { name: 'Submit' }).click();
      await dialog.waitFor({ state: 'detached' });
      for (const email of emails) await expect.poll(() => memberRow({ page, email }).count()).toBe(1);
    });

    it(`Issue 17 (${name}): a session ended elsewhere while changing a role: confirming signs in again, and the same change is offered again and made`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      const email = `mover.${name}@e2e.example`;
      const admin = await ctx.stack.restAs({ email: ctx.admin.email });
      await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/roles/consumer/members`, body: { kind: 'user', emails: email } });
      await page.goto(`${ctx.stack.portalUrl}${rolesPath()}`);
      const dialog = page.getByRole('alertdialog');
      // A click that lands before the page has hydrated does nothing; a person would click again.
      for (let attempt = 0; attempt < 5 && !(await dialog.isVisible()); attempt += 1) {
        await memberRow({ page, email })
          .getByRole('button', { name: /^Change role/ })
          .click();
        await dialog.waitFor({ timeout: 3_000 }).catch(() => undefined);
      }
      const title = (await dialog.getByRole('heading').first().textContent())!.trim();
      expect(title).toMatch(/^Change the role of/);
      // Not the first role offered, so that getting it back is not the default.
      const newRole = dialog.getByLabel('New role');
      const target = (await newRole.locator('option').allTextContents()).at(-1)!.trim();
      await newRole.selectOption({ label: target });
      await dialog.getByText('This will:').waitFor();

      await endSessionElsewhere({ ctx, page });
      await dialog.getByRole('button', { name: `Move to ${target}` }).click();
      await signInAgain({ ctx, page, returnsTo: rolesPath() });

      await dialog.getByRole('heading', { name: title }).waitFor();
      await expect.poll(() => newRole.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim())).toBe(target);
      await dialog.getByText('This will:').waitFor();
      await dialog.getByRole('button', { name: `Move to ${target}` }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(`moved from Consumer to ${target}`).waitFor();
      expect(await memberRow({ page, email }).count()).toBe(0);
    });
  }
}
