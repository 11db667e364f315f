/**
 * The kinds of change a person can filter the audit log by, in words and in groups. A product
 * offers only the groups its configuration can write: the legacy model where it has one, records
 * and communication rules where it has Limited Members.
 */
import type { AnyProduct } from '../define-product.js';
import { AUDIT_ACTIONS, type AuditAction } from './audit-actions.js';

interface ActionGroup {
  label: string;
  offered: (product: AnyProduct) => boolean;
}

const EVERY_PRODUCT = () => true;
const GROUPS = {
  members: { label: 'Members and invitations', offered: EVERY_PRODUCT },
  tenant: { label: 'Tenant', offered: EVERY_PRODUCT },
  projects: { label: 'Projects', offered: EVERY_PRODUCT },
  apiKeys: { label: 'API keys', offered: EVERY_PRODUCT },
  references: { label: 'Records and communication rules', offered: (product) => product.limitedMembers !== null },
  legacy: { label: 'Legacy model and migration', offered: (product) => product.legacy !== null },
  directory: { label: 'Directory', offered: EVERY_PRODUCT },
} satisfies Record<string, ActionGroup>;

const ACTIONS: { readonly [A in AuditAction]: { group: keyof typeof GROUPS; label: string } } = {
  'application-role.member.added': { group: 'members', label: 'Added to an application role' },
  'application-role.member.invited': { group: 'members', label: 'Invited' },
  'application-role.member.moved': { group: 'members', label: 'Moved to another application role' },
  'application-role.member.removed': { group: 'members', label: 'Removed from an application role' },
  'invitation.accepted': { group: 'members', label: 'Invitation accepted' },
  'invitation.resent': { group: 'members', label: 'Invitation sent again' },
  'invitation.revoked': { group: 'members', label: 'Invitation revoked' },
  'tenant.administrator.added': { group: 'tenant', label: 'Administrator named at creation' },
  'tenant.settings.updated': { group: 'tenant', label: 'Settings changed' },
  'project.created': { group: 'projects', label: 'Project created' },
  'project.renamed': { group: 'projects', label: 'Project renamed' },
  'project.deleted': { group: 'projects', label: 'Project deleted' },
  'project.member.added': { group: 'projects', label: 'Added to a project' },
  'project.member.removed': { group: 'projects', label: 'Removed from a project' },
  'api-key.created': { group: 'apiKeys', label: 'API key created' },
  'api-key.imported': { group: 'apiKeys', label: 'API key imported' },
  'api-key.deleted': { group: 'apiKeys', label: 'API key deleted' },
  'record.created': { group: 'references', label: 'Record created' },
  'record.assigned': { group: 'references', label: 'Record assigned' },
  'communication-rule.created': { group: 'references', label: 'Communication rule created' },
  'communication-rule.deleted': { group: 'references', label: 'Communication rule deleted' },
  'legacy-role.invited': { group: 'legacy', label: 'Legacy user invited' },
  'legacy-role.changed': { group: 'legacy', label: 'Legacy role changed' },
  'legacy-role.removed': { group: 'legacy', label: 'Legacy user removed' },
  'department.created': { group: 'legacy', label: 'Department created' },
  'department.members.set': { group: 'legacy', label: 'Department members set' },
  'legacy-migration.user-migrated': { group: 'legacy', label: 'User migrated' },
  'legacy-migration.applied': { group: 'legacy', label: 'Migration applied' },
  'directory.replaced': { group: 'directory', label: 'Directory replaced' },
  'directory.user.provisioned': { group: 'directory', label: 'User added to the directory' },
  'directory.user.revived': { group: 'directory', label: 'User brought back into the directory' },
  'directory.user.updated': { group: 'directory', label: 'User updated in the directory' },
  'directory.user.deactivated': { group: 'directory', label: 'User deactivated' },
  'directory.user.reactivated': { group: 'directory', label: 'User reactivated' },
  'directory.user.deprovisioned': { group: 'directory', label: 'User deleted from the directory' },
  'directory.group.created': { group: 'directory', label: 'Group added to the directory' },
  'directory.group.updated': { group: 'directory', label: 'Group updated in the directory' },
  'directory.group.deleted': { group: 'directory', label: 'Group deleted from the directory' },
};

export interface AuditActionChoiceGroup {
  label: string;
  actions: { action: AuditAction; label: string }[];
}

export function auditActionLabel(action: string): string {
  return (ACTIONS as Readonly<Record<string, { label: string }>>)[action]?.label ?? action;
}

export function auditActionChoices({ product }: { product: AnyProduct }): AuditActionChoiceGroup[] {
  return Object.entries(GROUPS as Record<string, ActionGroup>)
    .filter(([, group]) => group.offered(product))
    .map(([key, group]) => ({
      label: group.label,
      actions: AUDIT_ACTIONS.filter((action) => ACTIONS[action].group === key).map((action) => ({ action, label: ACTIONS[action].label })),
    }));
}
