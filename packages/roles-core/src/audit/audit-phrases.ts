/**
 * The words the audit log names things with: people by email, everything else by its kind and
 * name (its id only when the log knows no name), roles by the product configuration's labels.
 */
import type { AnyProduct } from '../define-product.js';
import type { AuditActorRef, AuditNames } from './audit-event.js';

const NOUNS: Readonly<Record<string, string>> = {
  group: 'group',
  apiKey: 'API key',
  project: 'project',
  record: 'record',
  'communication-rule': 'communication rule',
  department: 'department',
  tenant: 'tenant',
  organization: 'organization',
  'scim-token': 'SCIM token',
};

export function splitReference(reference: string): { kind: string; id: string } {
  const at = reference.indexOf(':');
  return at < 0 ? { kind: '', id: reference } : { kind: reference.slice(0, at), id: reference.slice(at + 1) };
}

/** `bob@example.com`, `API key “nightly export”`, `project “Alpha”`; `record 7f3a…` where there is no name. */
export function referencePhrase({ reference, names, name }: { reference: string; names: AuditNames; name?: string | null }): string {
  const { kind, id } = splitReference(reference);
  if (kind === 'user') return id;
  const known = names[reference] ?? name ?? null;
  const noun = NOUNS[kind] ?? (kind || 'item');
  return known ? `${noun} “${known}”` : `${noun} ${id}`;
}

/** The subject of a sentence: who acted. */
export function actorPhrase({ actor, names }: { actor: AuditActorRef; names: AuditNames }): string {
  switch (actor.kind) {
    case 'user':
      return actor.email ?? 'A user';
    case 'apiKey':
      return referencePhrase({ reference: `apiKey:${actor.id}`, names });
    case 'scim-token': {
      const token = names[`scim-token:${actor.id}`];
      return token ? `Directory provisioning (SCIM token “${token}”)` : 'Directory provisioning (SCIM)';
    }
    case 'platform':
      return 'The platform operator';
    default:
      return 'The system';
  }
}

/** `Consumer`, `Consumer and Owner`, `A, B and C`; `no role` for none. */
export function joinWords(words: readonly string[], none: string): string {
  if (words.length === 0) return none;
  if (words.length === 1) return words[0]!;
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Role ids as the product configuration labels them: application, project and legacy roles alike. */
export function roleLabelsOf({ product }: { product: AnyProduct }): Readonly<Record<string, string>> {
  const labels: Record<string, string> = {};
  const roleSets = [product.applicationRoles, product.projectRoles, product.legacy?.roles ?? {}] as readonly Readonly<Record<string, { label: string }>>[];
  for (const roles of roleSets) for (const [id, role] of Object.entries(roles)) labels[id] = role.label;
  return labels;
}

/** An ISO date-time as the log shows it, the same on every screen and in every export: `2025-01-31 14:05 UTC`. */
export function formatAuditTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const text = new Date(time).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}
