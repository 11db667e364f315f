import type { Refusal } from '../../model/refusal.js';
import type { TenantState } from '../../model/tenant-state.js';
import { directAdministratorCount, isDirectAdministrator } from '../tenant-queries.js';

/**
 * R11: a tenant always keeps a user who holds `administrator` directly (invited ones count), since
 * groups and keys cannot sign in to repair access. Removing or demoting the last one is refused.
 */
export function refuseLastAdministratorRemoval({ state, userId }: { state: TenantState; userId: string | undefined }): Refusal | undefined {
  if (userId === undefined || !isDirectAdministrator({ state, userId }) || directAdministratorCount({ state }) > 1) return undefined;
  return {
    code: 'LAST_ADMINISTRATOR',
    message: 'This is the last administrator of the tenant; make someone else administrator first.',
  };
}
