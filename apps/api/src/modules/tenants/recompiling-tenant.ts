import { applyEffects, compileTenant, tenantMemberIds, type AnyProduct, type TenantChange, type TenantState } from '@loome/roles-core';

/**
 * A tenant's state and decisions that follow recorded changes by applying them to the state and
 * compiling again: correct at any version, at a cost that grows with the tenant.
 */
export class RecompilingTenant {
  private current: TenantState;
  private compiled: ReturnType<typeof compileTenant>;

  constructor(private readonly input: { product: AnyProduct; state: TenantState }) {
    this.current = input.state;
    this.compiled = compileTenant(input);
  }

  get state(): TenantState {
    return this.current;
  }

  get decisions(): ReturnType<typeof compileTenant> {
    return this.compiled;
  }

  isMember(userId: string): boolean {
    return tenantMemberIds({ state: this.current }).has(userId);
  }

  apply(change: TenantChange): void {
    const settled = new Map(change.users.map((user) => [user.email, user]));
    const named = applyEffects({ state: this.current, effects: change.effects, newUserId: (email) => settled.get(email)?.id ?? `user:${email}` });
    const users = named.users.map((user) => settled.get(user.email) ?? user);
    const removed = new Set(change.removedGroupIds);
    const held = heldGroupIds(named);
    // The state holds the groups that hold a grant, as the directory has them now.
    const groups = new Map(named.groups.filter((group) => !removed.has(group.id) && held.has(group.id)).map((group) => [group.id, group]));
    for (const group of change.groups) if (held.has(group.id) && !removed.has(group.id)) groups.set(group.id, group);
    const memberEmails = new Set([...groups.values()].flatMap((group) => group.memberEmails.map((email) => email.toLowerCase())));
    const known = new Set(users.map((user) => user.email));
    for (const user of change.users) if (memberEmails.has(user.email) && !known.has(user.email)) users.push(user);
    this.current = { ...named, users, groups: [...groups.values()] };
    this.compiled = compileTenant({ product: this.input.product, state: this.current });
  }
}

function heldGroupIds(state: TenantState): Set<string> {
  const ids = new Set<string>();
  for (const grant of [...state.applicationGrants, ...state.projectGrants]) if (grant.kind === 'group') ids.add(grant.principalId);
  return ids;
}
