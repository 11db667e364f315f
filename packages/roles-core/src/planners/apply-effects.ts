/**
 * The meaning of effects as data: applies a plan to a tenant's state without touching anything
 * else. The API applies the same effects to its database; this is what its in-memory checks and
 * the core's own tests use to see the state a plan leaves behind. The effects go into an
 * `OverlayIndex` over the state's reader, so applying them reads and copies only what they name:
 * planning one member of a million-grant tenant touches that member's grants, not the tenant's.
 */
import { OverlayIndex } from '../live/overlay-index.js';
import { readerOf } from '../live/state-index.js';
import type { Effect } from '../model/effect.js';
import { inRoleOrder } from './tenant-queries.js';
import type { ApplicationGrant, PrincipalKind, TenantState, UserRecord } from '../model/tenant-state.js';

export interface ApplyEffectsInput {
  state: TenantState;
  effects: readonly Effect[];
  /** The id a user named by email gets when the tenant has never seen them. */
  newUserId?: (email: string) => string;
}

const defaultNewUserId = (email: string) => `user:${email}`;

/**
 * Applies effects one batch after another to the same working state: a planner that must see
 * what its previous steps did (R11 across one request) applies each step here instead of
 * rebuilding the state for every principal it plans.
 */
export class EffectApplier {
  private readonly newUserId: (email: string) => string;
  private readonly overlay: OverlayIndex;

  constructor({ state, newUserId = defaultNewUserId }: { state: TenantState; newUserId?: (email: string) => string }) {
    this.newUserId = newUserId;
    this.overlay = new OverlayIndex(readerOf({ state }));
  }

  /**
   * The state every effect applied so far leaves behind: a view whose lists are made only if read,
   * and which the planners' queries read by key (see `readerOf`). Valid until the next `apply`.
   */
  get state(): TenantState {
    return this.overlay.state();
  }

  findUser({ email }: { email: string }): UserRecord | undefined {
    return this.overlay.userByEmail(email.toLowerCase());
  }

  applicationGrantsOf({ kind, principalId }: { kind: PrincipalKind; principalId: string }): readonly ApplicationGrant[] {
    return inRoleOrder(this.overlay.applicationGrantsOf(principalId).filter((grant) => grant.kind === kind));
  }

  apply({ effects }: { effects: readonly Effect[] }): void {
    this.overlay.applyEffects({ effects, newUserId: this.newUserId });
  }
}

export function applyEffects({ state, effects, newUserId }: ApplyEffectsInput): TenantState {
  const applier = new EffectApplier({ state, newUserId });
  applier.apply({ effects });
  return applier.state;
}
