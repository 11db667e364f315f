/**
 * `pnpm new-product` end to end, in a copy of the workspace: it touches only what it owns, the
 * product's configuration compiles, every generic rule holds for it, the API builds and its
 * route × caller walk covers the new product's tenant, its matrices reach docs/permissions.md,
 * and its portal builds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextFreePort, readWorkspace } from '../src/index.mjs';
import { changesBetween, hashTree, type TreeChanges } from './file-hashes.js';
import { copyWorkspace, relinkNodeModules, runNode, type WorkspaceCopy } from './workspace-copy.js';

const ID = 'throwaway-kit';
const NAME = "Loome Throwaway's Kit";

describe('pnpm new-product in a copy of the workspace', () => {
  let copy: WorkspaceCopy;
  let scaffold: { code: number; output: string };
  let changes: TreeChanges;
  const rolesCore = () => join(copy.root, 'packages/roles-core');

  beforeAll(() => {
    copy = copyWorkspace();
    const before = hashTree({ root: copy.root });
    scaffold = runNode({ cwd: copy.root, args: ['tooling/scripts/new-product.mjs', ID, '--name', NAME] });
    changes = changesBetween({ before, after: hashTree({ root: copy.root }) });
  });

  afterAll(() => copy?.remove());

  it('succeeds and prints the next steps', () => {
    expect(scaffold.code, scaffold.output).toBe(0);
    const steps = [
      'pnpm install',
      'pnpm --filter @loome/roles-core build',
      'pnpm docs:permissions',
      `WALK_PRODUCTS=${ID} pnpm --filter @loome/api exec vitest run test/integration/route-walk`,
      'pnpm test',
    ];
    for (const step of steps) expect(scaffold.output).toContain(step);
  });

  it('writes the configuration, one registry line and the portal app, and changes nothing else', () => {
    expect(changes.removed).toEqual([]);
    expect(changes.changed).toEqual(['packages/roles-core/src/products/registered-products.ts']);
    const outsideApp = changes.added.filter((path) => !path.startsWith(`apps/${ID}/`));
    expect(outsideApp).toEqual([`packages/roles-core/src/products/${ID}.ts`]);
    expect(changes.added).toContain(`apps/${ID}/package.json`);
    expect(changes.added).toContain(`apps/${ID}/src/lib/portal.config.ts`);
  });

  it('registers the product with a single line', () => {
    const registry = readFileSync(join(rolesCore(), 'src/products/registered-products.ts'), 'utf8');
    expect(registry.split('\n').filter((line) => line.includes(ID))).toEqual([`export { throwawayKit } from './${ID}.js';`]);
  });

  it('gives the portal the next free port and the product id', () => {
    // Whatever products the workspace already holds: the scaffolder takes the port after theirs.
    const others = readWorkspace({ root: copy.root }).products.filter((product) => product.id !== ID);
    const port = nextFreePort({ used: others.flatMap((product) => (product.port === null ? [] : [product.port])) });
    const config = readFileSync(join(rolesCore(), `src/products/${ID}.ts`), 'utf8');
    const portal = readFileSync(join(copy.root, `apps/${ID}/src/lib/portal.config.ts`), 'utf8');
    const manifest: unknown = JSON.parse(readFileSync(join(copy.root, `apps/${ID}/package.json`), 'utf8'));
    expect(config).toContain(`portalPort: ${port},`);
    expect(config).toContain(`name: 'Loome Throwaway\\'s Kit',`);
    expect(portal).toContain(`productId: '${ID}'`);
    expect(manifest).toHaveProperty('name', `@loome/${ID}`);
    expect(manifest).toHaveProperty(['scripts', 'start'], expect.stringContaining(String(port)));
  });

  it('builds roles-core with the new product, and every generic suite passes for it', () => {
    const build = runNode({ cwd: rolesCore(), args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'] });
    expect(build.code, build.output).toBe(0);
    const suites = runNode({ cwd: rolesCore(), args: ['node_modules/vitest/vitest.mjs', 'run', 'test/generic', '--reporter=verbose'] });
    expect(suites.code, suites.output).toBe(0);
    expect(suites.output).toContain(`'${ID}'`);
    expect(suites.output).not.toMatch(/\bfailed\b/);
  });

  it('builds the API against the new configuration, and the route × caller walk on SQLite answers every caller of the new tenant as SPEC says', () => {
    const api = join(copy.root, 'apps/api');
    const build = runNode({ cwd: api, args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'] });
    expect(build.code, build.output).toBe(0);
    // Every registered product is walked (WALK_PRODUCTS empty): the new one beside the shipped ones.
    const walk = runNode({
      cwd: api,
      args: ['node_modules/vitest/vitest.mjs', 'run', 'test/integration/route-walk/route-walk.spec.ts'],
      env: { TEST_DATABASES: 'sqlite', WALK_PRODUCTS: '' },
    });
    expect(walk.code, walk.output).toBe(0);
    expect(walk.output).toMatch(new RegExp(`route walk ${ID}: [1-9][0-9]* calls, 0 mismatches`));
  }, 240_000);

  it("regenerates docs/permissions.md with the new product's matrices, which the docs check then accepts", () => {
    const write = runNode({ cwd: rolesCore(), args: ['scripts/write-permissions-doc.mjs'] });
    expect(write.code, write.output).toBe(0);
    const doc = readFileSync(join(copy.root, 'docs/permissions.md'), 'utf8');
    expect(doc).toContain(`## ${NAME} (\`${ID}\`)`);
    expect(doc).toContain('| `items.view` | View items | ✔ | ✔ | ✔ |');
    expect(doc).toContain("| `project.members.manage` | Manage the project's members | ✔ |  |  |");
    const check = runNode({ cwd: rolesCore(), args: ['node_modules/vitest/vitest.mjs', 'run', 'src/docs'] });
    expect(check.code, check.output).toBe(0);
  });

  it('builds the new portal app against the new configuration', () => {
    // What `pnpm install` would link for it: the same packages as a sibling portal, at the same depth.
    const app = join(copy.root, 'apps', ID);
    relinkNodeModules({ from: join(copy.root, 'apps/assist/node_modules'), to: join(app, 'node_modules') });
    const sync = runNode({ cwd: app, args: ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'] });
    expect(sync.code, sync.output).toBe(0);
    const build = runNode({ cwd: app, args: ['node_modules/vite/bin/vite.js', 'build'] });
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('Using @sveltejs/adapter-node');
  });
});
