import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * When a user was invited into a tenant and by whom (R3): written with the invitation's change, in
 * its transaction, from the planned `send-invitation` effect, and removed when the user no longer
 * holds a role of their own in the tenant. Shown while the user has not signed in (R4).
 */
@Entity({ name: 'tenant_invitations' })
export class InvitationEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId: string;

  @Column({ name: 'invited_at', type: 'varchar', length: 40 })
  invitedAt: string;

  /** Null where no principal of the tenant invited (the platform creating the tenant). */
  @Column({ name: 'invited_by_kind', type: 'varchar', length: 16, nullable: true })
  invitedByKind: 'user' | 'apiKey' | null;

  /** A user's or an API key's id; kept after the inviter leaves, so the invitation still names them. */
  @Column({ name: 'invited_by_id', type: 'varchar', length: 64, nullable: true })
  invitedById: string | null;
}
