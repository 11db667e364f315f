import { isLimitedMember, referencesOfUser, type CheckQuery } from '@loome/roles-core';
import type { ModelWorld } from './model-world.js';

const BATCH = 1000;

/** Every check the step is judged by: each principal × each permission, anywhere, on each project and on each record. */
function checksOf(world: ModelWorld): { query: CheckQuery; body: Record<string, string> }[] {
  const { product, state } = world;
  const permissions = [...Object.keys(product.permissions), ...Object.keys(product.projectPermissions)];
  const selectors: { query: { email: string } | { principalId: string }; body: Record<string, string> }[] = [
    ...state.users.map((user) => ({ query: { email: user.email }, body: { email: user.email } })),
    ...state.groups.map((group) => ({ query: { principalId: group.id }, body: { principalId: group.id } })),
    ...state.apiKeys.map((key) => ({ query: { principalId: key.id }, body: { principalId: key.id } })),
  ];
  const places: Record<string, string>[] = [
    {},
    ...state.projects.map((project) => ({ projectId: project.id })),
    ...state.records.map((record) => ({ recordId: record.id })),
  ];
  return selectors.flatMap((selector) =>
    places.flatMap((place) =>
      permissions.map((permission) => ({ query: { ...selector.query, permission, ...place }, body: { ...selector.body, permission, ...place } })),
    ),
  );
}

export interface VerifyCounts {
  checks: number;
  /** Steps the API answered 503 UNAVAILABLE (busy) and that were sent again, as a client does. */
  busyRetries: number;
}

export const counts: VerifyCounts = { checks: 0, busyRetries: 0 };

/**
 * After every step: `check` answers as the model for every principal × permission × resource;
 * the invariants hold on the model and in what the API lists; the step wrote one audit event per
 * effect the model planned.
 */
export async function verifyWorld(world: ModelWorld, { auditEffects, step }: { auditEffects: number; step: string }): Promise<void> {
  const { s, product, state } = world;
  const token = world.observerSecret;
  const fail = (what: string) => {
    throw new Error(`after ${step}: ${what}`);
  };

  const compiled = world.compiled();
  const checks = checksOf(world);
  for (let from = 0; from < checks.length; from += BATCH) {
    const chunk = checks.slice(from, from + BATCH);
    const answer = await s.http.post(`${world.base}/check/batch`, { checks: chunk.map((check) => check.body) }, { token });
    if (answer.status !== 200) fail(`check/batch answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    chunk.forEach((check, index) => {
      const expected = compiled.can(check.query);
      const actual = answer.body.results[index].allowed;
      if (expected !== actual)
        fail(`check ${JSON.stringify(check.body)}: the model answers ${expected}, the API ${actual} (${answer.body.results[index].reason})`);
    });
    counts.checks += chunk.length;
  }

  // R11: a user administrator; R3: one application role per user.
  const userGrants = state.applicationGrants.filter((grant) => grant.kind === 'user');
  if (!userGrants.some((grant) => grant.role === 'administrator')) fail('the model lost its last user administrator');
  const perUser = new Map<string, number>();
  for (const grant of userGrants) perUser.set(grant.principalId, (perUser.get(grant.principalId) ?? 0) + 1);
  if ([...perUser.values()].some((count) => count > 1)) fail('a user holds two application roles in the model');
  // R17: a Limited Member exactly while references exist (the model derives it; the API lists it).
  if (product.limitedMembers) {
    const listed = await s.http.get(`${world.base}/limited-members`, { token });
    if (listed.status !== 200) fail(`limited-members answered ${listed.status}`);
    const items: { principalId: string; project: { id: string } }[] = listed.body.items ?? [];
    const expected = state.projects.flatMap((project) =>
      state.users
        .filter(
          (user) =>
            isLimitedMember({ product, state, userId: user.id, projectId: project.id }) &&
            referencesOfUser({ product, state, userId: user.id, projectId: project.id }),
        )
        .map((user) => `${user.id}@${project.id}`),
    );
    const actual = items.map((item) => `${item.principalId}@${item.project.id}`);
    if (JSON.stringify([...new Set(actual)].sort()) !== JSON.stringify([...new Set(expected)].sort()))
      fail(`Limited Members: model ${JSON.stringify(expected)}, API ${JSON.stringify(actual)}`);
  }
  // R13: the keys the API lists are the model's live keys.
  const keys = await s.http.get(`${world.base}/api-keys`, { token });
  const listedKeys = (keys.body.items as { id: string }[]).map((key) => key.id).sort();
  const modelKeys = state.apiKeys.map((key) => key.id).sort();
  if (JSON.stringify(listedKeys) !== JSON.stringify(modelKeys)) fail(`API keys: model ${JSON.stringify(modelKeys)}, API ${JSON.stringify(listedKeys)}`);
  // R24: one audit event per effect.
  const audit = await s.http.get(`${world.base}/audit-events?limit=100`, { token });
  const events: { id: string }[] = audit.body.items;
  const newest = world.newestAuditId;
  const fresh = newest === null ? events.length : events.findIndex((event) => event.id === newest);
  if (fresh !== auditEffects) fail(`${fresh} audit events written, the model planned ${auditEffects}`);
  world.newestAuditId = events[0]?.id ?? null;
}
