/**
 * The shape every product configuration takes. Ids are literal types inferred from the
 * configuration itself, so a permission or role id that is not declared does not compile.
 */

export const APPLICATION_ROLE_IDS = ['consumer', 'project-creator', 'administrator'] as const;
export type ApplicationRoleId = (typeof APPLICATION_ROLE_IDS)[number];

export const LEGACY_ROLE_IDS = ['bi-user', 'bi-manager', 'bi-developer', 'group-admin'] as const;
export type LegacyRoleId = (typeof LEGACY_ROLE_IDS)[number];

/** How an API key's permissions are decided (R20). */
export type ApiKeyPolicy =
  | { kind: 'by-role' }
  | { kind: 'always-administrator' }
  /** Keys created before `cutoff` (ISO date) that hold no application role act as administrators. */
  | { kind: 'administrator-before-cutoff'; cutoff: string };

/** What a consumer may see of the tenant (R19). */
export type ConsumerScope<P extends string> =
  | { kind: 'tenant' }
  /** `scopedPermissions` hold only on projects the consumer has a project role in. */
  | { kind: 'assigned-projects'; scopedPermissions: readonly P[] }
  /** `scopedPermissions` hold only on records assigned to the consumer or emailed to them. */
  | { kind: 'assigned-records'; scopedPermissions: readonly P[] };

export type LimitedMemberReference = 'record-assignment' | 'communication-rule';

/** Monitor-style Limited Members (R17): a project role that exists only while references exist. */
export interface LimitedMemberRules<PR extends string, P extends string = string, PP extends string = string> {
  projectRole: PR;
  /** Who may write the references (records, communication rules): either permission suffices. */
  writers: { permission: P; projectPermission: PP };
  /** Which references auto-provision the role and keep it in place. */
  references: readonly LimitedMemberReference[];
  /** Whether a reference to a user with no tenant role makes them a consumer and invites them. */
  provisionConsumer: boolean;
}

export interface RoleDefinition<Perm extends string> {
  label: string;
  description?: string;
  permissions: readonly Perm[];
}

export interface ProjectRoleDefinition<Perm extends string> extends RoleDefinition<Perm> {
  /** `false` for roles that nobody assigns by hand (`NOT_ASSIGNABLE`), such as Limited Member. */
  assignable: boolean;
}

export type LegacyProjectScope = 'own-departments' | 'all-departments' | 'none';

export interface LegacyMappingEntry<PR extends string> {
  applicationRole: ApplicationRoleId;
  /** The project role given on the projects that departments become. */
  projectRole?: PR;
  projects: LegacyProjectScope;
}

/** The older four-role model (R21, R22). */
export interface LegacyModel<P extends string, PR extends string, LP extends string> {
  /** Permissions that exist only in the legacy model (e.g. `jobs.deploy`). */
  extraPermissions: { readonly [K in LP]: string };
  roles: {
    readonly [R in LegacyRoleId]: RoleDefinition<P | NoInfer<LP>> & {
      /** Department-scoped roles act only on their department's content. */
      departmentScoped: boolean;
    };
  };
  /** The legacy role that manages users; such holders cannot remove each other (R15). */
  userManagementRole: LegacyRoleId;
  mapping: { readonly [R in LegacyRoleId]: LegacyMappingEntry<PR> };
}

export interface ProductDefinition<P extends string, PP extends string, PR extends string, LP extends string = never> {
  /** Lower-case id used in URLs and tenant records. */
  id: string;
  name: string;
  /** The port the product's portal listens on by default. */
  portalPort: number;
  /** Tenant-wide permissions, id → label. */
  permissions: { readonly [K in P]: string };
  /** Permissions that hold on one project, id → label. */
  projectPermissions: { readonly [K in PP]: string };
  applicationRoles: { readonly [R in ApplicationRoleId]: RoleDefinition<NoInfer<P>> };
  projectRoles: { readonly [R in PR]: ProjectRoleDefinition<NoInfer<PP>> };
  /** Who may add and remove members of application roles (R9). */
  userManagementPermission: NoInfer<P>;
  /** Tenant-wide permission to manage every project and its members (R16). */
  projectManagementPermission: NoInfer<P>;
  /** Permission to create a project; the creator becomes `projectOwnerRole` (R16). */
  projectCreation: {
    permission: NoInfer<P>;
    /** Whether a tenant setting may restrict creation to administrators (Monitor). */
    restrictableToAdministrators: boolean;
  };
  projectOwnerRole: NoInfer<PR>;
  /** The project permission that lets a project role manage the project's members. */
  projectMembersPermission: NoInfer<PP>;
  /**
   * The project permission that lets a project role rename and delete the project, beside the
   * tenant-wide `projectManagementPermission`. Omitted: `projectMembersPermission` (whoever
   * manages a project's people manages the project).
   */
  projectAdministrationPermission?: NoInfer<PP>;
  /** Permission that lets an API key check other principals remotely, if the product has one. */
  remoteAccessPermission: NoInfer<P> | null;
  consumerScope: ConsumerScope<NoInfer<P>>;
  apiKeyPolicy: ApiKeyPolicy;
  limitedMembers: LimitedMemberRules<NoInfer<PR>, NoInfer<P>, NoInfer<PP>> | null;
  /** Whether the product offers directory lookup at all; the organization switches each on. */
  lookup: { users: boolean; groups: boolean };
  /**
   * Whether the product sends email notifications about a project (R18): a notified address with no
   * role in the tenant becomes a consumer who can view that project. Products that mail otherwise
   * (Monitor's communication rules) leave it off.
   */
  projectNotifications: boolean;
  /** Whether removing a user's application role removes them from the tenant (R12). */
  removingApplicationRoleRemovesFromTenant: boolean;
  legacy: LegacyModel<NoInfer<P>, NoInfer<PR>, LP> | null;
}
