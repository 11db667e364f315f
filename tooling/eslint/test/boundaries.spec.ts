/**
 * The import boundaries are lint rules; these cases prove each one still reports a violation (and
 * lets the allowed imports through), so a change to the presets or the plugins cannot switch one
 * off unnoticed. Each snippet is linted with the package's own preset, as if it were a file of
 * that package; type information is left out, which the boundary rules do not use.
 */
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { api, rolesCore, sveltePackage, ui } from '../index.js';
import { portalPackageNames, WORKSPACE_ROOT } from '../workspace.js';

type Preset = (options: { dir: string }) => Linter.Config[];

const BOUNDARY_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'import-x/no-relative-packages']);

/** The boundary rules a snippet breaks, as `rule: line`, when it is the file `file` of package `pkg`. */
async function broken({ preset, pkg, file, code }: { preset: Preset; pkg: string; file: string; code: string }): Promise<string[]> {
  const dir = join(WORKSPACE_ROOT, pkg);
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [...preset({ dir }), tseslint.configs.disableTypeChecked],
  });
  const [result] = await eslint.lintText(code, { filePath: join(dir, file) });
  const fatal = result!.messages.filter((message) => message.fatal);
  expect(fatal).toEqual([]);
  return result!.messages.filter((message) => BOUNDARY_RULES.has(message.ruleId ?? '')).map((message) => `${message.ruleId}: ${message.line}`);
}

const restricted = (...lines: number[]) => lines.map((line) => `@typescript-eslint/no-restricted-imports: ${line}`);

describe('import boundaries', () => {
  it('know the shipped portals', () => {
    expect(portalPackageNames()).toEqual(expect.arrayContaining(['@loome/assist', '@loome/integrate', '@loome/monitor']));
  });

  it('roles-core source imports only its own files: no package of ours, no framework, no Node module', async () => {
    const code = [
      "import { plan } from './planners/plan.js';", // 1: allowed
      "import { readFileSync } from 'node:fs';",
      "import { z } from 'zod';",
      "import { Injectable } from '@nestjs/common';",
      "import { ui } from '@loome/ui';",
      "import type { Entity } from 'typeorm';",
    ].join('\n');
    expect(await broken({ preset: rolesCore, pkg: 'packages/roles-core', file: 'src/boundary-case.ts', code })).toEqual(restricted(2, 3, 4, 5, 6));
  });

  it('roles-core tests may use test libraries and Node, but still no package of ours', async () => {
    const code = ["import { describe } from 'vitest';", "import { readFileSync } from 'node:fs';", "import { api } from '@loome/api';"].join('\n');
    expect(await broken({ preset: rolesCore, pkg: 'packages/roles-core', file: 'src/boundary-case.spec.ts', code })).toEqual(restricted(3));
  });

  it('the component library imports only svelte and its own files, .svelte components included', async () => {
    const code = [
      '<script lang="ts">',
      "  import { onMount } from 'svelte';",
      "  import type { HTMLAttributes } from 'svelte/elements';",
      "  import Button from '../Button/Button.svelte';",
      "  import { goto } from '$app/navigation';",
      "  import { PortalShell } from '@loome/portal-kit';",
      "  import { products } from '@loome/roles-core';",
      '</script>',
    ].join('\n');
    expect(await broken({ preset: ui, pkg: 'packages/ui', file: 'src/lib/Case/Case.svelte', code })).toEqual(restricted(5, 6, 7));
  });

  it('a portal never imports another portal, by package name or by relative path', async () => {
    const code = [
      "import { PortalShell } from '@loome/portal-kit';",
      "import { portal } from '@loome/integrate/src/lib/portal.config.js';",
      "import { portal as other } from '../../../integrate/src/lib/portal.config.js';",
    ].join('\n');
    expect(await broken({ preset: sveltePackage, pkg: 'apps/assist', file: 'src/lib/boundary-case.ts', code })).toEqual([
      ...restricted(2),
      'import-x/no-relative-packages: 3',
    ]);
  });

  it('portals and portal-kit import only the types of the API', async () => {
    const code = ["import type { AppRouter } from '@loome/api/router';", "import { appRouter } from '@loome/api/router';"].join('\n');
    expect(await broken({ preset: sveltePackage, pkg: 'packages/portal-kit', file: 'src/lib/boundary-case.ts', code })).toEqual(restricted(2));
  });

  it('in the API only repositories, entities and the database folder import TypeORM', async () => {
    const code = [
      "import { DataSource } from 'typeorm';",
      "import { InjectDataSource } from '@nestjs/typeorm';",
      "import type { EntityManager } from 'typeorm';",
    ].join('\n');
    const pkg = 'apps/api';
    expect(await broken({ preset: api, pkg, file: 'src/modules/cases/cases.service.ts', code })).toEqual(restricted(1, 2, 3));
    expect(await broken({ preset: api, pkg, file: 'src/modules/cases/cases.repository.ts', code })).toEqual([]);
    expect(await broken({ preset: api, pkg, file: 'src/modules/cases/entities/case.entity.ts', code })).toEqual([]);
    expect(await broken({ preset: api, pkg, file: 'src/database/migrations/1-case.ts', code })).toEqual([]);
  });
});
