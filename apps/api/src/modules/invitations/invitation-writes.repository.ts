/**
 * The writes of invitation records, inside the transaction of the change that invites or removes
 * (see `EffectsRepository`): one statement or two for a whole bulk invitation.
 */
import type { EntityManager } from 'typeorm';
import { insertMany } from '../tenants/bulk-writes.js';
import { inList } from '../tenants/in-list.js';
import { InvitationEntity } from './entities/invitation.entity.js';

/** A new invitation replaces whatever an earlier one left (a user invited again after leaving). */
export async function recordInvitations({ manager, rows }: { manager: EntityManager; rows: readonly InvitationEntity[] }): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const byUser = new Map(rows.map((row) => [row.userId, row]));
  const { where, parameters } = inList({ manager, column: 'user_id', name: 'userIds', values: new Set(byUser.keys()) });
  await manager
    .createQueryBuilder()
    .delete()
    .from(InvitationEntity)
    .where('tenant_id = :tenantId', { tenantId: first.tenantId })
    .andWhere(where, parameters)
    .execute();
  await insertMany({ manager, target: InvitationEntity, rows: [...byUser.values()] });
}

/**
 * A user who no longer holds a role of their own in the tenant (application or project, counted
 * in `tenant_users`, or legacy) has left it: their invitation goes with them, so a later way back
 * in (a group, a new invitation) never shows an old inviter.
 */
export async function forgetInvitationsOfDeparted({
  manager,
  tenantId,
  userIds,
}: {
  manager: EntityManager;
  tenantId: string;
  userIds: ReadonlySet<string>;
}): Promise<void> {
  if (userIds.size === 0) return;
  const { where, parameters } = inList({ manager, column: 'user_id', name: 'userIds', values: userIds });
  await manager
    .createQueryBuilder()
    .delete()
    .from(InvitationEntity)
    .where('tenant_id = :tenantId', { tenantId })
    .andWhere(where, parameters)
    .andWhere('NOT EXISTS (SELECT 1 FROM "tenant_users" AS "held" WHERE "held"."tenant_id" = :tenantId AND "held"."user_id" = "tenant_invitations"."user_id")')
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM "legacy_grants" AS "legacy" WHERE "legacy"."tenant_id" = :tenantId AND "legacy"."user_id" = "tenant_invitations"."user_id")',
    )
    .execute();
}
