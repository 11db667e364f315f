import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findRepoRoot } from './repo-root.js';

/** Saves a screenshot to docs/screenshots/<portal>-<name>.png at the repository root. */
export async function saveScreenshot({ page, portal, name, from }: { page: Page; portal: string; name: string; from: string }): Promise<string> {
  const folder = join(findRepoRoot({ from }), 'docs', 'screenshots');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${portal}-${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
