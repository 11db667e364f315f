/**
 * Issue 17, Add Members as people use it: one chip per address with a count, bad entries marked
 * on their chip, progress with counts, Escape closes the innermost thing first, picks kept until
 * submitted or cancelled, and the group option only where groups can be found by name (R5).
 */
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { findSeriousViolations } from './axe.js';
import { chooseRoleTab, memberRow } from './portal-steps.js';
import type { PortalStack } from './portal-stack.js';
import { saveScreenshot } from './screenshots.js';
import { VIEWPORTS } from './viewports.js';
import { createTestTenant } from './test-tenant.js';

/** The directory the add-members tests' organization holds: a group to find by name, and a guest. */
export const ADD_MEMBERS_DIRECTORY = {
  users: [
    { email: 'dana@dir.example', name: 'Dana Directory' },
    { email: 'guest@elsewhere.example', name: 'Gus Guest', guest: true },
  ],
  groups: [{ id: 'grp-analysts', name: 'Analysts', email: 'analysts@dir.example', members: ['dana@dir.example'] }],
};
const GUEST = 'guest@elsewhere.example';

interface Input {
  ctx: PortalStack;
  portal: string;
  portalDir: string;
  productId: string;
}

export async function openAddMembers({ page, url }: { page: Page; url: string }) {
  await page.goto(url);
  const dialog = page.getByRole('dialog');
  // A click that lands before the page has hydrated does nothing; a person would click again.
  for (let attempt = 0; attempt < 5 && !(await dialog.isVisible()); attempt += 1) {
    await page.getByRole('button', { name: 'Add Members' }).click();
    await dialog.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await dialog.waitFor();
  return dialog;
}

/** Types or pastes addresses the way the product offers: the user search's first option, or the email field and Enter. */
export async function enterAddresses({ dialog, text }: { dialog: Locator; text: string }) {
  const combobox = dialog.getByRole('combobox', { name: 'Users' });
  if (await combobox.count()) {
    await combobox.fill(text);
    await dialog.getByRole('listbox').getByRole('option').first().click();
  } else {
    await dialog.getByLabel('Email addresses').fill(text);
    await dialog.getByLabel('Email addresses').press('Enter');
  }
}

const countOf = (dialog: Locator) => dialog.getByText(/^\s*\d+ address(es)?/).textContent();

export function registerAddMembersScenarios({ ctx, portal, portalDir, productId }: Input) {
  const rolesUrl = () => `${ctx.stack.portalUrl}/t/${ctx.tenantId}/roles?role=consumer`;

  for (const { name, size } of VIEWPORTS) {
    it(`R2 (${name}): a pasted list is one chip per address with a count; a bad entry is marked on its chip, fixed there, and then everyone is added`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      const good = [1, 2, 3].map((n) => `chip${n}.${name}@e2e.example`);
      const dialog = await openAddMembers({ page, url: rolesUrl() });
      await enterAddresses({ dialog, text: `${good[0]}; ${good[1]}, not-an-address;${good[2]}` });
      await expect.poll(() => countOf(dialog)).toContain('4 addresses');
      expect(await dialog.getByRole('list', { name: 'Chosen addresses' }).getByRole('listitem').count()).toBe(4);

      await dialog.getByRole('button', { name: 'Submit' }).click();
      const bad = dialog.getByRole('button', { name: 'Edit not-an-address (not valid)' });
      await bad.waitFor();
      expect(await countOf(dialog)).toContain('4 addresses, 1 not valid');
      for (const email of good) expect(await dialog.getByRole('button', { name: `Edit ${email}`, exact: true }).count()).toBe(1);
      expect(await findSeriousViolations({ page })).toEqual([]);
      await saveScreenshot({ page, portal, name: `add-members-bad-entry-${name}`, from: portalDir });

      await bad.click();
      const fixed = `fixed.${name}@e2e.example`;
      await enterAddresses({ dialog, text: fixed });
      await expect.poll(() => countOf(dialog)).toMatch(/^\s*4 addresses\s*$/);
      await dialog.getByRole('button', { name: 'Submit' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('status').filter({ hasText: '4 invited' }).waitFor();
      await chooseRoleTab({ page, label: 'Consumer' });
      // The tab's own navigation may still be settling and reset the box: search until the address bar holds the query.
      const query = `.${name}@e2e.example`;
      await expect
        .poll(async () => {
          await page.getByRole('searchbox', { name: 'Search' }).fill(query);
          await page.getByRole('button', { name: 'Search', exact: true }).click();
          await page.waitForLoadState('networkidle');
          return decodeURIComponent(page.url());
        })
        .toContain(query);
      for (const email of [...good, fixed]) await memberRow({ page, email }).waitFor();
    });

    it(`Escape and clicks beside it (${name}): the innermost thing closes first, and picks are only dropped once the person says so`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      const dialog = await openAddMembers({ page, url: rolesUrl() });
      await enterAddresses({ dialog, text: `kept.${name}@e2e.example` });
      await dialog.getByRole('radio', { name: 'API key' }).check();
      const keys = dialog.getByRole('combobox', { name: 'API keys' });
      await keys.click();
      await expect.poll(() => keys.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      await expect.poll(() => keys.getAttribute('aria-expanded')).toBe('false');
      expect(await dialog.isVisible()).toBe(true);

      await page.keyboard.press('Escape');
      const confirm = page.getByRole('alertdialog', { name: 'Discard your picks?' });
      await confirm.waitFor();
      expect(await findSeriousViolations({ page })).toEqual([]);
      await page.keyboard.press('Escape');
      await confirm.waitFor({ state: 'detached' });
      await dialog.getByRole('radio', { name: 'User' }).check();
      expect(await dialog.getByRole('button', { name: `Edit kept.${name}@e2e.example` }).count()).toBe(1);

      if (size.width > 600) {
        // Beside the slide-out: the dimmed page.
        await page.mouse.click(20, size.height / 2);
      } else {
        await dialog.getByRole('button', { name: 'Close' }).click();
      }
      await confirm.waitFor();
      await confirm.getByRole('button', { name: 'Keep editing' }).click();
      await confirm.waitFor({ state: 'detached' });
      expect(await dialog.getByRole('button', { name: `Edit kept.${name}@e2e.example` }).count()).toBe(1);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    });

    it(`Progress (${name}): 137 pasted addresses show as a count, and saving says how many it is saving`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      const emails = Array.from({ length: 137 }, (_, n) => `bulk${n + 1}.${name}@e2e.example`);
      const dialog = await openAddMembers({ page, url: rolesUrl() });
      await enterAddresses({ dialog, text: emails.join('; ') });
      await expect.poll(() => countOf(dialog)).toContain('137 addresses');
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(
        (url) => url.search.includes('/addMembers'),
        async (route) => {
          await held;
          await route.continue();
        },
      );
      await dialog.getByRole('button', { name: 'Submit' }).click();
      await dialog.getByText('Saving 137 addresses…').waitFor();
      expect(await dialog.getByRole('progressbar', { name: 'Saving 137 addresses' }).count()).toBe(1);
      release();
      await dialog.waitFor({ state: 'detached' });
      await page.unroute((url) => url.search.includes('/addMembers'));
      await page.getByRole('status').filter({ hasText: '137 invited' }).waitFor();
    });

    it(`R5, R6 (${name}): groups are found by name where the organization allows it, never typed as ids; a guest and an organization with lookup off get no group option`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      let dialog = await openAddMembers({ page, url: rolesUrl() });
      await dialog.getByRole('radio', { name: 'Group' }).check();
      expect(await dialog.getByText(/group ids/i).count()).toBe(0);
      await dialog.getByRole('combobox', { name: 'Groups' }).fill('Analy');
      await dialog.getByRole('option', { name: /Analysts/ }).click();
      await dialog.getByRole('button', { name: 'View members of Analysts' }).click();
      await dialog.getByText('dana@dir.example').waitFor();
      expect(await findSeriousViolations({ page })).toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });

      await addGuestAdministrator({ ctx });
      const guest = await ctx.openBrowserAs({ email: GUEST });
      await guest.setViewportSize(size);
      dialog = await openAddMembers({ page: guest, url: rolesUrl() });
      expect(await dialog.getByRole('radio', { name: 'Group' }).count()).toBe(0);
      expect(await dialog.getByRole('combobox', { name: 'Users' }).count()).toBe(0);
      await dialog.getByLabel('Email addresses').waitFor();
      expect(await findSeriousViolations({ page: guest })).toEqual([]);
      await guest.close();

      const off = await createTestTenant({
        stack: ctx.stack,
        productId,
        administrators: [ctx.admin.email],
        directory: ADD_MEMBERS_DIRECTORY,
        lookup: { users: false, groups: false },
      });
      dialog = await openAddMembers({ page, url: `${ctx.stack.portalUrl}/t/${off.tenantId}/roles` });
      expect(await dialog.getByRole('radio', { name: 'Group' }).count()).toBe(0);
      await dialog.getByLabel('Email addresses').waitFor();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });
    });
  }
}

/** Makes the guest of the directory an administrator of the test tenant, so that they may open Add Members at all. */
async function addGuestAdministrator({ ctx }: { ctx: PortalStack }) {
  const admin = await ctx.stack.restAs({ email: ctx.admin.email });
  await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/roles/administrator/members`, body: { kind: 'user', emails: GUEST } });
}
