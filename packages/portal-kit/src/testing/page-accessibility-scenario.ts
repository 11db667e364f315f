/** Issue 17: axe-core finds no serious or critical violation on any page of the portal, on a desk and on a phone. */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findSeriousViolations, type AxeViolation } from './axe.js';
import type { PortalStack } from './portal-stack.js';
import { DESKTOP, VIEWPORTS } from './viewports.js';

/** Every page the user menu offers in this tenant, by path: whatever the product adds to it is judged too. */
async function menuPaths({ page, email }: { page: Page; email: string }): Promise<string[]> {
  await page.getByRole('button', { name: email }).click();
  const menu = page.getByRole('navigation', { name: 'Account and administration' });
  await menu.getByRole('link', { name: 'About' }).waitFor();
  const hrefs = await menu.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  await page.keyboard.press('Escape');
  return [...new Set(hrefs)];
}

export function registerPageAccessibilityScenario({ ctx }: { ctx: PortalStack }) {
  it('Every page of the menu, a project page, the sign-in page and the error page have no serious or critical accessibility violations (desk and phone)', async () => {
    const { page, email } = ctx.admin;
    const admin = await ctx.stack.restAs({ email });
    const project = await admin<{ id: string }>({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/projects`, body: { name: 'Accessible project' } });
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/about`);
    const paths = [...(await menuPaths({ page, email })), `/t/${ctx.tenantId}/projects/${project.id}`, `/t/${ctx.tenantId}/no-such-page`];
    // The administrator's menu holds the member, key and audit pages; the walk must not pass by judging nothing.
    for (const page of ['roles', 'remote-access', 'audit', 'about']) expect(paths).toContain(`/t/${ctx.tenantId}/${page}`);
    const signedOut = await ctx.openSignedOutBrowser();
    const found: Record<string, AxeViolation[]> = {};
    for (const { name, size } of VIEWPORTS) {
      await page.setViewportSize(size);
      for (const path of paths) {
        await page.goto(`${ctx.stack.portalUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        const violations = await findSeriousViolations({ page });
        if (violations.length > 0) found[`${name} ${path}`] = violations;
      }
      await signedOut.setViewportSize(size);
      await signedOut.goto(`${ctx.stack.portalUrl}/sign-in`);
      await signedOut.getByRole('heading', { level: 1 }).first().waitFor();
      const violations = await findSeriousViolations({ page: signedOut });
      if (violations.length > 0) found[`${name} /sign-in`] = violations;
    }
    await page.setViewportSize(DESKTOP);
    expect(found).toEqual({});
  });

  it('Every dialog a page opens has no serious or critical accessibility violations, and Escape closes it (desk and phone)', async () => {
    const { page, email } = ctx.admin;
    const admin = await ctx.stack.restAs({ email });
    const base = `/api/v1/tenants/${ctx.tenantId}`;
    // Something for each opener to act on: a project with its owner, a key, a pending user.
    const project = await admin<{ id: string }>({ method: 'POST', path: `${base}/projects`, body: { name: 'Dialog project' } });
    await admin({ method: 'POST', path: `${base}/api-keys`, body: { description: 'Dialog key' } });
    await admin({ method: 'POST', path: `${base}/roles/consumer/members`, body: { kind: 'user', emails: 'dialog.pending@e2e.example' } });
    await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/about`);
    const paths = [...(await menuPaths({ page, email })), `/t/${ctx.tenantId}/roles?role=consumer`, `/t/${ctx.tenantId}/projects/${project.id}`];
    const { found, judged } = await judgeEveryDialog({ page, portalUrl: ctx.stack.portalUrl, paths });
    // The walk must not pass by opening nothing: the shared pages' openers are all judged.
    for (const text of ['Add Members', 'Change role', 'Delete', 'Revoke', 'Rename', 'Delete project']) expect([...judged]).toContain(text);
    expect(found).toEqual({});
  });
}

/**
 * Opens the first dialog opener of each kind on each path, on a desk and on a phone: axe judges the
 * open dialog and Escape must close it. Answers what axe found, and the wording of every opener judged.
 */
export async function judgeEveryDialog({ page, portalUrl, paths }: { page: Page; portalUrl: string; paths: string[] }) {
  const found: Record<string, AxeViolation[]> = {};
  const judged = new Set<string>();
  for (const { name, size } of VIEWPORTS) {
    await page.setViewportSize(size);
    for (const path of paths) {
      await page.goto(`${portalUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      for (const opener of await firstOpenerOfEachKind({ page })) {
        await opener.button.click();
        const dialog = page.locator('[role="dialog"], [role="alertdialog"]').last();
        await dialog.waitFor();
        // A dry run is judged with its answer, not while it is being worked out.
        await expect.poll(() => dialog.textContent()).not.toContain('Working out');
        const violations = await findSeriousViolations({ page });
        if (violations.length > 0) found[`${name} ${path} “${opener.text}”`] = violations;
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        judged.add(opener.text);
      }
    }
  }
  await page.setViewportSize(DESKTOP);
  return { found, judged };
}

/** The page's dialog openers (marked `aria-haspopup="dialog"`), one of each wording: every row's Delete opens the same dialog. */
async function firstOpenerOfEachKind({ page }: { page: Page }) {
  const openers = page.locator('main [aria-haspopup="dialog"]');
  const texts = (await openers.allTextContents()).map((text) => text.trim());
  const firsts = [...new Set(texts)].map((text) => ({ text, button: openers.nth(texts.indexOf(text)) }));
  return firsts;
}
