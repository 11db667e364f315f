/** Loome Monitor: SPEC §3 "Monitor", reference page 004. */
import { defineProduct } from '../define-product.js';

const PROJECT_CREATOR = ['projects.create', 'project.connections.manage', 'rules.create', 'rules.edit', 'rules.run', 'results.view-edit'] as const;

export const monitor = defineProduct({
  id: 'monitor',
  name: 'Loome Monitor',
  portalPort: 3003,
  permissions: {
    'remote-api.configure': 'Configure remote API access',
    'remote-api.access': 'Access remotely via API',
    'users.manage': 'Manage users and API keys in application roles',
    'projects.manage': 'Manage and create projects (all projects)',
    'projects.create': 'Create a project (and become its owner)',
    'connections.manage': 'Add and edit a connection at the application level',
    'project.connections.manage': 'Add and edit a connection in their own projects',
    'agents.add': 'Add an agent',
    'rules.create': 'Create a rule (Alert, Glossary, Reference)',
    'rules.edit': 'Edit a rule',
    'rules.run': 'Run a rule',
    'results.view-edit': 'View and edit results',
  },
  projectPermissions: {
    'project.members.manage': 'Add and delete users in each project role',
    'project.rules.manage': 'Create, edit and delete rules',
    'project.rules.run': 'Run rules',
    'project.results.view-edit': 'View and edit the results of all rules',
  },
  applicationRoles: {
    consumer: {
      label: 'Consumer',
      description: 'Views and edits only the results assigned to them or emailed to them.',
      permissions: ['results.view-edit'],
    },
    'project-creator': {
      label: 'Project Creator',
      description: 'Creates projects and becomes their owner; creates, edits and runs rules and views their results.',
      permissions: PROJECT_CREATOR,
    },
    administrator: {
      label: 'Administrator',
      description: 'Full control: agents, connections, projects, rules and users.',
      permissions: ['remote-api.configure', 'remote-api.access', 'users.manage', 'projects.manage', 'connections.manage', 'agents.add', ...PROJECT_CREATOR],
    },
  },
  projectRoles: {
    owner: {
      label: 'Owner',
      assignable: true,
      permissions: ['project.members.manage', 'project.rules.manage', 'project.rules.run', 'project.results.view-edit'],
    },
    contributor: {
      label: 'Contributor',
      assignable: true,
      permissions: ['project.rules.manage', 'project.rules.run', 'project.results.view-edit'],
    },
    member: { label: 'Member', assignable: true, permissions: ['project.rules.run', 'project.results.view-edit'] },
    'limited-member': {
      label: 'Limited Member',
      description: 'Sees and edits only the records assigned or emailed to them; exists only through those references.',
      assignable: false,
      permissions: ['project.results.view-edit'],
    },
  },
  userManagementPermission: 'users.manage',
  projectManagementPermission: 'projects.manage',
  projectCreation: { permission: 'projects.create', restrictableToAdministrators: true },
  projectOwnerRole: 'owner',
  projectMembersPermission: 'project.members.manage',
  remoteAccessPermission: 'remote-api.access',
  consumerScope: { kind: 'assigned-records', scopedPermissions: ['results.view-edit'] },
  apiKeyPolicy: { kind: 'administrator-before-cutoff', cutoff: '2023-09-26' },
  limitedMembers: {
    projectRole: 'limited-member',
    writers: { permission: 'rules.create', projectPermission: 'project.rules.manage' },
    references: ['record-assignment', 'communication-rule'],
    provisionConsumer: true,
  },
  // Monitor adds users by email and keys from a dropdown; groups are found by name where the organization allows (issue 17).
  lookup: { users: false, groups: true },
  // Monitor mails users through communication rules, not project notifications.
  projectNotifications: false,
  removingApplicationRoleRemovesFromTenant: true,
  legacy: null,
});
