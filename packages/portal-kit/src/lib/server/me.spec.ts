import { describe, expect, it } from 'vitest';
import { holds, holdsOnProject } from '../me-view.js';
import type { ApiOutputs } from './api-types.js';
import { buildProductView } from './product-view.js';
import { meViewOf } from './me.js';

const product = buildProductView({ productId: 'integrate' });

type Me = ApiOutputs['me']['get'];
const here = { tenant: { id: 't1', name: 'Contoso', roleModel: 'current' }, product: { id: 'integrate', name: 'Integrate' } } satisfies Pick<
  Me,
  'tenant' | 'product'
>;
const admins = { kind: 'application-role', role: 'administrator', group: { id: 'g1', name: 'Admins' } } as const;
const owner = { kind: 'project-role', role: 'owner', projectId: 'p1', group: null } as const;

// What `me.get` answers: every role held, tenant-wide and per-project permissions, each with reasons in words.
const answer: Me = {
  ...here,
  principal: { kind: 'user', id: 'u1', email: 'ada@example.com' },
  roles: [
    { source: admins, scopes: [{ kind: 'tenant', text: 'everywhere' }] },
    { source: owner, scopes: [{ kind: 'project', projectId: 'p1', text: 'on Data lake' }] },
  ],
  permissions: [
    {
      permission: 'tenant.manage',
      label: 'Manage tenant users and settings',
      reasons: [{ source: admins, scope: { kind: 'tenant' }, applies: true, text: 'application role Administrator through group Admins' }],
    },
  ],
  projects: [
    {
      projectId: 'p1',
      projectName: 'Data lake',
      permissions: [
        {
          permission: 'project.members.manage',
          label: 'Manage the project',
          reasons: [{ source: owner, scope: { kind: 'project', projectId: 'p1' }, applies: true, text: 'project role Owner' }],
        },
      ],
    },
  ],
};

describe('meViewOf', () => {
  it('R23: keeps the reason for every permission, tenant-wide and per project', () => {
    const me = meViewOf({ me: answer, product });
    expect(me.name).toBe('ada@example.com');
    expect(me.permissions.map(({ permission, projectName, reasons }) => ({ permission, projectName, reasons }))).toEqual([
      { permission: 'tenant.manage', projectName: null, reasons: ['application role Administrator through group Admins'] },
      { permission: 'project.members.manage', projectName: 'Data lake', reasons: ['project role Owner'] },
    ]);
  });

  it('R23: lists the roles behind the reasons by their labels, naming the group a role comes through', () => {
    const me = meViewOf({ me: answer, product });
    expect(me.applicationRoles).toEqual(['Administrator (through group Admins)']);
    expect(me.projectRoles).toEqual([{ projectId: 'p1', projectName: 'Data lake', role: 'Owner' }]);
  });

  it('R23: lists a role that carries nothing outside its scope yet (Contract "Scoped permissions")', () => {
    const me = meViewOf({
      product,
      me: {
        ...here,
        principal: { kind: 'user', id: 'u2', email: 'cy@example.com' },
        roles: [
          {
            source: { kind: 'application-role', role: 'consumer', group: null },
            scopes: [
              { kind: 'tenant', text: 'everywhere' },
              { kind: 'consumer-scope', scope: 'assigned-projects', text: 'on assigned projects' },
            ],
          },
        ],
        permissions: [],
        projects: [],
      },
    });
    expect(me.applicationRoles).toEqual(['Consumer']);
  });

  it('R16: a project permission counts on its project only, a tenant-wide one everywhere', () => {
    const me = meViewOf({ me: answer, product });
    expect(holds({ me, permission: 'project.members.manage' })).toBe(false);
    expect(holdsOnProject({ me, permission: 'project.members.manage', projectId: 'p1' })).toBe(true);
    expect(holdsOnProject({ me, permission: 'project.members.manage', projectId: 'p2' })).toBe(false);
    expect(holdsOnProject({ me, permission: 'tenant.manage', projectId: 'p2' })).toBe(true);
  });
});
