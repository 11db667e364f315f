/** The body shared by application-role and project-role member requests (R1, R2, R8, R16). */
import type { Refusal } from '../model/refusal.js';
import type { PrincipalRef, TenantState } from '../model/tenant-state.js';
import { parseEmailList } from './parse-email-list.js';
import { findApiKey, findGroup } from './tenant-queries.js';

export type MembersBody = { kind: 'user'; emails: string } | { kind: 'group'; groupIds: readonly string[] } | { kind: 'apiKey'; apiKeyIds: readonly string[] };

export type ResolvedPrincipals = { ok: true; principals: PrincipalRef[] } | { ok: false; refusal: Refusal };

function resolveIds({ ids, known, kind }: { ids: readonly string[]; known: (id: string) => boolean; kind: 'group' | 'apiKey' }): ResolvedPrincipals {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { ok: false, refusal: { code: 'VALIDATION', message: `Name at least one ${kind}.` } };
  const unknown = unique.filter((id) => !known(id));
  if (unknown.length > 0) {
    return { ok: false, refusal: { code: 'NOT_FOUND', message: `Unknown ${kind} id: ${unknown.join(', ')}.` } };
  }
  return { ok: true, principals: unique.map((id) => ({ kind, id })) };
}

/**
 * Users by email (R2 parsing); groups and keys by id, which must exist (groups as the API loaded
 * them from the organization's directory into `state.groups`).
 */
export function resolveMembersBody({ state, body }: { state: TenantState; body: MembersBody }): ResolvedPrincipals {
  switch (body.kind) {
    case 'user': {
      const parsed = parseEmailList({ text: body.emails });
      return parsed.ok ? { ok: true, principals: parsed.emails.map((email) => ({ kind: 'user', email })) } : parsed;
    }
    case 'group':
      return resolveIds({ ids: body.groupIds, known: (groupId) => findGroup({ state, groupId }) !== undefined, kind: 'group' });
    case 'apiKey':
      return resolveIds({ ids: body.apiKeyIds, known: (apiKeyId) => findApiKey({ state, apiKeyId }) !== undefined, kind: 'apiKey' });
  }
}
