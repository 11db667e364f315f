/**
 * What a planner asks the API to do. The API applies a plan's effects in one transaction,
 * in order; users named by email are created when they do not exist yet.
 */
import type { ApplicationRoleId, LegacyRoleId } from './product-definition.js';
import type { AuditAction } from '../audit/audit-actions.js';
import type { Actor, PrincipalRef, TenantSettings } from './tenant-state.js';

export type Effect =
  | { type: 'grant-application-role'; principal: PrincipalRef; role: ApplicationRoleId }
  | { type: 'revoke-application-role'; principal: PrincipalRef; role: ApplicationRoleId }
  | { type: 'grant-project-role'; projectId: string; principal: PrincipalRef; role: string }
  | { type: 'revoke-project-role'; projectId: string; principal: PrincipalRef; role: string }
  | { type: 'delete-api-key'; apiKeyId: string }
  | { type: 'create-project'; projectId: string; name: string; departmentId: string | null }
  /** `name` trimmed, unique in the tenant whatever its case (issue 17). */
  | { type: 'rename-project'; projectId: string; name: string }
  /**
   * The project itself; its grants, records and rules go by effects of their own before it, so
   * applying a deletion costs what it names. The API keeps the row, marked deleted, so the audit
   * log still names it and its id is never reused.
   */
  | { type: 'delete-project'; projectId: string }
  | { type: 'grant-legacy-role'; email: string; role: LegacyRoleId }
  | { type: 'revoke-legacy-role'; email: string; role: LegacyRoleId }
  | { type: 'set-role-model'; roleModel: 'current' | 'legacy' }
  /** Tenant settings as a whole, e.g. Monitor's project creation. */
  | { type: 'set-settings'; settings: TenantSettings }
  | { type: 'accept-invitations'; email: string }
  /** A key's record; the API adds the secret's hash (R20). */
  | {
      type: 'create-api-key';
      apiKeyId: string;
      description: string;
      createdAt: string;
      expiresAt: string | null;
      allowedIps: string[];
    }
  /** Monitor results rows and communication rules: the references that keep Limited Members (R17). */
  /** `ruleId`: the communication rule of the project that emails about the record (Contract "Monitor records and rules"). */
  | { type: 'create-record'; recordId: string; projectId: string; assigneeEmail: string | null; ruleId: string | null }
  | { type: 'set-record-assignee'; recordId: string; assigneeEmail: string | null }
  /** A record goes with its project (issue 17); its assignee stops being a Limited Member by it. */
  | { type: 'delete-record'; recordId: string }
  | { type: 'create-communication-rule'; ruleId: string; projectId: string; name: string; recipientEmails: string[] }
  | { type: 'delete-communication-rule'; ruleId: string }
  /** Legacy departments (R21); a department becomes a project on migration (R22). */
  | { type: 'create-department'; departmentId: string; name: string }
  | { type: 'set-department-members'; departmentId: string; memberEmails: string[] }
  /**
   * An invitation into the tenant: a mail with a link to the tenant's portal (R3, R16a, R17, R18),
   * and the record of when and by whom, shown while the user has not signed in. `invitedBy` is
   * null where no principal of the tenant invited (the platform creating a tenant).
   */
  | { type: 'send-invitation'; email: string; invitedBy: Actor | null }
  /** The invitation mail once more for a user still invited; when and by whom they were invited stay. */
  | { type: 'resend-invitation'; email: string }
  /** R24: `action` is one the log knows how to word (`AUDIT_ACTIONS`). */
  | { type: 'audit'; action: AuditAction; target: string; before: unknown; after: unknown };

/** What a member change did, for the answer of `POST …/members` (R3). */
export interface MemberOutcome {
  added: PrincipalRef[];
  invited: string[];
  moved: { email: string; from: ApplicationRoleId; to: ApplicationRoleId }[];
  unchanged: PrincipalRef[];
}
