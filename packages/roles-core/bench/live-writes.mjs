// Writes to a live tenant: one single-member add and one remove applied through `LiveTenant.apply`
// (as every API process applies a committed change), then one `can` of that member; planning the
// same add and remove over the live tenant's state; and the heap the tenant holds after 1,000 writes.
import { LiveTenant, planAddApplicationMembers, planRemoveApplicationMember } from '../dist/index.js';
import { PackedIds, loadedState } from '../dist/loading.js';

const SEPARATOR = '\u001f';

/** The workload's state as the API loads it: grants grouped by (role, kind) with packed holders, users as columns. */
function loadedFrom({ workload }) {
  const { users: _users, applicationGrants, projectGrants: _projectGrants, ...rest } = workload.state;
  const byKey = new Map();
  for (const { principalId, kind, role } of applicationGrants) {
    const key = `${role}/${kind}`;
    const group = byKey.get(key) ?? { role, kind, ids: [] };
    group.ids.push(principalId);
    byKey.set(key, group);
  }
  const application = [...byKey.values()].map(({ role, kind, ids }) => ({ role, kind, principalIds: new PackedIds(ids.join(SEPARATOR), SEPARATOR) }));
  const users = workload.users;
  return loadedState({
    state: rest,
    grantGroups: { application, project: [] },
    userColumns: {
      ids: users.map((user) => user.id),
      emails: users.map((user) => user.email),
      names: users.map((user) => user.name),
      hasSignedIn: users.map(() => true),
      guest: users.map(() => false),
    },
  });
}

function percentile(sorted, share) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

function micros(start) {
  return Number(process.hrtime.bigint() - start) / 1e3;
}

/** One committed change as the API would record it: the effects, and the user record the database settled. */
function changeOf({ effects, user }) {
  return { effects, users: user ? [user] : [], groups: [], removedGroupIds: [] };
}

export function measureLiveWrites({ product, workload, writes, heapUsed }) {
  const empty = heapUsed();
  const state = loadedFrom({ workload });
  const before = heapUsed();
  const loadStart = process.hrtime.bigint();
  const tenant = new LiveTenant({ product, state });
  const loadMs = micros(loadStart) / 1e3;
  const compiled = heapUsed();
  const administrator = { kind: 'user', userId: workload.users[workload.userRole.indexOf('administrator')].id };
  const apply = [];
  const check = [];
  const plan = [];
  let allowed = 0;
  for (let i = 0; i < writes; i++) {
    const email = `live${i}@example.com`;
    const user = { id: `live-${i}`, email, name: email, hasSignedIn: false, guest: false };
    // Planning reads the live state by key; its figure shows it does not grow with the tenant.
    let start = process.hrtime.bigint();
    const added = planAddApplicationMembers({ product, state: tenant.state, actor: administrator, request: { kind: 'user', emails: email, role: 'consumer' } });
    plan.push(micros(start));
    if (!added.ok) throw new Error(`add refused: ${JSON.stringify(added.refusal)}`);
    start = process.hrtime.bigint();
    tenant.apply(changeOf({ effects: added.effects, user }));
    apply.push(micros(start));
    start = process.hrtime.bigint();
    allowed += tenant.decisions.can({ principalId: user.id, permission: 'jobs.view' }) ? 1 : 0;
    check.push(micros(start));
    start = process.hrtime.bigint();
    const removed = planRemoveApplicationMember({ product, state: tenant.state, actor: administrator, request: { role: 'consumer', principalId: user.id } });
    plan.push(micros(start));
    if (!removed.ok) throw new Error(`remove refused: ${JSON.stringify(removed.refusal)}`);
    start = process.hrtime.bigint();
    tenant.apply(changeOf({ effects: removed.effects }));
    apply.push(micros(start));
    start = process.hrtime.bigint();
    allowed += tenant.decisions.can({ principalId: user.id, permission: 'jobs.view' }) ? 1 : 0;
    check.push(micros(start));
  }
  if (allowed !== writes) throw new Error(`expected each member allowed once, got ${allowed} of ${writes}`);
  const after = heapUsed();
  const perMembership = (bytes) => bytes / workload.memberships;
  const sorted = (list) => [...list].sort((a, b) => a - b);
  const [applySorted, checkSorted, planSorted] = [sorted(apply), sorted(check), sorted(plan)];
  return {
    tenant,
    loadMs,
    apply: applySorted,
    check: checkSorted,
    plan: planSorted,
    bytes: { state: perMembership(before - empty), compiled: perMembership(compiled - before), afterWrites: perMembership(after - before) },
  };
}

export function printLiveWrites({ workload, writes, result }) {
  const line = (label, sorted) =>
    `${label.padEnd(34)} | ${percentile(sorted, 0.5).toFixed(1).padStart(9)} | ${percentile(sorted, 0.95).toFixed(1).padStart(9)}`;
  console.log(
    `\nLive tenant writes: ${workload.memberships.toLocaleString()} memberships, ${writes.toLocaleString()} adds and ${writes.toLocaleString()} removes of one member each (load and first compile ${result.loadMs.toFixed(0)} ms)`,
  );
  console.log('step                               | p50 µs    | p95 µs');
  console.log('-----------------------------------|-----------|----------');
  console.log(line('LiveTenant.apply (one change)', result.apply));
  console.log(line('can of that member after it', result.check));
  console.log(line('planning the add / the remove', result.plan));
  const { state, compiled, afterWrites } = result.bytes;
  console.log(
    `heap, bytes per membership (= MB per 1M; goal ≤ 128 for state and tenant): the state as loaded ${state.toFixed(0)}; ` +
      `the live tenant over it ${compiled.toFixed(0)} compiled, ${afterWrites.toFixed(0)} after ${(2 * writes).toLocaleString()} changes`,
  );
}
