import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';

type Matrix = Record<string, string[]>;

/** SPEC §3, written out by role: the products' own tables. */
const applicationMatrices: Record<string, Matrix> = {
  integrate: {
    consumer: ['jobs.view', 'agents.status.view'],
    'project-creator': [
      'jobs.view',
      'jobs.history.view',
      'schedules.manage',
      'jobs.run',
      'jobs.manage',
      'tasks.manage',
      'agents.status.view',
      'projects.create',
    ],
    administrator: [
      'jobs.view',
      'jobs.history.view',
      'schedules.manage',
      'jobs.run',
      'jobs.manage',
      'tasks.manage',
      'connections.manage',
      'file-definitions.manage',
      'cluster-definitions.manage',
      'tenant.manage',
      'agents.manage',
      'agents.status.view',
      'projects.create',
      'projects.manage',
    ],
  },
  assist: {
    consumer: ['projects.view'],
    'project-creator': ['projects.manage', 'workstations.manage', 'data-repositories.manage', 'workstations.deploy', 'projects.view'],
    administrator: [
      'remote-api.configure',
      'remote-api.access',
      'users.manage',
      'connections.manage',
      'agents.manage',
      'accounts.manage',
      'cost-centers.manage',
      'affiliations.manage',
      'workstation-templates.manage',
      'projects.manage',
      'workstations.manage',
      'data-repositories.manage',
      'workstations.deploy',
      'projects.view',
    ],
  },
  monitor: {
    consumer: ['results.view-edit'],
    'project-creator': ['projects.create', 'project.connections.manage', 'rules.create', 'rules.edit', 'rules.run', 'results.view-edit'],
    administrator: [
      'remote-api.configure',
      'remote-api.access',
      'users.manage',
      'projects.manage',
      'projects.create',
      'connections.manage',
      'project.connections.manage',
      'agents.add',
      'rules.create',
      'rules.edit',
      'rules.run',
      'results.view-edit',
    ],
  },
};

const projectMatrices: Record<string, Matrix> = {
  integrate: {
    member: ['project.jobs.view'],
    manager: ['project.jobs.run', 'project.jobs.view'],
    contributor: ['project.jobs.manage', 'project.resources.manage', 'project.jobs.run', 'project.jobs.view'],
    owner: ['project.members.manage', 'project.jobs.manage', 'project.resources.manage', 'project.jobs.run', 'project.jobs.view'],
  },
  assist: {
    reader: ['project.resources.use', 'project.view'],
    contributor: ['project.resources.deploy', 'project.resources.use', 'project.view'],
    owner: ['project.manage', 'project.members.manage', 'project.resources.deploy', 'project.resources.use', 'project.view'],
  },
  monitor: {
    'limited-member': ['project.results.view-edit'],
    member: ['project.rules.run', 'project.results.view-edit'],
    contributor: ['project.rules.manage', 'project.rules.run', 'project.results.view-edit'],
    owner: ['project.members.manage', 'project.rules.manage', 'project.rules.run', 'project.results.view-edit'],
  },
};

// Legacy levels are cumulative (docs/decisions.md), so every level keeps BI User's `reports.view`.
const integrateLegacyMatrix: Matrix = {
  'bi-user': ['jobs.view', 'reports.view'],
  'bi-manager': ['jobs.view', 'reports.view', 'jobs.history.view', 'jobs.run'],
  'bi-developer': [
    'jobs.view',
    'reports.view',
    'jobs.history.view',
    'jobs.run',
    'schedules.manage',
    'jobs.manage',
    'tasks.manage',
    'jobs.deploy',
    'connections.manage',
    'file-definitions.manage',
    'cluster-definitions.manage',
  ],
  'group-admin': [
    'jobs.view',
    'reports.view',
    'jobs.history.view',
    'jobs.run',
    'schedules.manage',
    'jobs.manage',
    'tasks.manage',
    'jobs.deploy',
    'connections.manage',
    'file-definitions.manage',
    'cluster-definitions.manage',
    'tenant.manage',
  ],
};

