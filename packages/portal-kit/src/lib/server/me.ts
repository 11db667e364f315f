/** The About view's data (R23): who I am here, my roles, and why I hold each permission. */
import { itemsOf, textOf } from './normalize.js';
import type { MeView } from '../me-view.js';

type Loose = Record<string, unknown>;

const REASON_WORDS: Record<string, string> = {
  direct: 'directly',
  group: 'through a group',
  project: 'through a project role',
  'project-role': 'through a project role',
  'api-key-policy': 'through the API-key policy',
  apiKeyPolicy: 'through the API-key policy',
  'consumer-scope': 'as a consumer, for what is assigned to you',
  legacy: 'through a legacy role',
  'limited-member': 'as a Limited Member, for what is assigned or emailed to you',
};

/** One reason in words, e.g. "through group Analysts (administrator)". */
export function describeReason(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  const reason = (raw ?? {}) as Loose;
  if (typeof reason.text === 'string') return reason.text;
  const kind = textOf(reason.kind ?? reason.via ?? reason.source);
  const base = REASON_WORDS[kind] ?? kind;
  const via = textOf(reason.groupName ?? reason.projectName ?? reason.group ?? reason.project ?? reason.legacyRole);
  const role = textOf(reason.role ?? reason.roleId);
  return [base, via && `${via}`, role && `(${role})`].filter(Boolean).join(' ');
}

export function normalizeMe(raw: unknown): MeView {
  const me = (raw ?? {}) as Loose;
  const principal = (me.principal ?? me.user ?? me.apiKey ?? {}) as Loose;
  const roleName = (role: unknown) => (typeof role === 'string' ? role : textOf((role as Loose).role ?? (role as Loose).id));
  return {
    kind: textOf(principal.kind ?? me.kind, 'user'),
    name: textOf(principal.name ?? principal.email ?? principal.description ?? me.email),
    applicationRoles: itemsOf(me.applicationRoles).map(roleName),
    projectRoles: itemsOf(me.projectRoles).map((entry) => ({
      projectId: textOf(entry.projectId),
      projectName: textOf(entry.projectName ?? entry.projectId),
      role: roleName(entry),
    })),
    permissions: itemsOf(me.permissions).map((entry) => ({
      permission: textOf(entry.permission ?? entry.id),
      projectId: typeof entry.projectId === 'string' ? entry.projectId : null,
      reasons: entry.reason ? [describeReason(entry.reason)] : itemsOf(entry.reasons).map(describeReason),
    })),
  };
}

