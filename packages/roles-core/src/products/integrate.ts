/** Loome Integrate: SPEC §3 "Integrate", reference pages 000, 001 (current) and 002 (legacy). */
import { defineProduct } from '../define-product.js';

const PROJECT_CREATOR = [
  'jobs.view',
  'jobs.history.view',
  'schedules.manage',
  'jobs.run',
  'jobs.manage',
  'tasks.manage',
  'agents.status.view',
  'projects.create',
] as const;

// The four legacy roles are levels: each holds what the level below it holds, reports included.
const LEGACY_BI_USER = ['jobs.view', 'reports.view'] as const;
const LEGACY_BI_MANAGER = [...LEGACY_BI_USER, 'jobs.history.view', 'jobs.run'] as const;
const LEGACY_BI_DEVELOPER = [
  ...LEGACY_BI_MANAGER,
  'schedules.manage',
  'jobs.manage',
  'tasks.manage',
  'jobs.deploy',
  'connections.manage',
  'file-definitions.manage',
  'cluster-definitions.manage',
] as const;

export const integrate = defineProduct({
  id: 'integrate',
  name: 'Loome Integrate',
  portalPort: 3001,
  permissions: {
    'jobs.view': 'View jobs and tasks in a tenant',
    'jobs.history.view': 'View execution logs and history of jobs',
    'schedules.manage': 'Manage schedules for jobs',
    'jobs.run': 'Run jobs on demand',
    'jobs.manage': 'Manage jobs',
    'tasks.manage': 'Manage tasks',
    'connections.manage': 'Manage connections',
    'file-definitions.manage': 'Manage file definitions',
    'cluster-definitions.manage': 'Manage cluster definitions',
    'tenant.manage': 'Manage tenant users and settings',
    'agents.manage': 'Manage agents',
    'agents.status.view': 'View agent statuses',
    'projects.create': 'Create projects (and become their owner)',
    'projects.manage': 'Manage all projects and their members',
  },
  projectPermissions: {
    'project.members.manage': "Manage the project's user access",
    'project.jobs.manage': 'Create and manage jobs; view and edit the tasks of all jobs',
    'project.resources.manage': 'Create connections, cluster and file definitions for the project',
    'project.jobs.run': 'Run jobs, manage schedules, view execution history',
    'project.jobs.view': 'View jobs',
  },
  applicationRoles: {
    consumer: {
      label: 'Consumer',
      description: 'Can view jobs, tasks and notifications.',
      permissions: ['jobs.view', 'agents.status.view'],
    },
    'project-creator': {
      label: 'Project Creator',
      description: 'Can create projects. Can view and run jobs, and view the execution history of jobs. Becomes owner of the projects they create.',
      permissions: PROJECT_CREATOR,
    },
    administrator: {
      label: 'Administrator',
      description: 'Manages projects, users and tenant level settings. Full access to all site content.',
      permissions: [
        ...PROJECT_CREATOR,
        'connections.manage',
        'file-definitions.manage',
        'cluster-definitions.manage',
        'tenant.manage',
        'agents.manage',
        'projects.manage',
      ],
    },
  },
  projectRoles: {
    owner: {
      label: 'Owner',
      assignable: true,
      permissions: ['project.members.manage', 'project.jobs.manage', 'project.resources.manage', 'project.jobs.run', 'project.jobs.view'],
    },
    contributor: {
      label: 'Contributor',
      assignable: true,
      permissions: ['project.jobs.manage', 'project.resources.manage', 'project.jobs.run', 'project.jobs.view'],
    },
    manager: { label: 'Manager', assignable: true, permissions: ['project.jobs.run', 'project.jobs.view'] },
    member: { label: 'Member', assignable: true, permissions: ['project.jobs.view'] },
  },
  userManagementPermission: 'tenant.manage',
  projectManagementPermission: 'projects.manage',
  projectCreation: { permission: 'projects.create', restrictableToAdministrators: false },
  projectOwnerRole: 'owner',
  projectMembersPermission: 'project.members.manage',
  // Integrate has no remote-access permission: any key may check within its own rights.
  remoteAccessPermission: null,
  consumerScope: { kind: 'tenant' },
  apiKeyPolicy: { kind: 'by-role' },
  limitedMembers: null,
  lookup: { users: true, groups: true },
  projectNotifications: false,
  removingApplicationRoleRemovesFromTenant: true,
  legacy: {
    extraPermissions: {
      'jobs.deploy': 'Deploy jobs',
      'reports.view': 'View reports and data currency',
    },
    roles: {
      'bi-user': {
        label: 'BI User',
        description: 'Can view reports and data currency.',
        departmentScoped: false,
        permissions: LEGACY_BI_USER,
      },
      'bi-manager': {
        label: 'BI Manager',
        description: 'Can execute and view history for jobs.',
        departmentScoped: false,
        permissions: LEGACY_BI_MANAGER,
      },
      'bi-developer': {
        label: 'BI Developer',
        description: 'Manages the content of their department, with full access to it; can deploy jobs.',
        departmentScoped: true,
        permissions: LEGACY_BI_DEVELOPER,
      },
      'group-admin': {
        label: 'Group Admin',
        description: 'Manages projects and users. Full access to all site content.',
        departmentScoped: false,
        permissions: [...LEGACY_BI_DEVELOPER, 'tenant.manage'],
      },
    },
    userManagementRole: 'group-admin',
    mapping: {
      'group-admin': { applicationRole: 'administrator', projects: 'none' },
      'bi-developer': { applicationRole: 'project-creator', projectRole: 'owner', projects: 'own-departments' },
      'bi-manager': { applicationRole: 'consumer', projectRole: 'manager', projects: 'all-departments' },
      'bi-user': { applicationRole: 'consumer', projectRole: 'member', projects: 'all-departments' },
    },
  },
});
