/**
 * The portal template is what the shipped portals have in common. When a shared page changes in
 * all three portals, this points at the template file to update, so a new portal never starts stale.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkspace, TEMPLATES_DIR } from '../src/index.mjs';
import { SOURCE_ROOT } from './workspace-copy.js';

const TEMPLATE = join(SOURCE_ROOT, TEMPLATES_DIR, 'portal');

const portals = readWorkspace({ root: SOURCE_ROOT })
  .products.map((product) => product.id)
  .filter((id) => existsSync(join(SOURCE_ROOT, 'apps', id, 'src')));

function sourceFiles({ app }: { app: string }): string[] {
  return readdirSync(join(app, 'src'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(app, join(entry.parentPath, entry.name)));
}

/** A package.json's dependency maps (`{{id}}` and `{{port}}` filled in for the template's). */
type Manifest = Record<string, Record<string, string>>;

function manifest({ dir, file }: { dir: string; file: string }): Manifest {
  return JSON.parse(readFileSync(join(dir, file), 'utf8').replaceAll('{{id}}', 'x').replaceAll('{{port}}', '1')) as Manifest;
}

describe('the portal template', () => {
  it('has the shipped portals to compare with', () => {
    expect(portals.length).toBeGreaterThanOrEqual(2);
  });

  it('holds every source file the portals share, as they have it', () => {
    const [first, ...others] = portals.map((id) => join(SOURCE_ROOT, 'apps', id));
    const shared = sourceFiles({ app: first! }).filter((path) => {
      const text = readFileSync(join(first!, path), 'utf8');
      return others.every((app) => existsSync(join(app, path)) && readFileSync(join(app, path), 'utf8') === text);
    });
    const stale = shared.filter(
      (path) => !existsSync(join(TEMPLATE, path)) || readFileSync(join(TEMPLATE, path), 'utf8') !== readFileSync(join(first!, path), 'utf8'),
    );
    expect(shared.length).toBeGreaterThan(10);
    expect(stale).toEqual([]);
  });

  it('depends on every package all the portals depend on, at the same version', () => {
    const template = manifest({ dir: TEMPLATE, file: 'package.json.tmpl' });
    const shipped = portals.map((id) => manifest({ dir: join(SOURCE_ROOT, 'apps', id), file: 'package.json' }));
    for (const field of ['dependencies', 'devDependencies']) {
      const common = Object.entries(shipped[0]![field] ?? {}).filter(([name, version]) => shipped.every((m) => m[field]?.[name] === version));
      const missing = common.filter(([name, version]) => template[field]?.[name] !== version).map(([name]) => name);
      expect(missing, field).toEqual([]);
    }
  });
});
