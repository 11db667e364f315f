import { describe, expect, it } from 'vitest';
import { landingPageOf } from './landing.js';
import type { MeView } from './me-view.js';

const me = (over: Partial<MeView>): MeView => ({ kind: 'user', name: 'sam@example.com', applicationRoles: [], projectRoles: [], permissions: [], ...over });
const permission = (name: string, projectId: string | null = null) => ({ permission: name, label: name, projectId, projectName: projectId, reasons: [] });

describe('each person lands where they work (issue 17)', () => {
  it('a user manager lands on Application Roles', () => {
    expect(landingPageOf({ me: me({ permissions: [permission('users.manage')] }), userManagementPermission: 'users.manage' })).toBe('roles');
  });

  it('a member with a project role lands on Projects', () => {
    expect(
      landingPageOf({ me: me({ projectRoles: [{ projectId: 'p1', projectName: 'Alpha', role: 'viewer' }] }), userManagementPermission: 'users.manage' }),
    ).toBe('projects');
  });

  it('a member holding a permission on one project only (a notified Assist consumer) lands on Projects', () => {
    expect(landingPageOf({ me: me({ permissions: [permission('projects.view', 'p1')] }), userManagementPermission: 'users.manage' })).toBe('projects');
  });

  it('a member with tenant-wide permissions and no project lands on About', () => {
    expect(landingPageOf({ me: me({ permissions: [permission('jobs.view')] }), userManagementPermission: 'users.manage' })).toBe('about');
    expect(landingPageOf({ me: null, userManagementPermission: 'users.manage' })).toBe('about');
  });
});
