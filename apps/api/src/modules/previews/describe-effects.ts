/**
 * A plan's effects in names a person reads: who loses or gains which role, which keys go, who is
 * invited. Pure reading of the planner's answer against the state it was planned on; no rule here.
 */
import type { AnyProduct, Effect, PrincipalRef, TenantState } from '@loome/roles-core';
import type { PreviewOutput } from './schemas/preview.schema.js';

type Allowed = Extract<PreviewOutput, { allowed: true }>;
type PrincipalChange = Allowed['applicationRoles']['granted'][number];

export function describeEffects({ product, state, effects }: { product: AnyProduct; state: TenantState; effects: readonly Effect[] }): Allowed {
  const users = new Map(state.users.map((user) => [user.email, user]));
  const groups = new Map(state.groups.map((group) => [group.id, group]));
  const keys = new Map(state.apiKeys.map((key) => [key.id, key]));
  const projects = new Map(state.projects.map((project) => [project.id, project]));
  const projectRoleLabels = new Map(Object.entries(product.projectRoles).map(([id, role]) => [id, role.label]));
  const principal = (ref: PrincipalRef, role: string, roleLabel: string): PrincipalChange => {
    if (ref.kind === 'user') {
      const user = users.get(ref.email);
      return { kind: 'user', principalId: user?.id ?? null, name: user?.name ?? ref.email, email: ref.email, role, roleLabel };
    }
    if (ref.kind === 'group') {
      const group = groups.get(ref.id);
      return { kind: 'group', principalId: ref.id, name: group?.name ?? ref.id, email: group?.email ?? null, role, roleLabel };
    }
    return { kind: 'apiKey', principalId: ref.id, name: keys.get(ref.id)?.description ?? ref.id, email: null, role, roleLabel };
  };
  const described: Allowed = {
    allowed: true,
    applicationRoles: { granted: [], revoked: [] },
    projectRoles: { granted: [], revoked: [] },
    deletedApiKeys: [],
    deletedProjects: [],
    invitations: [],
    administrators: { before: 0, after: 0 },
  };
  // A deleted project's records and rules are told with it, by count and by name.
  const records = new Map(state.records.map((record) => [record.id, record]));
  const rules = new Map(state.communicationRules.map((rule) => [rule.id, rule]));
  const goneRecords = new Map<string, number>();
  const goneRules = new Map<string, string[]>();
  for (const effect of effects) {
    if (effect.type === 'delete-record') {
      const projectId = records.get(effect.recordId)?.projectId;
      if (projectId !== undefined) goneRecords.set(projectId, (goneRecords.get(projectId) ?? 0) + 1);
    } else if (effect.type === 'delete-communication-rule') {
      const rule = rules.get(effect.ruleId);
      if (rule) goneRules.set(rule.projectId, [...(goneRules.get(rule.projectId) ?? []), rule.name]);
    }
  }
  for (const effect of effects) {
    if (effect.type === 'grant-application-role' || effect.type === 'revoke-application-role') {
      const change = principal(effect.principal, effect.role, product.applicationRoles[effect.role].label);
      (effect.type === 'grant-application-role' ? described.applicationRoles.granted : described.applicationRoles.revoked).push(change);
    } else if (effect.type === 'grant-project-role' || effect.type === 'revoke-project-role') {
      const change = {
        ...principal(effect.principal, effect.role, projectRoleLabels.get(effect.role) ?? effect.role),
        projectId: effect.projectId,
        projectName: projects.get(effect.projectId)?.name ?? effect.projectId,
      };
      (effect.type === 'grant-project-role' ? described.projectRoles.granted : described.projectRoles.revoked).push(change);
    } else if ((effect.type === 'grant-legacy-role' || effect.type === 'revoke-legacy-role') && product.legacy) {
      // A legacy tenant's four roles are its application roles (R21): told the same way.
      const change = principal({ kind: 'user', email: effect.email }, effect.role, product.legacy.roles[effect.role].label);
      (effect.type === 'grant-legacy-role' ? described.applicationRoles.granted : described.applicationRoles.revoked).push(change);
    } else if (effect.type === 'delete-api-key') {
      described.deletedApiKeys.push({ id: effect.apiKeyId, description: keys.get(effect.apiKeyId)?.description ?? effect.apiKeyId });
    } else if (effect.type === 'delete-project') {
      const { projectId } = effect;
      described.deletedProjects.push({
        id: projectId,
        name: projects.get(projectId)?.name ?? projectId,
        records: goneRecords.get(projectId) ?? 0,
        communicationRules: goneRules.get(projectId) ?? [],
      });
    } else if (effect.type === 'send-invitation') {
      described.invitations.push(effect.email);
    }
  }
  const before = state.applicationGrants.filter((grant) => grant.kind === 'user' && grant.role === 'administrator').length;
  const delta = (changes: PrincipalChange[]) => changes.filter((change) => change.kind === 'user' && change.role === 'administrator').length;
  described.administrators = { before, after: before + delta(described.applicationRoles.granted) - delta(described.applicationRoles.revoked) };
  return described;
}
