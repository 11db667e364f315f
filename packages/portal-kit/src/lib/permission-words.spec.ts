import { describe, expect, it } from 'vitest';
import { buildProductView } from './server/product-view.js';
import { permissionsInWords, permissionWords } from './permission-words.js';

describe('permissions in words (issue 17: refusals name no ids)', () => {
  const integrate = buildProductView({ productId: 'integrate' });

  it('R9: the permissions an ESCALATION lists read as the product words them, tenant-wide, on a project and legacy alike', () => {
    expect(permissionsInWords({ product: integrate, permissions: ['jobs.manage', 'project.jobs.run', 'reports.view'] })).toBe(
      'Manage jobs; Run jobs, manage schedules, view execution history; View reports and data currency',
    );
    expect(permissionsInWords({ product: integrate, permissions: ['jobs.manage'] })).not.toContain('jobs.manage');
  });

  it('a permission the configuration does not know is shown as it came, and no product leaves ids as they are', () => {
    expect(permissionWords({ product: integrate, permission: 'unknown.thing' })).toBe('unknown.thing');
    expect(permissionWords({ product: undefined, permission: 'jobs.manage' })).toBe('jobs.manage');
  });
});
