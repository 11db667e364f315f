/** Why a principal holds a permission, and where: what the About view and `check` show (R23). */
import type { ApplicationRoleId, ApiKeyPolicy, LegacyRoleId } from '../model/product-definition.js';

export interface GroupRef {
  id: string;
  name: string;
}

/** How the permission is held. */
export type ReasonSource =
  | { kind: 'application-role'; role: ApplicationRoleId; group: GroupRef | null }
  | { kind: 'project-role'; role: string; projectId: string; group: GroupRef | null }
  /** Derived, never stored: exists while the listed records and rules refer to the user (R17). */
  | { kind: 'limited-member'; role: string; projectId: string; recordIds: string[]; ruleIds: string[] }
  | { kind: 'legacy-role'; role: LegacyRoleId; departmentId: string | null }
  | { kind: 'api-key-policy'; policy: Exclude<ApiKeyPolicy['kind'], 'by-role'>; createdAt: string; actsAs: 'administrator' };

/** Where the permission holds. */
export type ReasonScope =
  | { kind: 'tenant' }
  | { kind: 'project'; projectId: string }
  /** A BI Developer's legacy department (R21); a department's id is used as its project id. */
  | { kind: 'department'; departmentId: string }
  /** Consumer scope (R19): only on a project the consumer has a project role in. */
  | { kind: 'assigned-project'; projectId: string }
  /** Consumer scope and Limited Members (R17, R19): only the records assigned to the user and the records of the rules that email them. */
  | { kind: 'assigned-records'; projectId: string; recordIds: string[]; ruleIds: string[] }
  /**
   * A scoped (`✔*`) permission as its role carries it (Contract "Scoped permissions"): held, so a
   * check without a resource allows it; on a resource only the consumer's assigned scopes decide.
   */
  | { kind: 'consumer-scope'; scope: 'assigned-projects' | 'assigned-records' }
  /** R16: the role carries the permission, but the tenant's setting keeps it to administrators. Never applies. */
  | { kind: 'administrators-only'; setting: 'projectCreation' };

export interface Reason {
  source: ReasonSource;
  scope: ReasonScope;
  /** `false` when the grant carries the permission but its scope does not reach the resource asked about. */
  applies: boolean;
}

export interface Explanation {
  allowed: boolean;
  /** If allowed, every grant that allows it; if not, the grants that carry it elsewhere (the scope limits). */
  reasons: Reason[];
}
