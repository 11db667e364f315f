/** Who a check is about: a principal id, or a user's email (case does not matter). */
export type PrincipalSelector = { principalId: string; email?: undefined } | { email: string; principalId?: undefined };

/** A permission question; with `projectId` or `recordId` it asks about that resource (R19). */
export type CheckQuery = PrincipalSelector & {
  permission: string;
  projectId?: string;
  recordId?: string;
};
