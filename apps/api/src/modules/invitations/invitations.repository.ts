import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/entities/api-key.entity.js';
import { inList } from '../tenants/in-list.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { InvitationEntity } from './entities/invitation.entity.js';

export interface Inviter {
  kind: 'user' | 'apiKey';
  name: string;
  email: string | null;
}

export interface InvitationDetails {
  invitedAt: string | null;
  invitedBy: Inviter | null;
}

/** What a list shows of a member that is not a pending user, or of an invitation older than the record. */
export const NO_INVITATION_DETAILS: InvitationDetails = { invitedAt: null, invitedBy: null };

/** A member of a list: a user, group or key (`kind`; the users list holds users only) with its status. */
export interface ListedMember {
  principalId: string;
  kind?: string;
  status: string | null;
}

/** Adds each member's invitation details. */
export type AttachInvitations = <M extends ListedMember>(items: readonly M[]) => (M & InvitationDetails)[];

const isPendingUser = (member: ListedMember) => (member.kind ?? 'user') === 'user' && member.status === 'User Invitation';

interface InvitationRow {
  userId: string;
  invitedAt: string;
  kind: 'user' | 'apiKey' | null;
  id: string | null;
  userName: string | null;
  userEmail: string | null;
  keyDescription: string | null;
}

function inviterOf(row: InvitationRow): Inviter | null {
  if (row.kind === 'user') return { kind: 'user', name: row.userName ?? row.id ?? '', email: row.userEmail };
  if (row.kind === 'apiKey') return { kind: 'apiKey', name: row.keyDescription ?? row.id ?? '', email: null };
  return null;
}

/** Reads of invitation records for the lists that show them; writes go with the change (`invitation-writes.repository.ts`). */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** When and by whom each of these users was invited into the tenant, with the inviter's name (a deleted key keeps its description). */
  async detailsOf({ tenantId, userIds }: { tenantId: string; userIds: ReadonlySet<string> }): Promise<Map<string, InvitationDetails>> {
    const details = new Map<string, InvitationDetails>();
    if (userIds.size === 0) return details;
    const manager = this.dataSource.manager;
    const { where, parameters } = inList({ manager, column: 'invitation.user_id', name: 'userIds', values: userIds });
    const rows = await manager
      .createQueryBuilder(InvitationEntity, 'invitation')
      .select('invitation.user_id', 'userId')
      .addSelect('invitation.invited_at', 'invitedAt')
      .addSelect('invitation.invited_by_kind', 'kind')
      .addSelect('invitation.invited_by_id', 'id')
      .addSelect('inviter.name', 'userName')
      .addSelect('inviter.email', 'userEmail')
      .addSelect('inviting_key.description', 'keyDescription')
      .leftJoin(UserEntity, 'inviter', "invitation.invited_by_kind = 'user' AND inviter.id = invitation.invited_by_id")
      .leftJoin(ApiKeyEntity, 'inviting_key', "invitation.invited_by_kind = 'apiKey' AND inviting_key.id = invitation.invited_by_id")
      .where('invitation.tenant_id = :tenantId', { tenantId })
      .andWhere(where, parameters)
      .getRawMany<InvitationRow>();
    for (const row of rows) details.set(row.userId, { invitedAt: row.invitedAt, invitedBy: inviterOf(row) });
    return details;
  }

  /**
   * Reads the invitation details of these members once, and answers what adds them to any of
   * them (every page of an answer): a pending user's as recorded (R3), everyone else's null — an
   * invitation that was accepted (R4) is no longer one.
   */
  async lookupFor({ tenantId, members }: { tenantId: string; members: readonly ListedMember[] }): Promise<AttachInvitations> {
    const details = await this.detailsOf({ tenantId, userIds: new Set(members.filter(isPendingUser).map((member) => member.principalId)) });
    return (items) => items.map((member) => ({ ...member, ...((isPendingUser(member) && details.get(member.principalId)) || NO_INVITATION_DETAILS) }));
  }
}
