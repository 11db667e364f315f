// One adapter per engine: `load` builds the engine from the workload, `check(userIndex, permissionIndex)` answers.
import { createMongoAbility } from '@casl/ability';
import { newEnforcer, newModelFromString } from 'casbin';
import { compileTenant } from '../dist/index.js';

export const rolesCore = {
  name: 'roles-core',
  load({ product, workload }) {
    const tenant = compileTenant({ product, state: workload.state });
    const ids = workload.users.map((user) => user.id);
    const permissions = workload.permissions;
    return { check: (u, p) => tenant.can({ principalId: ids[u], permission: permissions[p] }), keep: tenant };
  },
};

/** The ceiling: one precomputed mask per user, nothing else (no groups at check time, no reasons). */
export const bitmaskBaseline = {
  name: 'bitmask baseline',
  load({ product, workload }) {
    const bit = new Map(workload.permissions.map((permission, i) => [permission, i]));
    const roleMask = (role) => product.applicationRoles[role].permissions.reduce((mask, p) => mask | (1 << bit.get(p)), 0);
    const masks = new Uint32Array(workload.users.length);
    const index = new Map();
    workload.users.forEach((user, i) => {
      index.set(user.id, i);
      const group = workload.userGroup[i];
      masks[i] = roleMask(workload.userRole[i]) | (group >= 0 ? roleMask(workload.groupRole[group]) : 0);
    });
    const ids = workload.users.map((user) => user.id);
    const permissions = workload.permissions;
    return {
      check: (u, p) => ((masks[index.get(ids[u])] >>> bit.get(permissions[p])) & 1) === 1,
      keep: { masks, index },
    };
  },
};

const CASBIN_MODEL = `
[request_definition]
r = sub, act
[policy_definition]
p = sub, act
[role_definition]
g = _, _
[policy_effect]
e = some(where (p.eft == allow))
[matchers]
m = g(r.sub, p.sub) && r.act == p.act
`;

/** Casbin's documented RBAC model: `g` links users to groups and roles, groups to roles. */
export const casbin = {
  name: 'casbin',
  async load({ product, workload }) {
    const enforcer = await newEnforcer(newModelFromString(CASBIN_MODEL));
    const policies = Object.entries(product.applicationRoles).flatMap(([role, def]) => def.permissions.map((p) => [role, p]));
    await enforcer.addPolicies(policies);
    const grouping = [
      ...workload.users.map((user, i) => [user.id, workload.userRole[i]]),
      ...workload.groups.map((group, g) => [group.id, workload.groupRole[g]]),
      ...workload.users.flatMap((user, i) => (workload.userGroup[i] >= 0 ? [[user.id, `g${workload.userGroup[i]}`]] : [])),
    ];
    await enforcer.addGroupingPolicies(grouping);
    const ids = workload.users.map((user) => user.id);
    const permissions = workload.permissions;
    return { check: (u, p) => enforcer.enforceSync(ids[u], permissions[p]), keep: enforcer };
  },
};

/** CASL: one ability per user, all built upfront when loading (so load time includes them). */
export const casl = {
  name: 'CASL',
  load({ product, workload }) {
    const rulesOf = (roles) => [...new Set(roles.flatMap((role) => product.applicationRoles[role].permissions))].map((action) => ({ action, subject: 'all' }));
    const abilities = new Map();
    workload.users.forEach((user, i) => {
      const group = workload.userGroup[i];
      const roles = group >= 0 ? [workload.userRole[i], workload.groupRole[group]] : [workload.userRole[i]];
      abilities.set(user.id, createMongoAbility(rulesOf(roles)));
    });
    const ids = workload.users.map((user) => user.id);
    const permissions = workload.permissions;
    return { check: (u, p) => abilities.get(ids[u]).can(permissions[p], 'all'), keep: abilities };
  },
};
