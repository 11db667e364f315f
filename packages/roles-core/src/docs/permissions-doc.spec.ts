import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { products } from '../products/index.js';
import { renderPermissionMatrices } from './render-permission-matrices.js';

const DOC = new URL('../../../../docs/permissions.md', import.meta.url);

describe('docs/permissions.md', () => {
  it('is the rendering of the current product configurations', () => {
    const written = readFileSync(DOC, 'utf8');
    const rendered = renderPermissionMatrices({ products });
    expect(written === rendered, 'docs/permissions.md is out of date: run `pnpm docs:permissions`').toBe(true);
  });

  it('shows a consumer-scoped permission with ✔* and the Limited Member role with ✔*', () => {
    const rendered = renderPermissionMatrices({ products });
    expect(rendered).toContain('| `projects.view` | View projects | ✔* | ✔ | ✔ |');
    expect(rendered).toContain('| `project.results.view-edit` | View and edit the results of all rules | ✔ | ✔ | ✔ | ✔* |');
  });
});
