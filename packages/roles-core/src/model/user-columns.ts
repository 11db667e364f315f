/**
 * A tenant's users as columns: a loaded tenant of a quarter of a million users is read column by
 * column, and the decisions intern ids and emails straight from those lists, so a state loaded for
 * decisions never builds a user object per user.
 */
import type { TenantState, UserRecord } from './tenant-state.js';

export interface UserColumns {
  ids: readonly string[];
  /** Lower-case. */
  emails: readonly string[];
  names: readonly string[];
  hasSignedIn: readonly boolean[];
  guest: readonly boolean[];
}

const columnsByState = new WeakMap<TenantState, UserColumns>();

export function rememberUserColumns({ state, columns }: { state: TenantState; columns: UserColumns }): void {
  columnsByState.set(state, columns);
}

/** The columns a loaded state was given, if it was loaded as columns. */
export function rememberedUserColumns({ state }: { state: TenantState }): UserColumns | undefined {
  return columnsByState.get(state);
}

/**
 * The state's users as columns: as loaded, or made from its list (and not kept, like grant groups
 * made from lists). The decisions read ids and emails only; the other columns are made if read.
 */
export function userColumnsOf({ state }: { state: TenantState }): UserColumns {
  const columns = columnsByState.get(state);
  if (columns) return columns;
  const { users } = state;
  return {
    ids: users.map((user) => user.id),
    emails: users.map((user) => user.email.toLowerCase()),
    get names() {
      return users.map((user) => user.name);
    },
    get hasSignedIn() {
      return users.map((user) => user.hasSignedIn);
    },
    get guest() {
      return users.map((user) => user.guest);
    },
  };
}

/** One user object per row of the columns. */
export function userRecordsOf({ columns }: { columns: UserColumns }): UserRecord[] {
  const { ids, emails, names, hasSignedIn, guest } = columns;
  const users = new Array<UserRecord>(ids.length);
  for (let at = 0; at < ids.length; at++) users[at] = { id: ids[at]!, email: emails[at]!, name: names[at]!, hasSignedIn: hasSignedIn[at]!, guest: guest[at]! };
  return users;
}
