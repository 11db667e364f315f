/**
 * What the sentences of one event are made from: its actor, its target and its snapshots read
 * safely (a snapshot is stored JSON; a field may be missing from an older event), in words.
 */
import type { AnyProduct } from '../define-product.js';
import type { AuditEventRecord, AuditNames, AuditSnapshot } from './audit-event.js';
import { actorPhrase, joinWords, referencePhrase, roleLabelsOf } from './audit-phrases.js';

type Side = 'before' | 'after';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export class AuditWording {
  readonly names: AuditNames;
  readonly actor: string;
  /** The target, named from the log's names or, for what no longer exists, from its own snapshot. */
  readonly target: string;
  private readonly roleLabels: Readonly<Record<string, string>>;

  constructor(
    product: AnyProduct,
    private readonly event: AuditEventRecord,
  ) {
    this.names = event.names ?? {};
    this.roleLabels = roleLabelsOf({ product });
    this.actor = actorPhrase({ actor: event.actor, names: this.names });
    const ownName = this.text('after', 'name') ?? this.text('before', 'name') ?? this.text('after', 'description') ?? this.text('before', 'description');
    this.target = referencePhrase({ reference: event.target, names: this.names, name: ownName });
  }

  snapshot(side: Side): AuditSnapshot {
    return this.event[side];
  }

  value(side: Side, key: string): unknown {
    return this.event[side]?.[key];
  }

  text(side: Side, key: string): string | null {
    const value = this.value(side, key);
    return typeof value === 'string' ? value : null;
  }

  list(side: Side, key: string): string[] {
    const value = this.value(side, key);
    if (typeof value === 'string') return [value];
    return isStringArray(value) ? value : [];
  }

  number(side: Side, key: string): number | null {
    const value = this.value(side, key);
    return typeof value === 'number' ? value : null;
  }

  /** What the change added to a list field (after but not before). */
  gained(key: string): string[] {
    const before = new Set(this.list('before', key));
    return this.list('after', key).filter((item) => !before.has(item));
  }

  /** What the change took from a list field (before but not after). */
  lost(key: string): string[] {
    const after = new Set(this.list('after', key));
    return this.list('before', key).filter((item) => !after.has(item));
  }

  roleLabel(id: string): string {
    return this.roleLabels[id] ?? id;
  }

  roles(ids: readonly string[]): string {
    return joinWords(
      ids.map((id) => this.roleLabel(id)),
      'no role',
    );
  }

  /** A project named by the log, or by its id when the log knows no name. */
  project(id: string | null): string {
    return id ? referencePhrase({ reference: `project:${id}`, names: this.names }) : 'a project';
  }

  /** The bare name of a project, for lists: `Alpha`. */
  projectName(id: string): string {
    return this.names[`project:${id}`] ?? id;
  }

  rule(id: string): string {
    return referencePhrase({ reference: `communication-rule:${id}`, names: this.names });
  }

  /** Project roles as the log stores them: `[{projectId, role}]`. */
  projectRoles(side: Side): { projectId: string; role: string }[] {
    const value = this.value(side, 'projectRoles');
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: unknown) => {
      const { projectId, role } = (item ?? {}) as Record<string, unknown>;
      return typeof projectId === 'string' && typeof role === 'string' ? [{ projectId, role }] : [];
    });
  }
}
