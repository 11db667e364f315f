/**
 * Import boundaries, as lint rules: what each kind of package may import. Imports are restricted
 * by name (`@typescript-eslint/no-restricted-imports`, which lets type-only imports through where
 * asked); import-x's `no-relative-packages` stops the same imports being written as `../../x` paths.
 * Every case is proved by test/boundaries.spec.ts.
 */
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { TESTS } from './files.js';
import { portalPackageNames } from './workspace.js';

const RULE = '@typescript-eslint/no-restricted-imports';

const escaped = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A specifier and its subpaths: `@loome/x` and `@loome/x/anything`. */
const packageRegex = (names) => `^(${names.map(escaped).join('|')})(/|$)`;

function noPortal() {
  return {
    regex: packageRegex(portalPackageNames()),
    message: 'A portal is an app, never a library: share code through @loome/portal-kit or @loome/ui.',
  };
}

/** Our packages other than the shared tool settings (lint, test, TypeScript), which any package may use. */
const OUR_PACKAGES = '^@loome/(?!(eslint-config|vitest-config|tsconfig)(/|$))';

const NOTHING_OF_OURS = { regex: OUR_PACKAGES, message: 'roles-core imports nothing of ours: every other package builds on it.' };

const ONLY_OWN_FILES = {
  regex: '^(?!\\.{1,2}/)',
  message: 'roles-core is pure TypeScript: it imports only its own files (no framework, no Node module, no package).',
};

const UI_NOTHING_OF_OURS = { regex: OUR_PACKAGES, message: 'The component library imports nothing of ours: portals and portal-kit build on it.' };

const UI_ONLY_SVELTE = {
  regex: '^(?!\\.{1,2}/|svelte(/|$))',
  message: 'The component library imports only svelte and its own files.',
};

const API_TYPES_ONLY = {
  regex: '^@loome/api(/|$)',
  allowTypeImports: true,
  message: 'Svelte packages reach the API over HTTP: import its types only (`import type`).',
};

const TYPEORM = {
  regex: '^(typeorm|@nestjs/typeorm)(/|$)',
  message: 'Only repositories, entities and the database folder use TypeORM: ask a repository instead.',
};

/**
 * Files of the API source that may use TypeORM: the persistence layer (tests may too, to inspect
 * the database). The named files are the exceptions docs/decisions.md gives the reasons for.
 */
export const API_PERSISTENCE = [
  'src/**/*.repository.ts',
  'src/**/entities/*.entity.ts',
  'src/database/**',
  // Query helpers the tenant repositories share (batched inserts, IN lists, packed rows).
  'src/modules/tenants/bulk-writes.ts',
  'src/modules/tenants/in-list.ts',
  'src/modules/tenants/packed-rows.ts',
  // SCIM Users and Groups: RFC 7644's filters, paging and tombstones are queried in the services.
  'src/modules/scim/scim-users.service.ts',
  'src/modules/scim/scim-groups.service.ts',
];

const restrict = (patterns) => ({ [RULE]: ['error', { patterns }] });

/** Resolves relative imports as TypeScript does (`./x.js` may be `./x.ts`), for no-relative-packages. */
const resolver = createNodeResolver({
  extensions: ['.ts', '.mts', '.d.ts', '.js', '.mjs', '.svelte', '.json'],
  extensionAlias: { '.js': ['.ts', '.d.ts', '.js'], '.mjs': ['.mts', '.d.mts', '.mjs'] },
});

/**
 * @param {{ everywhere: object[], source?: { files: string[], ignores?: string[], patterns: object[] }[], relativePackages?: string }} rules
 *   the restrictions for every file of the package; for some of its files, the restrictions that
 *   hold there instead (each list complete, so that one import breaks one restriction, reported once);
 *   and whether relative imports into another package are an error
 */
function boundaries({ everywhere, source = [], relativePackages = 'error' }) {
  return [
    {
      plugins: { 'import-x': importX },
      settings: { 'import-x/resolver-next': [resolver] },
      rules: { 'import-x/no-relative-packages': relativePackages, ...restrict(everywhere) },
    },
    ...source.map(({ files, ignores = [], patterns }) => ({ files, ignores, rules: restrict(patterns) })),
  ];
}

export const anyPackageBoundaries = () => boundaries({ everywhere: [noPortal()] });

/**
 * The root commands (`pnpm start`, `pnpm new-product`, …) run what other packages built: they reach
 * them by path, as the workspace root does, so relative paths into other packages are allowed.
 */
export const workspaceScriptBoundaries = () => boundaries({ everywhere: [noPortal()], relativePackages: 'off' });

export const rolesCoreBoundaries = () =>
  boundaries({ everywhere: [NOTHING_OF_OURS], source: [{ files: ['src/**'], ignores: TESTS, patterns: [ONLY_OWN_FILES] }] });

export const uiBoundaries = () =>
  boundaries({ everywhere: [UI_NOTHING_OF_OURS], source: [{ files: ['src/lib/**'], ignores: TESTS, patterns: [UI_ONLY_SVELTE] }] });

export const svelteBoundaries = () => boundaries({ everywhere: [noPortal(), API_TYPES_ONLY] });

export const apiBoundaries = () =>
  boundaries({
    everywhere: [noPortal()],
    source: [{ files: ['src/**'], ignores: [...API_PERSISTENCE, ...TESTS], patterns: [noPortal(), TYPEORM] }],
  });
