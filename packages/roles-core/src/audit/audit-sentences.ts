/**
 * R24: the one sentence a person reads for each kind of audit event. Every action has one (the
 * table's type says so); the snapshots are read as the planners and the directory write them.
 */
import type { AuditAction } from './audit-actions.js';
import type { AuditFieldChange } from './audit-event.js';
import { countOf, joinWords } from './audit-phrases.js';
import type { AuditWording } from './audit-wording.js';

type Sentence = (w: AuditWording, changes: readonly AuditFieldChange[]) => string;

/** A few addresses by name, the rest counted: a rule may email hundreds. */
function emails(list: readonly string[]): string {
  if (list.length <= 3) return joinWords(list, 'nobody');
  return `${list.slice(0, 3).join(', ')} and ${countOf(list.length - 3, 'other')}`;
}

function projectOf(w: AuditWording): string {
  return w.project(w.text('after', 'projectId') ?? w.text('before', 'projectId'));
}

/** `(3 users, 2 groups)` from the counts a snapshot holds; empty when it holds none. */
function counts(w: AuditWording, fields: readonly [key: string, noun: string][]): string {
  const parts = fields.flatMap(([key, noun]) => {
    const count = w.number('after', key);
    return count === null ? [] : [countOf(count, noun)];
  });
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function groupUpdate(w: AuditWording): string {
  const from = w.text('before', 'name');
  const to = w.text('after', 'name');
  const parts = [
    from && to && from !== to ? `renamed it from “${from}”` : null,
    w.list('after', 'added').length > 0 ? `added ${countOf(w.list('after', 'added').length, 'member')}` : null,
    w.list('after', 'removed').length > 0 ? `removed ${countOf(w.list('after', 'removed').length, 'member')}` : null,
  ].filter((part): part is string => part !== null);
  return `${w.actor} updated ${w.target} in the directory${parts.length > 0 ? `: ${joinWords(parts, '')}` : ''}.`;
}

function departmentMembers(w: AuditWording): string {
  const added = w.gained('members').length;
  const removed = w.lost('members').length;
  const change = added + removed === 0 ? 'no change' : joinWords([...(added ? [`${added} added`] : []), ...(removed ? [`${removed} removed`] : [])], '');
  return `${w.actor} set the members of ${w.target}: ${change}.`;
}

/** What went with a deleted project, counted: a project may have hundreds of members. */
function projectDeleted(w: AuditWording): string {
  const members = w.list('before', 'projectMembers').length;
  const records = w.number('before', 'records') ?? 0;
  const rules = w.list('before', 'communicationRules').length;
  const parts = [
    ...(members > 0 ? [`the project roles of ${countOf(members, 'member')}`] : []),
    ...(records > 0 ? [countOf(records, 'record')] : []),
    ...(rules > 0 ? [countOf(rules, 'communication rule')] : []),
  ];
  return `${w.actor} deleted ${w.target}${parts.length > 0 ? `, removing ${joinWords(parts, '')}` : ''}.`;
}

export const AUDIT_SENTENCES: { readonly [A in AuditAction]: Sentence } = {
  'application-role.member.added': (w) => `${w.actor} added ${w.target} to ${w.roles(w.gained('roles'))}.`,
  'application-role.member.invited': (w) => `${w.actor} invited ${w.target} as ${w.roles(w.gained('roles'))}.`,
  'application-role.member.moved': (w) => `${w.actor} moved ${w.target} from ${w.roles(w.list('before', 'roles'))} to ${w.roles(w.list('after', 'roles'))}.`,
  'application-role.member.removed': (w) => {
    const projectRoles = w.projectRoles('before').length - w.projectRoles('after').length;
    const also = projectRoles > 0 ? `, and from ${countOf(projectRoles, 'project role')}` : '';
    return `${w.actor} removed ${w.target} from ${w.roles(w.lost('roles'))}${also}.`;
  },
  'invitation.accepted': (w) => `${w.target} accepted the invitation.`,
  'invitation.resent': (w) => `${w.actor} sent the invitation to ${w.target} again.`,
  'invitation.revoked': (w) => {
    const projectRoles = w.projectRoles('before').length;
    const held = [...w.lost('roles'), ...w.lost('legacyRoles')];
    const from = [...(held.length > 0 ? [w.roles(held)] : []), ...(projectRoles > 0 ? [countOf(projectRoles, 'project role')] : [])];
    return `${w.actor} revoked the invitation of ${w.target}${from.length > 0 ? `, who leaves ${from.join(' and ')}` : ''}.`;
  },
  'tenant.administrator.added': (w) => `${w.actor} created the tenant with ${w.target} as ${w.roles(w.list('after', 'role'))}.`,
  'tenant.settings.updated': (w, changes) =>
    `${w.actor} changed the tenant settings${changes.length > 0 ? `: ${changes.map((c) => `${c.field.toLowerCase()} from ${c.before} to ${c.after}`).join('; ')}` : ''}.`,
  'project.created': (w) => `${w.actor} created ${w.target}.`,
  'project.renamed': (w) => `${w.actor} renamed project “${w.text('before', 'name') ?? '?'}” to “${w.text('after', 'name') ?? '?'}”.`,
  'project.deleted': projectDeleted,
  'project.member.added': (w) => {
    const replaced = w.lost('roles');
    if (replaced.length > 0) return `${w.actor} changed the role of ${w.target} in ${projectOf(w)} from ${w.roles(replaced)} to ${w.roles(w.gained('roles'))}.`;
    return `${w.actor} added ${w.target} to ${projectOf(w)} as ${w.roles(w.gained('roles'))}.`;
  },
  'project.member.removed': (w) => `${w.actor} removed ${w.target} from ${w.roles(w.lost('roles'))} in ${projectOf(w)}.`,
  'api-key.created': (w) => `${w.actor} created ${w.target}.`,
  'api-key.imported': (w) => `${w.actor} imported ${w.target} from the old system.`,
  'api-key.deleted': (w) => `${w.actor} deleted ${w.target}; its secret stopped working.`,
  'record.created': (w) => {
    const assignee = w.text('after', 'assignee');
    const rule = w.text('after', 'ruleId');
    return `${w.actor} created ${w.target} in ${projectOf(w)}${assignee ? `, assigned to ${assignee}` : ''}${rule ? `, emailed by ${w.rule(rule)}` : ''}.`;
  },
  'record.assigned': (w) => {
    const to = w.text('after', 'assignee');
    const from = w.text('before', 'assignee');
    const was = from ? ` (was ${from})` : '';
    return to ? `${w.actor} assigned ${w.target} to ${to}${was}.` : `${w.actor} unassigned ${w.target}${was}.`;
  },
  'communication-rule.created': (w) => `${w.actor} created ${w.target} in ${projectOf(w)}, emailing ${emails(w.list('after', 'recipients'))}.`,
  'communication-rule.deleted': (w) => `${w.actor} deleted ${w.target} in ${projectOf(w)}.`,
  'legacy-role.invited': (w) => `${w.actor} invited ${w.target} as ${w.roles(w.list('after', 'roles'))}.`,
  'legacy-role.changed': (w) =>
    `${w.actor} changed the role of ${w.target} from ${w.roles(w.list('before', 'roles'))} to ${w.roles(w.list('after', 'roles'))}.`,
  'legacy-role.removed': (w) => `${w.actor} removed ${w.target} from ${w.roles(w.list('before', 'roles'))}.`,
  'department.created': (w) => `${w.actor} created ${w.target}.`,
  'department.members.set': departmentMembers,
  'legacy-migration.user-migrated': (w) => {
    const projectRoles = w.projectRoles('after').length;
    const also = projectRoles > 0 ? `, with ${countOf(projectRoles, 'project role')}` : '';
    return `${w.actor} migrated ${w.target} from ${w.roles(w.list('before', 'legacyRoles'))} to ${w.roles(w.list('after', 'applicationRole'))}${also}.`;
  },
  'legacy-migration.applied': (w) => `${w.actor} migrated the tenant to the current role model${counts(w, [['users', 'user']])}.`,
  'directory.replaced': (w) =>
    `${w.actor} replaced the organization's directory${counts(w, [
      ['users', 'user'],
      ['groups', 'group'],
    ])}.`,
  'directory.user.provisioned': (w) => `${w.actor} added ${w.target} to the directory.`,
  'directory.user.revived': (w) => `${w.actor} brought ${w.target} back into the directory.`,
  'directory.user.updated': (w) => `${w.actor} updated ${w.target} in the directory.`,
  'directory.user.deactivated': (w) => `${w.actor} deactivated ${w.target} in the directory.`,
  'directory.user.reactivated': (w) => `${w.actor} reactivated ${w.target} in the directory.`,
  'directory.user.deprovisioned': (w) => `${w.actor} deleted ${w.target} from the directory.`,
  'directory.group.created': (w) => `${w.actor} added ${w.target} to the directory${counts(w, [['members', 'member']])}.`,
  'directory.group.updated': groupUpdate,
  'directory.group.deleted': (w) => `${w.actor} deleted ${w.target} from the directory.`,
};
