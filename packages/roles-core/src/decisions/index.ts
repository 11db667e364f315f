export { compileTenant, CompiledTenant } from './compile-tenant.js';
export type { EffectivePermission, EffectivePermissions } from './compile-tenant.js';
export type { TenantDecisions } from './tenant-decisions.js';
export type { CheckQuery, PrincipalSelector } from './check-query.js';
export type { Explanation, GroupRef, Reason, ReasonScope, ReasonSource } from './reason.js';
export { describeReason } from './describe-reason.js';
export { UnknownPermissionError } from './unknown-permission-error.js';
export { emptyTenantState } from './empty-tenant-state.js';
export { decisionsOf } from './decisions-of-state.js';
