/** What a person does in a portal, step by step, as the browser tests use it. */
import type { BrowserContext, Page } from 'playwright-core';

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

export async function chooseRoleTab({ page, label }: { page: Page; label: string }) {
  await page.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
}

/** Types one semicolon list of emails into Add Members, whichever way the product offers (lookup or not). */
export async function addUsersByEmail({ page, emails }: { page: Page; emails: string }) {
  await page.getByRole('button', { name: 'Add Members' }).click();
  const dialog = page.getByRole('dialog');
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

/** The members table row of one person, by email. */
export function memberRow({ page, email }: { page: Page; email: string }) {
  return page.getByRole('row').filter({ hasText: email });
}
