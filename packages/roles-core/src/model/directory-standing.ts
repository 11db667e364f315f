/**
 * Production, "Directory provisioning": what an organization's directory says about a user beyond
 * their groups. A user the directory deactivated (`active: false`) or deprovisioned (deleted over
 * SCIM) keeps every stored grant, and is denied every permission in the organization's tenants
 * until the directory makes them active again: the one rule the decisions, membership and sign-in
 * all read.
 */
import type { UserRecord } from './tenant-state.js';

/** Whether the decisions deny this user everything (R7, Production): inactive in the tenant's organization's directory. */
export function isDeniedEverything(user: Pick<UserRecord, 'inactive'> | undefined): boolean {
  return user?.inactive === true;
}

/** A user's standing in one organization's directory that lists them. */
export interface DirectoryStanding {
  /** `false` when deactivated or deprovisioned. */
  active: boolean;
}

/**
 * Sign-in: refused when some directory lists the user and every directory that does says they are
 * inactive. A user no directory lists (invited by email) signs in; a user active in another
 * organization signs in and is still denied everything in the tenants of the one that deactivated them.
 */
export function maySignIn({ standings }: { standings: readonly DirectoryStanding[] }): boolean {
  return standings.length === 0 || standings.some((standing) => standing.active);
}
