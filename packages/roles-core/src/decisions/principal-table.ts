/**
 * Every principal of a tenant interned to a dense index: users (also those known only from a
 * grant or only by a group's member email), groups and live API keys. Parallel arrays keep
 * the table compact at a million principals.
 */
import type { GrantGroups } from '../model/grant-groups.js';
import { PackedIds, type HolderIds } from '../model/packed-ids.js';
import { userColumnsOf, type UserColumns } from '../model/user-columns.js';
import type { ApiKeyRecord, PrincipalKind, TenantState } from '../model/tenant-state.js';
import type { PrincipalDescriptor } from './collect-grants.js';
import { IdIndex } from './id-index.js';

const KINDS: readonly PrincipalKind[] = ['user', 'group', 'apiKey'];

export class PrincipalTable {
  readonly size: number;
  /** How many principals the user columns made: their count unless a column lists an id twice, when principal `i` is no longer column `i`. */
  readonly columnUsers: number;
  /** The principal index of each holder of the state's application grant groups, group after group; `-1` when the holder is gone. */
  readonly applicationGrantPrincipals: Int32Array;
  /** The same for the project grant groups. */
  readonly projectGrantPrincipals: Int32Array;
  private readonly ids: (string | null)[] = [];
  private readonly emails: (string | null)[] = [];
  private readonly kinds: number[] = [];
  private readonly byId: IdIndex;
  private readonly apiKeys = new Map<string, ApiKeyRecord>();
  private byEmail: IdIndex | null = null;

  constructor({ state, grantGroups }: { state: TenantState; grantGroups: GrantGroups }) {
    const users = userColumnsOf({ state });
    this.byId = new IdIndex(this.ids, users.ids.length + state.groups.length + state.apiKeys.length);
    this.addUsers(users);
    this.columnUsers = this.kinds.length;
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
    return this.byId.indexOf(id);
  }

  /**
   * The user a (case-insensitive) email names. Its index is made on first use, over the emails the
   * table already holds: two numbers per user, where a `Map` cost a hash entry each. Filed from the
   * last user back, so that of two users listing one email the later one answers, as before.
   */
  indexOfEmail(email: string): number {
    if (!this.byEmail) {
      this.byEmail = new IdIndex(this.emails, this.emails.length);
      for (let index = this.emails.length - 1; index >= 0; index--) {
        const known = this.emails[index];
        if (known != null && this.kinds[index] === 0) this.byEmail.intern(known, index);
      }
    }
    return this.byEmail.indexOf(email.toLowerCase());
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

  private addUsers({ ids, emails }: UserColumns): void {
    for (let at = 0; at < ids.length; at++) this.add({ kind: 'user', id: ids[at]!, email: emails[at]! });
  }

  /** Users named only by a grant join the table; each grant's holder is looked up once, here. */
  private holdersOf({ groups }: { groups: readonly { principalIds: HolderIds; kind: PrincipalKind }[] }): Int32Array {
    let count = 0;
    for (const group of groups) count += group.principalIds.length;
    const holders = new Int32Array(count);
    let index = 0;
    for (const { principalIds, kind } of groups) {
      if (principalIds instanceof PackedIds) {
        const { text } = principalIds;
        principalIds.forEachSpan((start, end) => {
          const found = this.byId.indexOfSpan(text, start, end);
          holders[index++] = found < 0 ? this.holderUnknownSoFar({ kind, id: text.slice(start, end) }) : found;
        });
      } else {
        for (const principalId of principalIds) {
          const found = this.byId.indexOf(principalId);
          holders[index++] = found < 0 ? this.holderUnknownSoFar({ kind, id: principalId }) : found;
        }
      }
    }
    return holders;
  }

  /** A user known only from a grant joins the table; a grant to a group or key the state lacks holds nothing (-1). */
  private holderUnknownSoFar({ kind, id }: { kind: PrincipalKind; id: string }): number {
    return kind === 'user' ? this.add({ kind, id, email: null }) : -1;
  }

  /** A state listing a principal twice keeps its first entry. */
  private add({ kind, id, email }: { kind: PrincipalKind; id: string | null; email: string | null }): number {
    const next = this.kinds.length;
    const known = id === null ? next : this.byId.intern(id, next);
    if (known !== next) return known;
    this.ids.push(id);
    this.emails.push(email);
    this.kinds.push(KINDS.indexOf(kind));
    return next;
  }
}
