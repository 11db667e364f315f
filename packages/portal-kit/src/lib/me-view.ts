/** What the About view shows (R23); also used to show or hide controls the user cannot use. */
export interface PermissionReasonView {
  permission: string;
  label: string;
  /** Set when the permission holds on one project only. */
  projectId: string | null;
  projectName: string | null;
  reasons: string[];
}

export interface MeView {
  kind: string;
  name: string;
  /** Each role's label, with the group it comes through: "Administrator (through group Analysts)". */
  applicationRoles: string[];
  /** `role`: the project role's label, as `applicationRoles`. */
  projectRoles: { projectId: string; projectName: string; role: string }[];
  permissions: PermissionReasonView[];
}

/** Whether I hold a permission anywhere, used to show or hide controls (the API still decides). */
export function holds({ me, permission }: { me: MeView | null; permission: string }): boolean {
  return me?.permissions.some((entry) => entry.permission === permission && entry.projectId === null) ?? false;
}

/** Whether I hold a permission on one project, directly there or tenant-wide. */
export function holdsOnProject({ me, permission, projectId }: { me: MeView | null; permission: string; projectId: string }): boolean {
  return me?.permissions.some((entry) => entry.permission === permission && (entry.projectId === projectId || entry.projectId === null)) ?? false;
}