const sorted = (list: string[]) => [...list].sort();
const permissionsByRole = (roles: Record<string, { permissions: string[] }>) =>
  Object.fromEntries(Object.entries(roles).map(([id, role]) => [id, sorted(role.permissions)]));
const sortedMatrix = (matrix: Matrix) => Object.fromEntries(Object.entries(matrix).map(([id, permissions]) => [id, sorted(permissions)]));

describeOnEachDatabase('Conformance: GET /api/v1/products', (get) => {
  it('Contract: anyone reads the products, and the three of SPEC each carry the application-role matrix of SPEC §3', async () => {
    const response = await get().http.get('/api/v1/products');
    expect(response.status).toBe(200);
    const listed = response.body.items as { id: string; applicationRoles: Record<string, { permissions: string[] }>; permissions: Record<string, string> }[];
    // A product added later is listed too; SPEC's matrices speak of these three.
    expect(listed.map((product) => product.id).slice(0, 3)).toEqual(['integrate', 'assist', 'monitor']);
    const products = listed.filter((product) => product.id in applicationMatrices);
    for (const product of products) {
      expect(Object.keys(product.applicationRoles)).toEqual(['consumer', 'project-creator', 'administrator']);
      expect(permissionsByRole(product.applicationRoles), product.id).toEqual(sortedMatrix(applicationMatrices[product.id]!));
      // Every permission a role names is one the product declares, with its action text.
      for (const permission of Object.values(applicationMatrices[product.id]!).flat())
        expect(product.permissions[permission], permission).toEqual(expect.any(String));
    }
  });

  it("Contract: each product lists its project roles with the project matrix; Monitor's limited-member is not assignable (R17)", async () => {
    const response = await get().http.get('/api/v1/products');
    const listed = response.body.items as { id: string; projectRoles: Record<string, { permissions: string[]; assignable: boolean }> }[];
    for (const product of listed.filter((candidate) => candidate.id in projectMatrices)) {
      expect(permissionsByRole(product.projectRoles), product.id).toEqual(sortedMatrix(projectMatrices[product.id]!));
      const notAssignable = Object.entries(product.projectRoles)
        .filter(([, role]) => !role.assignable)
        .map(([id]) => id);
      expect(notAssignable, product.id).toEqual(product.id === 'monitor' ? ['limited-member'] : []);
    }
  });

  it('R20: each product states its API-key policy: Integrate by role, Assist always administrator, Monitor administrator before 2023-09-26', async () => {
    const response = await get().http.get('/api/v1/products');
    const policies = Object.fromEntries(response.body.items.map((product: { id: string; apiKeyPolicy: unknown }) => [product.id, product.apiKeyPolicy]));
    expect(policies.integrate).toMatchObject({ kind: 'by-role' });
    expect(policies.assist).toMatchObject({ kind: 'always-administrator' });
    expect(policies.monitor).toMatchObject({ cutoff: expect.stringMatching(/^2023-09-26/) });
    expect(policies.monitor.kind).not.toBe(policies.integrate.kind);
  });

  it('R22: Integrate publishes the legacy matrix and its mapping onto current roles; the other products declare no legacy model', async () => {
    const response = await get().http.get('/api/v1/products');
    const byId = Object.fromEntries(response.body.items.map((product: { id: string }) => [product.id, product]));
    const legacy = byId.integrate.legacy;
    expect(permissionsByRole(legacy.roles)).toEqual(sortedMatrix(integrateLegacyMatrix));
    expect(legacy.mapping['group-admin']).toMatchObject({ applicationRole: 'administrator' });
    expect(legacy.mapping['bi-developer']).toMatchObject({ applicationRole: 'project-creator', projectRole: 'owner', projects: 'own-departments' });
    expect(legacy.mapping['bi-manager']).toMatchObject({ applicationRole: 'consumer', projectRole: 'manager', projects: 'all-departments' });
    expect(legacy.mapping['bi-user']).toMatchObject({ applicationRole: 'consumer', projectRole: 'member', projects: 'all-departments' });
    expect(byId.assist.legacy).toBeNull();
    expect(byId.monitor.legacy).toBeNull();
  });
});
