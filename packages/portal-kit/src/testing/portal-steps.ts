/** What a person does in a portal, step by step, as the browser tests use it. */
import type { BrowserContext, Locator, Page } from 'playwright-core';

export async function signIn({ context, portalUrl, email }: { context: BrowserContext; portalUrl: string; email: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${portalUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

export async function openApplicationRoles({ page, portalUrl, tenantId }: { page: Page; portalUrl: string; tenantId: string }) {
  await page.goto(`${portalUrl}/t/${tenantId}/roles`);
  await page.getByRole('heading', { name: 'Application Roles' }).waitFor();
}

/** Chooses a role's tab and waits until that role's members (fetched from the server) are shown. */
export async function chooseRoleTab({ page, label }: { page: Page; label: string }) {
  await page.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('table', { name: `Members of ${label}` }).waitFor();
}

/** Creates a project from the Projects page and opens it; its creator becomes its owner (R16). */
export async function createProject({ page, portalUrl, tenantId, name }: { page: Page; portalUrl: string; tenantId: string; name: string }) {
  await page.goto(`${portalUrl}/t/${tenantId}/projects`);
  await page.getByLabel('New project name').fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  const link = page.getByRole('link', { name, exact: true });
  await link.waitFor();
  await link.click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** The project roles Add Members offers, by label. */
export async function offeredProjectRoles({ page }: { page: Page }): Promise<string[]> {
  await page.getByRole('button', { name: 'Add Members' }).click();
  const dialog = page.getByRole('dialog');
  const labels = await dialog.getByLabel('Project role').locator('option').allTextContents();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  return labels.map((label) => label.trim());
}

/**
 * Types one semicolon list of emails into Add Members, whichever way the product offers
 * (lookup or not); on a project page, `projectRole` is the label to choose.
 */
export async function addUsersByEmail({ page, emails, projectRole }: { page: Page; emails: string; projectRole?: string }) {
  await page.getByRole('button', { name: 'Add Members' }).click();
  const dialog = page.getByRole('dialog');
  if (projectRole) await dialog.getByLabel('Project role').selectOption({ label: projectRole });
  await dialog.getByRole('radio', { name: 'User' }).check();
  const combobox = dialog.getByRole('combobox', { name: 'Users' });
  if (await combobox.count()) {
    await combobox.fill(emails);
    // The typed text is offered as the first option (R5).
    await dialog.getByRole('listbox').getByRole('option').first().click();
  } else {
    await dialog.getByLabel('Email addresses').fill(emails);
  }
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The members table row of one person, by email; `page` may be one part of it, e.g. one role's section. */
export function memberRow({ page, email }: { page: Page | Locator; email: string }) {
  return page.getByRole('row').filter({ hasText: email });
}
