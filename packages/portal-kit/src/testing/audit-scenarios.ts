/**
 * Issue 17, the audit log as people read it (R24): sentences with names and role labels, before
 * and after on demand, filters the server applies, more events on demand, a CSV of what is shown,
 * on a desktop and on a phone.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, VIEWPORTS } from './viewports.js';
import { findSeriousViolations } from './axe.js';
import type { PortalStack } from './portal-stack.js';
import { saveScreenshot } from './screenshots.js';

interface Input {
  ctx: PortalStack;
  portal: string;
  portalDir: string;
}

/** Invitations made at once, more than one page of the log holds. */
const BULK = 60;
const PAGE_SIZE = 50;

async function openAudit({ ctx, page, query = '' }: { ctx: PortalStack; page: Page; query?: string }) {
  await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/audit${query}`);
  await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
}

const eventItems = (page: Page) => page.getByRole('list', { name: 'Audit events' }).getByRole('listitem');
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /Showing|No events|No changes/ });

export function registerAuditScenarios({ ctx, portal, portalDir }: Input) {
  const bob = `bob.${portal}@e2e.example`;

  beforeAll(async () => {
    const admin = await ctx.stack.restAs({ email: ctx.admin.email });
    const base = `/api/v1/tenants/${ctx.tenantId}`;
    const emails = Array.from({ length: BULK }, (_, index) => `bulk${String(index).padStart(2, '0')}.${portal}@e2e.example`);
    await admin({ method: 'POST', path: `${base}/roles/consumer/members`, body: { kind: 'user', emails: emails.join('; ') } });
    await admin({ method: 'POST', path: `${base}/roles/consumer/members`, body: { kind: 'user', emails: bob } });
    const project = await admin<{ id: string }>({ method: 'POST', path: `${base}/projects`, body: { name: 'Alpha' } });
    await admin({ method: 'POST', path: `${base}/projects/${project.id}/members`, body: { kind: 'user', emails: bob, role: 'member' } });
    await admin({ method: 'POST', path: `${base}/api-keys`, body: { description: 'Nightly export' } });
    const users = await admin<{ items: { principalId: string; email: string }[] }>({ method: 'GET', path: `${base}/users?email=${encodeURIComponent(bob)}` });
    await admin({ method: 'DELETE', path: `${base}/roles/consumer/members/${users.items[0]!.principalId}` });
  });

  for (const { name, size } of VIEWPORTS) {
    it(`R24 (${name}): the log reads as sentences with names and role labels, before and after open on demand, with no serious accessibility violation and no sideways scrolling`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      await openAudit({ ctx, page });
      const items = eventItems(page);
      await expect.poll(() => items.count()).toBe(PAGE_SIZE);
      // The filters leave room for the log: the newest event starts on the first screen, phone included.
      await expect.poll(async () => (await items.first().boundingBox())?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(size.height);
      const removal = items.filter({ hasText: `${ctx.admin.email} removed ${bob} from Consumer, and from 1 project role.` });
      expect(await removal.count()).toBe(1);
      expect(await items.filter({ hasText: `${ctx.admin.email} created API key “Nightly export”.` }).count()).toBe(1);
      expect(await items.filter({ hasText: `${ctx.admin.email} added ${bob} to project “Alpha” as Member.` }).count()).toBe(1);
      expect(await items.filter({ hasText: `${ctx.admin.email} created project “Alpha”.` }).count()).toBe(1);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).not.toMatch(/apiKey:|user:|project:|\{"/);

      const details = removal.getByText('Before and after');
      expect(await removal.getByText('Alpha: Member').isVisible()).toBe(false);
      await details.click();
      await removal.getByText('Alpha: Member').waitFor();
      expect(await removal.locator('dl').textContent()).toMatch(/Roles\s*Consumer\s*→\s*changed to\s*no role/);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await findSeriousViolations({ page })).toEqual([]);
      await saveScreenshot({ page, portal, name: `audit-${name}`, from: portalDir });
    });

    it(`R24 (${name}): filters by who, kind, what and dates are applied by the server and kept in the address`, async () => {
      const { page } = ctx.admin;
      await page.setViewportSize(size);
      await openAudit({ ctx, page });
      // On a phone the filters are folded away until asked for.
      if (name === 'phone') {
        const fold = page.locator('summary', { hasText: 'Filters' });
        await expect.poll(() => fold.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open)).toBe(false);
        await fold.click();
      }
      await page.getByLabel('About', { exact: true }).fill('nightly');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL((url) => url.searchParams.get('target') === 'nightly');
      await expect.poll(() => eventItems(page).allTextContents()).toEqual([expect.stringContaining(`${ctx.admin.email} created API key “Nightly export”.`)]);
      await summary(page).filter({ hasText: 'Showing 1 event matching these filters, newest first — that is all of them.' }).waitFor();

      await page.getByRole('link', { name: 'Clear filters' }).click();
      await page.waitForURL((url) => url.search === '');
      await page.getByLabel('Who', { exact: true }).fill(ctx.admin.email.toUpperCase());
      await page.getByLabel('Kind of change').selectOption({ label: 'Removed from an application role' });
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL((url) => url.searchParams.get('action') === 'application-role.member.removed');
      await expect.poll(() => eventItems(page).count()).toBe(1);
      expect(await page.getByLabel('Kind of change').inputValue()).toBe('application-role.member.removed');

      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      await page.goto(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/audit?from=${tomorrow}`);
      await summary(page).filter({ hasText: 'No events match these filters.' }).waitFor();
      expect(await page.getByLabel('From (UTC)').inputValue()).toBe(tomorrow);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await findSeriousViolations({ page })).toEqual([]);
    });
  }

  it('R24: a range that ends before it starts is refused beside the form, which keeps what was typed', async () => {
    const { page } = ctx.admin;
    await page.setViewportSize(DESKTOP);
    await openAudit({ ctx, page, query: '?from=2025-03-02&to=2025-03-01' });
    const alert = page.getByRole('alert').filter({ hasText: 'Some of what you entered is not valid.' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('To (UTC): must not be before from');
    expect(await page.getByLabel('To (UTC)').inputValue()).toBe('2025-03-01');
    expect(await eventItems(page).count()).toBe(0);
    expect(await findSeriousViolations({ page })).toEqual([]);
  });

  it('R24: nothing is cut off unseen — the count says older events follow, and Load older events brings them in place', async () => {
    const { page } = ctx.admin;
    await page.setViewportSize(DESKTOP);
    await openAudit({ ctx, page, query: '?action=application-role.member.invited' });
    await summary(page)
      .filter({ hasText: `Showing ${PAGE_SIZE} events matching these filters, newest first; older ones follow.` })
      .waitFor();
    await page.getByRole('link', { name: 'Load older events' }).click();
    // Every bulk invitation and bob's: the administrators were named at the tenant's creation, not invited.
    await summary(page)
      .filter({ hasText: `Showing ${BULK + 1} events matching these filters, newest first — that is all of them.` })
      .waitFor();
    const shown = await eventItems(page).allTextContents();
    expect(shown.length).toBe(BULK + 1);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.at(-1)).toContain(`invited bulk00.${portal}@e2e.example as Consumer.`);
    expect(await page.getByRole('link', { name: 'Load older events' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('cursor')).toBeNull();
  });

  it('R24: Download CSV exports what the filters show, in the same words, with a header row', async () => {
    const { page } = ctx.admin;
    await page.setViewportSize(DESKTOP);
    await openAudit({ ctx, page, query: `?target=${encodeURIComponent(bob)}` });
    const shown = await eventItems(page).count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('audit-events.csv');
    const rows = parse(readFileSync(await download.path(), 'utf8'), { bom: true }) as string[][];
    expect(rows[0]!.slice(0, 3)).toEqual(['When (UTC)', 'Who', 'What happened']);
    expect(rows.length - 1).toBe(shown);
    expect(rows.slice(1).map((row) => row[2])).toContain(`${ctx.admin.email} removed ${bob} from Consumer, and from 1 project role.`);
  });
}
