// How the API hands a tenant to the core as its database reads it: grants as groups with packed
// holders, users as columns. Only the loader needs these; everything else speaks `TenantState`.
export { loadedState } from './model/loaded-state.js';
export { PackedIds, type HolderIds } from './model/packed-ids.js';
export type { UserColumns } from './model/user-columns.js';
export { grantGroupsOf, type GrantGroups, type ApplicationGrantGroup, type ProjectGrantGroup } from './model/grant-groups.js';
