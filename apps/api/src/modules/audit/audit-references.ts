/** R24: every reference (`kind:id`) one audit event makes, so that the log can name each. */
import type { AuditEventEntity } from './entities/audit-event.entity.js';

type Snapshot = Record<string, unknown> | null;

function snapshotReferences(snapshot: Snapshot): string[] {
  if (!snapshot) return [];
  const references: string[] = [];
  if (typeof snapshot.projectId === 'string') references.push(`project:${snapshot.projectId}`);
  if (typeof snapshot.ruleId === 'string') references.push(`communication-rule:${snapshot.ruleId}`);
  if (typeof snapshot.owner === 'string') references.push(snapshot.owner);
  // A deleted project's members, named as the log names anyone (groups and keys by their names).
  if (Array.isArray(snapshot.projectMembers)) {
    for (const member of snapshot.projectMembers as unknown[]) if (typeof member === 'string') references.push(member);
  }
  if (Array.isArray(snapshot.projectRoles)) {
    for (const grant of snapshot.projectRoles as unknown[]) {
      const projectId = (grant as { projectId?: unknown } | null)?.projectId;
      if (typeof projectId === 'string') references.push(`project:${projectId}`);
    }
  }
  return references;
}

export function referencesOf(event: Pick<AuditEventEntity, 'actor' | 'target' | 'before' | 'after'>): string[] {
  return [
    ...new Set([
      `${event.actor.kind}:${event.actor.id}`,
      event.target,
      ...snapshotReferences(event.before as Snapshot),
      ...snapshotReferences(event.after as Snapshot),
    ]),
  ];
}
