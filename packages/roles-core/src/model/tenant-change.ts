/**
 * What one committed change did to a tenant, in the form every API process applies to the state
 * it holds: the plan's effects as they were written, with the records the database settled
 * (the ids users got, groups as the directory has them). A process that holds the tenant at
 * version N applies the changes N+1, N+2, … in order and holds what a fresh load would give.
 */
import type { Effect } from './effect.js';
import type { GroupRecord, UserRecord } from './tenant-state.js';

export interface TenantChange {
  /** The plan's effects, in order (audit and mail effects change no state). */
  effects: readonly Effect[];
  /** Every user the effects name by email, and every user whose record changed (sign-in, directory), as stored after the change. */
  users: readonly UserRecord[];
  /** Directory groups as they are after the change: those the effects give a role to, and those whose name or members changed (R7). */
  groups: readonly GroupRecord[];
  /** Directory groups that no longer exist: their grants stay stored but give nothing (R7). */
  removedGroupIds: readonly string[];
}
