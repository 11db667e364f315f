/**
 * Every principal of a tenant interned to a dense index: users (also those known only from a
 * grant or only by a group's member email), groups and live API keys. Parallel arrays keep
 * the table compact at a million principals.
 */
import type { ApiKeyRecord, PrincipalKind, TenantState } from '../model/tenant-state.js';
import type { PrincipalDescriptor } from './collect-grants.js';

const KINDS: readonly PrincipalKind[] = ['user', 'group', 'apiKey'];

export class PrincipalTable {
  readonly size: number;
  private readonly ids: (string | null)[] = [];
  private readonly emails: (string | null)[] = [];
  private readonly kinds: number[] = [];
  private readonly byId = new Map<string, number>();
  private readonly apiKeys = new Map<string, ApiKeyRecord>();
  private byEmail: Map<string, number> | null = null;

  constructor({ state }: { state: TenantState }) {
    for (const user of state.users) this.add({ kind: 'user', id: user.id, email: user.email.toLowerCase() });
    for (const group of state.groups) this.add({ kind: 'group', id: group.id, email: null });
    for (const key of state.apiKeys) {
      this.apiKeys.set(key.id, key);
      this.add({ kind: 'apiKey', id: key.id, email: null });
    }
    // Grants to a deleted key are ignored: its secret stops working at once (R13).
    for (const grants of [state.applicationGrants, state.projectGrants]) {
      for (const grant of grants) {
        if (grant.kind === 'user' && !this.byId.has(grant.principalId)) this.add({ kind: 'user', id: grant.principalId, email: null });
      }
    }
    const knownEmails = new Set(this.emails);
    for (const group of state.groups) {
      for (const raw of group.memberEmails) {
        const email = raw.toLowerCase();
        if (knownEmails.has(email)) continue;
        knownEmails.add(email);
        this.add({ kind: 'user', id: null, email });
      }
    }
    this.size = this.kinds.length;
  }

  indexOfId(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  indexOfEmail(email: string): number {
    if (!this.byEmail) {
      this.byEmail = new Map();
      this.emails.forEach((known, index) => {
        if (known !== null && this.kinds[index] === 0) this.byEmail!.set(known, index);
      });
    }
    return this.byEmail.get(email.toLowerCase()) ?? -1;
  }

  describe(index: number): PrincipalDescriptor {
    const id = this.ids[index] ?? null;
    const kind = KINDS[this.kinds[index]!]!;
    return {
      kind,
      id,
      email: this.emails[index] ?? null,
      apiKey: kind === 'apiKey' && id ? (this.apiKeys.get(id) ?? null) : null,
    };
  }

  private add({ kind, id, email }: { kind: PrincipalKind; id: string | null; email: string | null }): void {
    if (id !== null && this.byId.has(id)) return;
    const index = this.kinds.length;
    this.ids.push(id);
    this.emails.push(email);
    this.kinds.push(KINDS.indexOf(kind));
    if (id !== null) this.byId.set(id, index);
  }
}
