// A seeded synthetic tenant: users with one direct application role each, groups holding roles,
// a share of users in one group each. The same workload feeds every engine.
import { emptyTenantState } from '../dist/index.js';

const ROLES = ['consumer', 'project-creator', 'administrator'];

export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildWorkload({ product, users: userCount, groups: groupCount, groupShare, seed }) {
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const users = Array.from({ length: userCount }, (_, i) => ({
    id: `u${i}`,
    email: `user${i}@example.com`,
    name: `User ${i}`,
    hasSignedIn: true,
    guest: false,
  }));
  const members = Array.from({ length: groupCount }, () => []);
  const userGroup = new Int32Array(userCount).fill(-1);
  for (let i = 0; i < userCount; i++) {
    if (random() >= groupShare) continue;
    const group = Math.floor(random() * groupCount);
    userGroup[i] = group;
    members[group].push(users[i].email);
  }
  const groups = members.map((memberEmails, g) => ({ id: `g${g}`, name: `Group ${g}`, email: null, memberEmails }));
  const userRole = users.map(() => pick(ROLES));
  const groupRole = groups.map(() => pick(ROLES));
  const state = {
    ...emptyTenantState({ tenantId: 'bench', productId: product.id }),
    users,
    groups,
    applicationGrants: [
      ...users.map((user, i) => ({ principalId: user.id, kind: 'user', role: userRole[i] })),
      ...groups.map((group, g) => ({ principalId: group.id, kind: 'group', role: groupRole[g] })),
    ],
  };
  const memberships = users.length + members.reduce((sum, list) => sum + list.length, 0) + groups.length;
  return { state, users, groups, userRole, groupRole, userGroup, memberships, permissions: Object.keys(product.permissions) };
}

export function buildQuestions({ workload, count, seed }) {
  const random = createRandom(seed);
  const users = new Int32Array(count);
  const permissions = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    users[i] = Math.floor(random() * workload.users.length);
    permissions[i] = Math.floor(random() * workload.permissions.length);
  }
  return { users, permissions, count };
}
