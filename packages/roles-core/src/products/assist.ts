/** Loome Assist: SPEC §3 "Assist", reference page 003. */
import { defineProduct } from '../define-product.js';

const PROJECT_CREATOR = ['projects.manage', 'workstations.manage', 'data-repositories.manage', 'workstations.deploy', 'projects.view'] as const;

export const assist = defineProduct({
  id: 'assist',
  name: 'Loome Assist',
  portalPort: 3002,
  permissions: {
    'remote-api.configure': 'Configure remote API access',
    'remote-api.access': 'Access remotely via API',
    'users.manage': 'Invite new users and manage user application roles',
    'connections.manage': 'Add and edit a connection',
    'agents.manage': 'Add and manage agents',
    'accounts.manage': 'Add and manage accounts',
    'cost-centers.manage': 'Add and manage cost centers',
    'affiliations.manage': 'Add and manage affiliations',
    'workstation-templates.manage': 'Manage workstation templates',
    'projects.manage': 'Manage and create projects',
    'workstations.manage': 'Add and manage workstations',
    'data-repositories.manage': 'Add and manage data repositories',
    'workstations.deploy': 'Deploy a workstation',
    'projects.view': 'View projects',
  },
  projectPermissions: {
    'project.manage': 'Manage the project',
    'project.members.manage': 'Add users to a project',
    'project.resources.deploy': 'Deploy resources',
    'project.resources.use': 'Use resources',
    'project.view': 'View the project',
  },
  applicationRoles: {
    consumer: {
      label: 'Consumer',
      description: 'Can view the projects they are assigned to; read-only.',
      permissions: ['projects.view'],
    },
    'project-creator': {
      label: 'Project Creator',
      description: 'Can manage all projects in the tenant.',
      permissions: PROJECT_CREATOR,
    },
    administrator: {
      label: 'Administrator',
      description: 'Full control: agents, connections, projects, rules and users.',
      permissions: [
        'remote-api.configure',
        'remote-api.access',
        'users.manage',
        'connections.manage',
        'agents.manage',
        'accounts.manage',
        'cost-centers.manage',
        'affiliations.manage',
        'workstation-templates.manage',
        ...PROJECT_CREATOR,
      ],
    },
  },
  projectRoles: {
    owner: {
      label: 'Owner',
      description: 'Deploys and uses resources, and manages the project.',
      assignable: true,
      permissions: ['project.manage', 'project.members.manage', 'project.resources.deploy', 'project.resources.use', 'project.view'],
    },
    contributor: {
      label: 'Contributor',
      description: 'Deploys and uses resources, but cannot add users to the project.',
      assignable: true,
      permissions: ['project.resources.deploy', 'project.resources.use', 'project.view'],
    },
    reader: {
      label: 'Reader',
      description: 'Uses resources, but cannot deploy them or change the project.',
      assignable: true,
      permissions: ['project.resources.use', 'project.view'],
    },
  },
  userManagementPermission: 'users.manage',
  projectManagementPermission: 'projects.manage',
  // Assist has no separate create permission: "Manage and create projects" covers both.
  projectCreation: { permission: 'projects.manage', restrictableToAdministrators: false },
  projectOwnerRole: 'owner',
  projectMembersPermission: 'project.members.manage',
  // Assist's own "Manage the project" (reference 003): owners rename and delete their projects.
  projectAdministrationPermission: 'project.manage',
  remoteAccessPermission: 'remote-api.access',
  consumerScope: { kind: 'assigned-projects', scopedPermissions: ['projects.view'] },
  apiKeyPolicy: { kind: 'always-administrator' },
  limitedMembers: null,
  lookup: { users: true, groups: true },
  projectNotifications: true,
  removingApplicationRoleRemovesFromTenant: true,
  legacy: null,
});
