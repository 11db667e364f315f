// Legacy four-role model (R15, R21, R22): planners for legacy tenants and their migration.
export { planLegacyInvite, type LegacyInviteRequest } from './plan-legacy-invite.js';
export { planLegacyChangeRole, type LegacyChangeRoleRequest } from './plan-legacy-change-role.js';
export { planLegacyRemove, type LegacyRemoveRequest } from './plan-legacy-remove.js';
export { planCreateDepartment, type CreateDepartmentRequest } from './plan-create-department.js';
export { planSetDepartmentMembers, type SetDepartmentMembersRequest } from './plan-set-department-members.js';
export { planLegacyMigration, type MigrationPlanResult, type MigrationReportEntry } from './plan-legacy-migration.js';
export type { PermissionChange } from './legacy-permission-changes.js';
export { refusePeerGroupAdminRemoval } from './refuse-peer-group-admin-removal.js';
export { isLegacyRoleId, planAddLegacyRoleMembers, planRemoveLegacyRoleMember, type LegacyMemberOutcome } from './plan-legacy-role-members.js';
