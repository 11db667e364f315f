/**
 * What the boundary rules need to know about the workspace, read from its folders so that a portal
 * added by `pnpm new-product` is covered without editing this preset.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WORKSPACE_ROOT = join(import.meta.dirname, '..', '..');

/** Package names of the portal apps: every app with a svelte.config.js. */
export function portalPackageNames({ root = WORKSPACE_ROOT } = {}) {
  const apps = join(root, 'apps');
  return readdirSync(apps, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(apps, entry.name, 'svelte.config.js')))
    .map((entry) => JSON.parse(readFileSync(join(apps, entry.name, 'package.json'), 'utf8')).name)
    .sort();
}
