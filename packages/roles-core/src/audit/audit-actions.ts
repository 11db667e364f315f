/**
 * R24: every kind of change the audit log records. Whatever writes an audit event names one of
 * these (the effect's type says so), so the log's wording and filters can never miss one.
 */
export const AUDIT_ACTIONS = [
  'application-role.member.added',
  'application-role.member.invited',
  'application-role.member.moved',
  'application-role.member.removed',
  'invitation.accepted',
  'invitation.resent',
  'invitation.revoked',
  'tenant.administrator.added',
  'tenant.settings.updated',
  'project.created',
  'project.renamed',
  'project.deleted',
  'project.member.added',
  'project.member.removed',
  'api-key.created',
  'api-key.imported',
  'api-key.deleted',
  'record.created',
  'record.assigned',
  'communication-rule.created',
  'communication-rule.deleted',
  'legacy-role.invited',
  'legacy-role.changed',
  'legacy-role.removed',
  'department.created',
  'department.members.set',
  'legacy-migration.user-migrated',
  'legacy-migration.applied',
  'directory.replaced',
  'directory.user.provisioned',
  'directory.user.revived',
  'directory.user.updated',
  'directory.user.deactivated',
  'directory.user.reactivated',
  'directory.user.deprovisioned',
  'directory.group.created',
  'directory.group.updated',
  'directory.group.deleted',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}
