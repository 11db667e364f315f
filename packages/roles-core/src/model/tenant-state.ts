/**
 * A tenant as the core sees it: plain data, loaded by the API from its database.
 * Users are global and identified by email (lower-case); groups come from the
 * organization's directory and their membership is read live (R7).
 */
import type { ApplicationRoleId, LegacyRoleId } from './product-definition.js';

export type PrincipalKind = 'user' | 'group' | 'apiKey';

export interface UserRecord {
  id: string;
  /** Lower-case. */
  email: string;
  name: string;
  /** `false` until the user's first sign-in: shown as `User Invitation` (R3, R4). */
  hasSignedIn: boolean;
  /** Guest of the tenant's organization (R5). */
  guest: boolean;
  /**
   * Deactivated or deprovisioned in the tenant's organization's directory: denied everything,
   * grants kept (see `isDeniedEverything`). Absent means active.
   */
  inactive?: boolean;
}

export interface GroupRecord {
  id: string;
  name: string;
  email: string | null;
  /** Lower-case emails of the group's members, as the directory says now. */
  memberEmails: readonly string[];
}

export interface ApiKeyRecord {
  id: string;
  description: string;
  /** ISO date-time. */
  createdAt: string;
  expiresAt: string | null;
  allowedIps: readonly string[];
}

export interface ApplicationGrant {
  principalId: string;
  kind: PrincipalKind;
  role: ApplicationRoleId;
}

export interface ProjectRecord {
  id: string;
  name: string;
  /** Set for projects created from a legacy department (R22). */
  departmentId: string | null;
}

export interface ProjectGrant {
  projectId: string;
  principalId: string;
  kind: PrincipalKind;
  role: string;
}

/** Monitor results row (R17, R19). */
export interface RecordRow {
  id: string;
  projectId: string;
  assigneeUserId: string | null;
  /** The communication rule of its project that emails about it, if any (Contract "Monitor records and rules"). */
  ruleId: string | null;
}

/** Monitor communication rule that emails users (R17). */
export interface CommunicationRule {
  id: string;
  projectId: string;
  name: string;
  recipientUserIds: readonly string[];
}

export interface LegacyGrant {
  userId: string;
  role: LegacyRoleId;
}

export interface Department {
  id: string;
  name: string;
  memberUserIds: readonly string[];
}

export interface TenantSettings {
  projectCreation: 'project-creators' | 'administrators';
}

export interface TenantState {
  tenantId: string;
  productId: string;
  roleModel: 'current' | 'legacy';
  settings: TenantSettings;
  /** Every user the tenant refers to: grant holders, group members, record assignees, rule recipients. */
  users: readonly UserRecord[];
  /** Groups that hold a grant in the tenant. */
  groups: readonly GroupRecord[];
  /** Live (not deleted) API keys of the tenant. */
  apiKeys: readonly ApiKeyRecord[];
  applicationGrants: readonly ApplicationGrant[];
  projects: readonly ProjectRecord[];
  /** Hand-given project roles. Limited Member roles are derived from references, never stored. */
  projectGrants: readonly ProjectGrant[];
  records: readonly RecordRow[];
  communicationRules: readonly CommunicationRule[];
  legacyGrants: readonly LegacyGrant[];
  departments: readonly Department[];
}

/** Who is asking the core to act or to answer. */
export type Actor = { kind: 'user'; userId: string } | { kind: 'apiKey'; apiKeyId: string };

/** A principal named in a request: users by email (they may be new), others by id. */
export type PrincipalRef = { kind: 'user'; email: string } | { kind: 'group'; id: string } | { kind: 'apiKey'; id: string };
