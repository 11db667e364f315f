/**
 * Issue 17 in the browser, on a desk and on a phone: a project's page renames it (a taken name is
 * refused in words) and deletes it after showing the planner's dry run of everything that goes
 * with it; its role picker starts on the weakest role.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getProduct, weakestProjectRole } from '@loome/roles-core';
import { findSeriousViolations } from './axe.js';
import { createProject } from './portal-steps.js';
import type { PortalStack } from './portal-stack.js';
import { saveScreenshot } from './screenshots.js';
import { VIEWPORTS } from './viewports.js';

interface Input {
  ctx: PortalStack;
  portal: string;
  portalDir: string;
  productId: string;
}

/** Nothing on the page is wider than the screen, and the button is on it. */
async function fitsOnScreen({ page, name, width }: { page: Page; name: string; width: number }) {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  return scrollWidth <= width && box !== null && box.x >= 0 && box.x + box.width <= width;
}

export function registerProjectSettingsScenarios({ ctx, portal, portalDir, productId }: Input) {
  const product = getProduct(productId)!;
  const weakest = product.projectRoles[weakestProjectRole({ product })]!.label;

  for (const { name, size } of VIEWPORTS) {
    it(`Issue 17 (${name}): the role picker starts on ${weakest}; Rename refuses a taken name and renames; Delete shows what goes before it deletes`, async () => {
      const { page } = ctx.admin;
      const base = `/api/v1/tenants/${ctx.tenantId}`;
      const admin = await ctx.stack.restAs({ email: ctx.admin.email });
      const taken = `Taken ${name}`;
      await admin({ method: 'POST', path: `${base}/projects`, body: { name: taken } });
      await page.setViewportSize(size);
      await createProject({ page, portalUrl: ctx.stack.portalUrl, tenantId: ctx.tenantId, name: `Forecasts ${name}` });
      const projectId = page.url().split('/').pop()!;
      await admin({
        method: 'POST',
        path: `${base}/projects/${projectId}/members`,
        body: { kind: 'user', emails: `ana-${name}@e2e.example`, role: weakestProjectRole({ product }) },
      });
      if (product.limitedMembers) {
        await admin({ method: 'POST', path: `${base}/projects/${projectId}/records`, body: { assigneeEmail: `lim-${name}@e2e.example` } });
        await admin({
          method: 'POST',
          path: `${base}/projects/${projectId}/communication-rules`,
          body: { name: 'Daily digest', recipients: [`rec-${name}@e2e.example`] },
        });
      }
      await page.reload();

      await page.getByRole('button', { name: 'Add Members' }).click();
      const slideOut = page.getByRole('dialog');
      const picker = slideOut.getByLabel('Project role');
      expect(await picker.locator('option').first().textContent()).toBe(weakest);
      expect(await picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(weakest);
      await slideOut.getByRole('button', { name: 'Close' }).click();
      await slideOut.waitFor({ state: 'detached' });

      expect(await fitsOnScreen({ page, name: 'Delete project', width: size.width })).toBe(true);
      await page.getByRole('button', { name: 'Rename', exact: true }).click();
      const rename = page.getByRole('dialog', { name: 'Rename project' });
      await rename.getByLabel('Project name').fill(taken.toUpperCase());
      await rename.getByRole('button', { name: 'Rename', exact: true }).click();
      await expect.poll(() => rename.textContent()).toContain(`A project named “${taken}” already exists`);
      expect(await findSeriousViolations({ page })).toEqual([]);
      await rename.getByLabel('Project name').fill(`Forecasts ${name} (EU)`);
      await rename.getByRole('button', { name: 'Rename', exact: true }).click();
      await rename.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: `Forecasts ${name} (EU)`, level: 1 }).waitFor();

      await page.getByRole('button', { name: 'Delete project', exact: true }).click();
      const dialog = page.getByRole('alertdialog');
      const records = product.limitedMembers ? ', 1 record and 1 communication rule (“Daily digest”)' : '';
      await expect.poll(() => dialog.textContent()).toContain(`Deletes project “Forecasts ${name} (EU)”: removes 2 members’ project roles (`);
      expect(await dialog.textContent()).toContain(`ana-${name}@e2e.example: ${weakest}`);
      expect(await dialog.textContent()).toContain(`${records}.`);
      expect(await findSeriousViolations({ page })).toEqual([]);
      await saveScreenshot({ page, portal, name: `delete-project-${name}`, from: portalDir });
      await dialog.getByRole('button', { name: 'Delete project', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/t/${ctx.tenantId}/projects`);
      await page.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
      expect(await page.getByRole('link', { name: `Forecasts ${name} (EU)` }).count()).toBe(0);
      expect(await page.getByRole('link', { name: taken, exact: true }).count()).toBe(1);
    });
  }
}
