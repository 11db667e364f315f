/**
 * Issue 17 in the browser: lists that reach every member, changes that show the planner's dry run
 * before they happen, and the same pages on a phone (390 × 844) with the navigation in a drawer.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { assignableProjectRolesWeakestFirst, getProduct } from '@loome/roles-core';
import { findSeriousViolations } from './axe.js';
import { chooseRoleTab, memberRow, openApplicationRoles } from './portal-steps.js';
import type { PortalStack } from './portal-stack.js';
import { saveScreenshot } from './screenshots.js';
import { DESKTOP, PHONE, VIEWPORTS } from './viewports.js';

interface Input {
  ctx: PortalStack;
  portal: string;
  portalDir: string;
}

const memberEmail = (n: number) => `m${String(n).padStart(4, '0')}@scale.example`;

/** Nothing on the page is wider than the screen: no sideways scrolling to reach an action. */
async function pageWidth({ page }: { page: Page }) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

async function rightEdgeOf({ page, name }: { page: Page; name: string | RegExp }) {
  const box = await page.getByRole('button', { name }).first().boundingBox();
  return box ? box.x + box.width : Number.POSITIVE_INFINITY;
}

export function registerScaleAndPreviewScenarios({ ctx, portal, portalDir }: Input) {
  it('Lists that scale: pages through a 1,000-member role, and finds and deletes member 999 by search after its dry run', async () => {
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    for (let batch = 0; batch < 4; batch += 1) {
      const emails = Array.from({ length: 250 }, (_, index) => memberEmail(batch * 250 + index + 1)).join('; ');
      await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/roles/consumer/members`, body: { kind: 'user', emails } });
    }
    const { page } = ctx.admin;
    await page.setViewportSize(DESKTOP);
    await openApplicationRoles({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId });
    expect(await page.getByRole('tab', { name: 'Consumer (1000)' }).count()).toBe(1);
    await chooseRoleTab({ page, label: 'Consumer' });
    await page.getByText('Showing 1–50 of 1000').waitFor();
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.getByText('Showing 51–100 of 1000').waitFor();
    expect(await memberRow({ page, email: memberEmail(51) }).count()).toBe(1);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.getByText('Showing 101–150 of 1000').waitFor();
    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.getByText('Showing 51–100 of 1000').waitFor();
    expect(await findSeriousViolations({ page })).toEqual([]);

    await page.getByRole('searchbox', { name: 'Search' }).fill('m0999');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Showing 1–1 of 1 matching').waitFor();
    await memberRow({ page, email: memberEmail(999) })
      .getByRole('button', { name: /^Delete/ })
      .click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toContain(`Removes ${memberEmail(999)} from Consumer.`);
    expect(await findSeriousViolations({ page })).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'No members match' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Consumer (999)' }).count()).toBe(1);
  }, 180_000);

  it('Lists that scale: a project role of 60 members pages on the project page, and a search over its roles finds and deletes one', async () => {
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    const project = await admin<{ id: string }>({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/projects`, body: { name: 'Crowded project' } });
    // The role the picker starts on; each portal's product id is its name.
    const product = getProduct(portal)!;
    const weakestId = assignableProjectRolesWeakestFirst({ product })[0]!;
    const weakest = { id: weakestId, label: product.projectRoles[weakestId]!.label };
    const emails = Array.from({ length: 60 }, (_, index) => memberEmail(index + 1)).join('; ');
    await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/projects/${project.id}/members`, body: { kind: 'user', emails, role: weakest.id } });
    const { page } = ctx.admin;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/projects/${project.id}`);
    const pages = page.getByRole('navigation', { name: `Pages of ${weakest.label} members` });
    await page.getByRole('heading', { name: `${weakest.label} (60)`, level: 2 }).waitFor();
    await pages.getByText('Showing 1–50 of 60').waitFor();
    await pages.getByRole('link', { name: 'Next page' }).click();
    await pages.getByText('Showing 51–60 of 60').waitFor();
    expect(await memberRow({ page: page.getByRole('table', { name: `${weakest.label} members of Crowded project` }), email: memberEmail(60) }).count()).toBe(1);
    await pages.getByRole('link', { name: 'Previous page' }).click();
    await pages.getByText('Showing 1–50 of 60').waitFor();

    await page.getByRole('searchbox', { name: 'Search members' }).fill('m0057');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await pages.getByText('Showing 1–1 of 1 matching').waitFor();
    expect(await findSeriousViolations({ page })).toEqual([]);
    await memberRow({ page, email: memberEmail(57) })
      .getByRole('button', { name: /^Delete/ })
      .click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toContain(memberEmail(57));
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await pages.getByText('No members match').waitFor();
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/projects/${project.id}`);
    await page.getByRole('heading', { name: `${weakest.label} (59)`, level: 2 }).waitFor();
  });

  it('Filters: kind and status narrow the list on the server and the count says how many match', async () => {
    const { page } = ctx.admin;
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/roles?role=consumer`);
    await page.getByLabel('Kind', { exact: true }).selectOption('group');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'No members match' }).waitFor();
    await page.getByLabel('Kind', { exact: true }).selectOption('user');
    await page.getByLabel('Status', { exact: true }).selectOption('User Invitation');
    await page.getByLabel('Sort by').selectOption('email');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Showing 1–50 of 999 matching').waitFor();
    expect((await page.getByRole('row').nth(1).textContent()) ?? '').toContain(memberEmail(1));
  });

  for (const { name, size } of VIEWPORTS) {
    it(`R3, R10, R11 (${name}): Change role shows the demotion before it happens; on yourself the refusal shows before any click`, async () => {
      const second = `second-admin-${name}@e2e.example`;
      const admin = await ctx.stack.restAs({ email: ctx.admin.email });
      await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/roles/administrator/members`, body: { kind: 'user', emails: second } });
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/roles?role=administrator`);
      await page.getByRole('table', { name: 'Members of Administrator' }).waitFor();
      const row = memberRow({ page, email: second });
      await row.getByRole('button', { name: /^Change role/ }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByLabel('New role').selectOption({ label: 'Consumer' });
      await expect.poll(() => dialog.textContent()).toContain(`Moves ${second} from Administrator to Consumer.`);
      expect(await dialog.textContent()).toContain('This demotes an administrator: 1 administrator will be left');
      expect(await findSeriousViolations({ page })).toEqual([]);
      await saveScreenshot({ page, portal, name: `change-role-${name}`, from: portalDir });
      await dialog.getByRole('button', { name: 'Move to Consumer' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => row.count()).toBe(0);

      await memberRow({ page, email: ctx.admin.email })
        .getByRole('button', { name: /^Change role/ })
        .click();
      await expect.poll(() => dialog.textContent()).toContain('You cannot remove or move your own account');
      expect(await dialog.getByRole('button', { name: /^Move to/ }).count()).toBe(0);
      await dialog.getByRole('button', { name: 'Close' }).click();
    });

    it(`R13 (${name}): deleting an API key first says it goes everywhere and its secret stops working`, async () => {
      const description = `Nightly export ${name}`;
      const admin = await ctx.stack.restAs({ email: ctx.admin.email });
      await admin({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/api-keys`, body: { description } });
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/remote-access`);
      expect(await pageWidth({ page })).toBeLessThanOrEqual(size.width);
      expect(await rightEdgeOf({ page, name: `Delete API key ${description}` })).toBeLessThanOrEqual(size.width);
      await page.getByRole('button', { name: `Delete API key ${description}` }).click();
      const dialog = page.getByRole('alertdialog');
      await expect.poll(() => dialog.textContent()).toContain(`Deletes the API key “${description}” everywhere: its secret stops working at once.`);
      expect(await findSeriousViolations({ page })).toEqual([]);
      await dialog.getByRole('button', { name: 'Delete key' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByRole('row').filter({ hasText: description }).count()).toBe(0);
    });
  }

  it('Phones (390 × 844): the header fits, the navigation with Sign out is a drawer from the header, and member rows keep Delete in reach', async () => {
    const { page } = ctx.admin;
    await page.setViewportSize(PHONE);
    await openApplicationRoles({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId });
    await chooseRoleTab({ page, label: 'Consumer' });
    expect(await pageWidth({ page })).toBeLessThanOrEqual(PHONE.width);
    expect(await rightEdgeOf({ page, name: /^Delete/ })).toBeLessThanOrEqual(PHONE.width);
    expect(await findSeriousViolations({ page })).toEqual([]);
    await saveScreenshot({ page, portal, name: 'application-roles-phone', from: portalDir });
    await page.getByRole('button', { name: ctx.admin.email }).click();
    const drawer = page.getByRole('navigation', { name: 'Account and administration' });
    const signOut = drawer.getByRole('button', { name: 'Sign out' });
    await signOut.waitFor();
    const box = await signOut.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height).toBe(true);
    expect(await drawer.getByRole('link', { name: 'About' }).isVisible()).toBe(true);
    expect(await findSeriousViolations({ page })).toEqual([]);
    await saveScreenshot({ page, portal, name: 'menu-phone', from: portalDir });
    await drawer.getByRole('button', { name: 'Close menu' }).click();
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await page.setViewportSize(DESKTOP);
  });
}
