/** View models the pages render; the server helpers build them from the API's answers. */
import type { Problem } from './problem.js';

export type MemberKind = 'user' | 'group' | 'apiKey';

export interface MemberView {
  principalId: string;
  kind: MemberKind;
  name: string;
  email: string | null;
  /** `User Invitation` or `User` for users; null for groups and keys. */
  status: string | null;
  /** A pending user's invitation (R3): when and by whom; null for everyone else, and when unknown. */
  invitedAt: string | null;
  invitedBy: InviterView | null;
}

/** Who invited: a user (name and email) or an API key (its description as `name`). */
export interface InviterView {
  kind: 'user' | 'apiKey';
  name: string;
  email: string | null;
}

export interface RoleView {
  id: string;
  label: string;
  description: string;
  memberCount: number;
  members: MemberView[];
}

export interface TenantView {
  id: string;
  name: string;
  productId: string;
  roleModel: 'current' | 'legacy';
}

/** The parts of the product configuration the pages read, all plain data. */
export interface ProductView {
  id: string;
  name: string;
  lookup: { users: boolean; groups: boolean };
  limitedMembers: boolean;
  /** The project role Limited Members hold (R17), null when the product has none. */
  limitedMemberRole: string | null;
  /** Who writes records and communication rules: a tenant permission, or a permission on the project. */
  referenceWriters: { permission: string; projectPermission: string } | null;
  legacy: boolean;
  consumerScope: string;
  permissions: Record<string, string>;
  projectPermissions: Record<string, string>;
  /** Permissions of the legacy model only, e.g. `reports.view` (R22). */
  legacyPermissions: Record<string, string>;
  applicationRoles: { id: string; label: string; description: string }[];
  projectRoles: { id: string; label: string; assignable: boolean }[];
  /** The roles a person may give on a project, weakest first: pickers start there (issue 17). */
  projectRoleChoices: { id: string; label: string }[];
  /** The older four-role model's roles, empty when the product has none (R21). */
  legacyRoles: { id: string; label: string; description: string }[];
  userManagementPermission: string;
  projectManagementPermission: string;
  projectCreationPermission: string;
  projectMembersPermission: string;
  /** The project permission that renames and deletes a project, beside `projectManagementPermission`. */
  projectAdministrationPermission: string;
}

export interface ApiKeyView {
  id: string;
  description: string;
  createdAt: string;
  expiresAt: string | null;
  allowedIps: string[];
  roles: string[];
  projectRoles: { projectId: string; role: string }[];
  /** About when the key last signed a request in; null when never. */
  lastUsedAt: string | null;
}

export interface ActionFailure {
  problem: Problem;
}

/** One audit event (R24) as the Audit page shows it: a sentence, and before and after on demand. */
export interface AuditEventView {
  id: string;
  at: string;
  /** `2025-01-31 14:05 UTC`: the same on the server's page and in the browser. */
  when: string;
  sentence: string;
  /** The kind of change, as the filter names it. */
  actionLabel: string;
  changes: { field: string; before: string; after: string }[];
}

/** The audit log's filters as the page's form holds them; empty means no filter. */
export interface AuditFiltersView {
  actor: string;
  action: string;
  target: string;
  from: string;
  to: string;
}

/** The Audit page: a page of events the server filtered, and how to read on. */
export interface AuditPageView {
  events: AuditEventView[];
  nextCursor: string | null;
  /** False when the page was reached by a cursor without script (the Load more link). */
  isFirstPage: boolean;
  filters: AuditFiltersView;
  /** The filters as a query string (`actor=…&from=…`), for the export and the next pages. */
  query: string;
  /** The kinds of change this product writes, in groups, as the filter offers them. */
  actionGroups: { label: string; options: { value: string; label: string }[] }[];
  /** Filters the API refused (e.g. a range that ends before it starts). */
  problem: Problem | null;
}

/** A results record and its assignees; `rule`: the name of the communication rule that emails about it, if any. */
/** A results record in words (issue 17): records have no name, so who and which rule say what it is. */
export interface ReferenceRecordView {
  id: string;
  /** "record of rule “Nightly” assigned to Ines Ortiz": what the record is, for its controls. */
  label: string;
  /** A short form of the id, secondary: it tells alike records apart. */
  shortId: string;
  assignee: { name: string; email: string } | null;
  /** The name of the rule that emails about it; a deleted rule's records say so. */
  rule: string | null;
}

export interface CommunicationRuleView {
  id: string;
  name: string;
  recipients: string[];
}

/** A project's records with their assignees and communication rules with their recipients (R17). */
export interface ProjectReferencesView {
  records: ReferenceRecordView[];
  rules: CommunicationRuleView[];
}

/** A change the portal asks the API to dry-run before it is made (issue 17): the change route's own ids. */
export type PreviewChange =
  | { change: 'remove-role-member'; roleId: string; principalId: string }
  | { change: 'move-user'; roleId: string; email: string }
  | { change: 'remove-project-member'; projectId: string; principalId: string; role?: string }
  | { change: 'delete-api-key'; apiKeyId: string }
  | { change: 'revoke-invitation'; principalId: string }
  | { change: 'delete-project'; projectId: string };

interface PrincipalChangeView {
  kind: MemberKind;
  principalId: string | null;
  name: string;
  email: string | null;
  role: string;
  roleLabel: string;
}

/** The planner's dry run of a change, in names; or the refusal it would meet. */
export type PreviewView =
  | {
      allowed: true;
      applicationRoles: { granted: PrincipalChangeView[]; revoked: PrincipalChangeView[] };
      projectRoles: {
        granted: (PrincipalChangeView & { projectId: string; projectName: string })[];
        revoked: (PrincipalChangeView & { projectId: string; projectName: string })[];
      };
      deletedApiKeys: { id: string; description: string }[];
      /** Projects deleted, with the number of their records and the names of their communication rules. */
      deletedProjects: { id: string; name: string; records: number; communicationRules: string[] }[];
      invitations: string[];
      administrators: { before: number; after: number };
    }
  | { allowed: false; refusal: Problem };

/** One page of a role's members as the server searched, filtered and sorted it. */
export interface MemberPageView {
  roleId: string;
  q: string;
  kind: MemberKind | '';
  status: string;
  sort: 'name' | 'email' | 'status';
  items: MemberView[];
  /** Members matching the search and filters, on every page. */
  total: number;
  /** 1-based position of the first row shown. */
  from: number;
  /** Cursors of the pages before this one (for Previous); empty on the first page. */
  trail: string[];
  cursor: string | null;
  nextCursor: string | null;
}
