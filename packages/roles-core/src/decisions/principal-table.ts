/**
 * Every principal of a tenant interned to a dense index: users (also those known only from a
 * grant or only by a group's member email), groups and live API keys. Parallel arrays keep
 * the table compact at a million principals.
 */
import type { GrantGroups } from '../model/grant-groups.js';
import { userColumnsOf, type UserColumns } from '../model/user-columns.js';
import type { ApiKeyRecord, PrincipalKind, TenantState } from '../model/tenant-state.js';
import type { PrincipalDescriptor } from './collect-grants.js';

const KINDS: readonly PrincipalKind[] = ['user', 'group', 'apiKey'];
const USER = KINDS.indexOf('user');

export class PrincipalTable {
  readonly size: number;
  /** The principal index of each holder of the state's application grant groups, group after group; `-1` when the holder is gone. */
  readonly applicationGrantPrincipals: Int32Array;
  /** The same for the project grant groups. */
  readonly projectGrantPrincipals: Int32Array;
  private ids: (string | null)[] = [];
  private emails: (string | null)[] = [];
  private kinds: number[] = [];
  private readonly byId = new Map<string, number>();
  private readonly apiKeys = new Map<string, ApiKeyRecord>();
  private byEmail: Map<string, number> | null = null;

  constructor({ state, grantGroups }: { state: TenantState; grantGroups: GrantGroups }) {
    this.addUsers(userColumnsOf({ state }));
    for (const group of state.groups) this.add({ kind: 'group', id: group.id, email: null });
    for (const key of state.apiKeys) {
      this.apiKeys.set(key.id, key);
      this.add({ kind: 'apiKey', id: key.id, email: null });
    }
    // Grants to a deleted key are ignored: its secret stops working at once (R13).
    this.applicationGrantPrincipals = this.holdersOf({ groups: grantGroups.application });
    this.projectGrantPrincipals = this.holdersOf({ groups: grantGroups.project });
    // Only groups name users by email alone; a tenant without group members skips the email set.
    const knownEmails = state.groups.some((group) => group.memberEmails.length > 0) ? new Set(this.emails) : new Set<string | null>();
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

  kindAt(index: number): PrincipalKind {
    return KINDS[this.kinds[index]!]!;
  }

  /** `false` for a user known only by a group member's email. */
  hasId(index: number): boolean {
    return this.ids[index] != null;
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

  /**
   * A loaded state lists each user once, so every user is interned with one hash operation, not
   * a lookup and then an insert, straight from the state's columns; a state listing a user twice
   * is interned one user at a time.
   */
  private addUsers({ ids, emails }: UserColumns): void {
    for (let at = 0; at < ids.length; at++) this.byId.set(ids[at]!, at);
    if (this.byId.size === ids.length) {
      this.ids = Array.from(ids);
      this.emails = Array.from(emails);
      this.kinds = new Array<number>(ids.length).fill(USER);
      return;
    }
    this.byId.clear();
    for (let at = 0; at < ids.length; at++) this.add({ kind: 'user', id: ids[at]!, email: emails[at]! });
  }

  /** Users named only by a grant join the table; each grant's holder is looked up once, here. */
  private holdersOf({ groups }: { groups: readonly { principalIds: readonly string[]; kind: PrincipalKind }[] }): Int32Array {
    let count = 0;
    for (const group of groups) count += group.principalIds.length;
    const holders = new Int32Array(count);
    let index = 0;
    for (const { principalIds, kind } of groups) {
      for (let at = 0; at < principalIds.length; at++, index++) {
        const principalId = principalIds[at]!;
        let holder = this.byId.get(principalId);
        if (holder === undefined && kind === 'user') holder = this.add({ kind: 'user', id: principalId, email: null });
        holders[index] = holder ?? -1;
      }
    }
    return holders;
  }

  private add({ kind, id, email }: { kind: PrincipalKind; id: string | null; email: string | null }): number {
    const known = id === null ? undefined : this.byId.get(id);
    if (known !== undefined) return known;
    const index = this.kinds.length;
    this.ids.push(id);
    this.emails.push(email);
    this.kinds.push(KINDS.indexOf(kind));
    if (id !== null) this.byId.set(id, index);
    return index;
  }
}
