/**
 * Mutable stand-ins for a tenant state's lists while effects are applied to it. Each list is
 * copied on its first write only, and grants and users are indexed once, so applying one effect
 * costs about the same whatever the size of the tenant (inviting 10,000 users was quadratic).
 */
import type { UserRecord } from '../../src/model/tenant-state.js';

/** An array copied on its first write. */
export class DraftList<T> {
  private copy: T[] | null = null;

  constructor(private readonly source: readonly T[]) {}

  get items(): readonly T[] {
    return this.copy ?? this.source;
  }

  push(item: T): void {
    (this.copy ??= [...this.source]).push(item);
  }

  replace(items: T[]): void {
    this.copy = items;
  }
}

/**
 * Grants indexed by the principal that holds them. A revoked grant is only marked, and the list
 * is compacted once when it is read, keeping the order a plain filter-and-append would give.
 */
export class GrantDraft<T extends object> {
  private readonly list: DraftList<T>;
  private readonly holderOf: (grant: T) => string;
  private byHolder: Map<string, T[]> | null = null;
  private readonly removed = new Set<T>();

  constructor({ source, holderOf }: { source: readonly T[]; holderOf: (grant: T) => string }) {
    this.list = new DraftList(source);
    this.holderOf = holderOf;
  }

  get items(): readonly T[] {
    if (this.removed.size > 0) {
      this.list.replace(this.list.items.filter((grant) => !this.removed.has(grant)));
      this.removed.clear();
    }
    return this.list.items;
  }

  /** The live grants of one holder, in the order they were made. */
  of({ holder }: { holder: string }): readonly T[] {
    return this.index().get(holder) ?? [];
  }

  /** Adds the grant unless the holder already has one `same` matches. */
  add({ grant, same }: { grant: T; same: (held: T) => boolean }): void {
    const holder = this.holderOf(grant);
    const held = this.index().get(holder);
    if (held?.some(same)) return;
    this.list.push(grant);
    if (held) held.push(grant);
    else this.index().set(holder, [grant]);
  }

  /** Removes the holder's grants that `match` picks. */
  remove({ holder, match }: { holder: string; match: (held: T) => boolean }): void {
    const held = this.index().get(holder);
    if (!held) return;
    const kept = held.filter((grant) => !match(grant) || (this.removed.add(grant), false));
    this.index().set(holder, kept);
  }

  /** Removes every grant `match` picks, across holders (rare effects: one scan is fine). */
  removeAll({ match }: { match: (grant: T) => boolean }): void {
    this.list.replace(this.items.filter((grant) => !match(grant)));
    this.byHolder = null;
  }

  private index(): Map<string, T[]> {
    if (!this.byHolder) {
      this.byHolder = new Map();
      for (const grant of this.items) {
        const holder = this.holderOf(grant);
        const held = this.byHolder.get(holder);
        if (held) held.push(grant);
        else this.byHolder.set(holder, [grant]);
      }
    }
    return this.byHolder;
  }
}

/** Users indexed by their (lower-case) email; the first one stored under an email wins. */
export class UserDraft {
  private readonly list: DraftList<UserRecord>;
  private byEmail: Map<string, UserRecord> | null = null;

  constructor({ source }: { source: readonly UserRecord[] }) {
    this.list = new DraftList(source);
  }

  get items(): readonly UserRecord[] {
    return this.list.items;
  }

  find({ email }: { email: string }): UserRecord | undefined {
    return this.index().get(email.toLowerCase());
  }

  /** The id of the user with this email, creating an invited user the tenant has never seen. */
  ensure({ email, newUserId }: { email: string; newUserId: (email: string) => string }): string {
    const lower = email.toLowerCase();
    const existing = this.index().get(lower);
    if (existing) return existing.id;
    const created: UserRecord = { id: newUserId(lower), email: lower, name: lower, hasSignedIn: false, guest: false };
    this.list.push(created);
    this.index().set(lower, created);
    return created.id;
  }

  markSignedIn({ email }: { email: string }): void {
    const lower = email.toLowerCase();
    this.list.replace(this.items.map((user) => (user.email === lower ? { ...user, hasSignedIn: true } : user)));
    this.byEmail = null;
  }

  private index(): Map<string, UserRecord> {
    if (!this.byEmail) {
      this.byEmail = new Map();
      for (const user of this.items) if (!this.byEmail.has(user.email)) this.byEmail.set(user.email, user);
    }
    return this.byEmail;
  }
}
