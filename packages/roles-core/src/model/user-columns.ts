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
  /** Inactive in the organization's directory (see `isDeniedEverything`); absent when nobody is. */
  inactive?: readonly boolean[];
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
    inactive: users.some((user) => user.inactive === true) ? users.map((user) => user.inactive === true) : undefined,
  };
}

/** One user object per row of the columns. */
export function userRecordsOf({ columns }: { columns: UserColumns }): UserRecord[] {
  const users = new Array<UserRecord>(columns.ids.length);
  for (let at = 0; at < users.length; at++) users[at] = userAt({ columns, at });
  return users;
}

/** The user at one row of the columns; `inactive` only where the directory says so. */
export function userAt({ columns, at }: { columns: UserColumns; at: number }): UserRecord {
  const { ids, emails, names, hasSignedIn, guest, inactive } = columns;
  const user: UserRecord = { id: ids[at]!, email: emails[at]!, name: names[at]!, hasSignedIn: hasSignedIn[at]!, guest: guest[at]! };
  if (inactive?.[at] === true) user.inactive = true;
  return user;
}
