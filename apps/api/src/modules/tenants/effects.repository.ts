import { Injectable } from '@nestjs/common';
import { emailsNamedBy, type Effect, type PrincipalRef } from '@loome/roles-core';
import type { EntityManager } from 'typeorm';
import { newId, nowIso } from '../../common/crypto/secrets.js';
import type { Tx } from '../../database/transaction.repository.js';
import { ApiKeyEntity } from '../api-keys/entities/api-key.entity.js';
import { AuditEventEntity } from '../audit/entities/audit-event.entity.js';
import { InvitationEntity } from '../invitations/entities/invitation.entity.js';
import { forgetInvitationsOfDeparted, recordInvitations } from '../invitations/invitation-writes.repository.js';
import { DepartmentEntity } from '../legacy/entities/department.entity.js';
import { LegacyGrantEntity } from '../legacy/entities/legacy-grant.entity.js';
import { CommunicationRuleEntity } from '../monitor-references/entities/communication-rule.entity.js';
import { RecordEntity } from '../monitor-references/entities/record.entity.js';
import { ProjectGrantEntity } from '../projects/entities/project-grant.entity.js';
import { ProjectEntity } from '../projects/entities/project.entity.js';
import { ApplicationGrantEntity } from '../roles/entities/application-grant.entity.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { ensureUsers, insertMany } from './bulk-writes.js';
import { TenantEntity } from './entities/tenant.entity.js';

export interface AuditActor {
  kind: 'user' | 'apiKey' | 'platform' | 'system';
  id: string;
  email?: string;
}

/** Effects written in bulk at the next other effect (or the end); invitations collect their record and mail. */
const BULK_EFFECTS = new Set<Effect['type']>(['grant-application-role', 'audit', 'send-invitation', 'resend-invitation']);

/** Mail an effect asks for; the caller renders and queues it in the same transaction. */
export interface InvitationRequest {
  email: string;
}

/**
 * Applies a plan's effects in order inside the caller's transaction. Users named by email
 * are created (never signed in) when they do not exist yet. An invitation is recorded with who
 * made it (R3); a user a revocation leaves holding no role of their own loses that record.
 */
@Injectable()
export class EffectsRepository {
  async apply({
    tx,
    tenant,
    effects,
    actor,
    apiKeySecretHashes = {},
  }: {
    tx: Tx;
    /** Null for effects on global users only (accepting invitations). */
    tenant: Pick<TenantEntity, 'id'> | null;
    effects: readonly Effect[];
    actor: AuditActor;
    /** SHA-256 of the secrets of keys the effects create, by key id (the core never sees secrets). */
    apiKeySecretHashes?: Readonly<Record<string, string>>;
  }): Promise<{ invitations: InvitationRequest[] }> {
    const invitations: InvitationRequest[] = [];
    const at = nowIso();
    const knownUserIds = await ensureUsers({ manager: tx.manager, emails: emailsNamedBy({ effects }) });
    // Grants and audit events are written in bulk; any other effect first writes what is pending, so order holds.
    const pendingGrants: ApplicationGrantEntity[] = [];
    const pendingAudits: Partial<AuditEventEntity>[] = [];
    const pendingInvitations: InvitationEntity[] = [];
    const revokedUserIds = new Set<string>();
    const flush = async () => {
      await insertMany({ manager: tx.manager, target: ApplicationGrantEntity, rows: pendingGrants.splice(0), ignoreExisting: true });
      await insertMany({ manager: tx.manager, target: AuditEventEntity, rows: pendingAudits.splice(0) });
      await recordInvitations({ manager: tx.manager, rows: pendingInvitations.splice(0) });
    };
    const tenantId = (): string => {
      if (!tenant) throw new Error('This effect needs a tenant');
      return tenant.id;
    };
    for (const effect of effects) {
      const manager = tx.manager;
      if (!BULK_EFFECTS.has(effect.type)) await flush();
      switch (effect.type) {
        case 'grant-application-role': {
          const principalId = await this.principalId({ manager, principal: effect.principal, knownUserIds });
          pendingGrants.push({ tenantId: tenantId(), role: effect.role, principalId, kind: effect.principal.kind, grantedAt: at });
          break;
        }
        case 'revoke-application-role': {
          const principalId = await this.principalId({ manager, principal: effect.principal, knownUserIds });
          await manager.delete(ApplicationGrantEntity, { tenantId: tenantId(), role: effect.role, principalId });
          if (effect.principal.kind === 'user') revokedUserIds.add(principalId);
          break;
        }
        case 'grant-project-role': {
          const principalId = await this.principalId({ manager, principal: effect.principal, knownUserIds });
          const row = { projectId: effect.projectId, role: effect.role, principalId };
          if (!(await manager.existsBy(ProjectGrantEntity, row))) {
            await manager.insert(ProjectGrantEntity, { ...row, tenantId: tenantId(), kind: effect.principal.kind, grantedAt: at });
          }
          break;
        }
        case 'revoke-project-role': {
          const principalId = await this.principalId({ manager, principal: effect.principal, knownUserIds });
          await manager.delete(ProjectGrantEntity, { projectId: effect.projectId, role: effect.role, principalId });
          if (effect.principal.kind === 'user') revokedUserIds.add(principalId);
          break;
        }
        case 'delete-api-key':
          await manager.update(ApiKeyEntity, { id: effect.apiKeyId, tenantId: tenantId() }, { deletedAt: at });
          await manager.delete(ApplicationGrantEntity, { tenantId: tenantId(), principalId: effect.apiKeyId });
          await manager.delete(ProjectGrantEntity, { tenantId: tenantId(), principalId: effect.apiKeyId });
          break;
        case 'create-project':
          await manager.insert(ProjectEntity, {
            id: effect.projectId,
            tenantId: tenantId(),
            name: effect.name,
            departmentId: effect.departmentId,
            createdAt: at,
          });
          break;
        case 'rename-project':
          await manager.update(ProjectEntity, { id: effect.projectId, tenantId: tenantId() }, { name: effect.name });
          break;
        case 'delete-project':
          // The row stays, marked deleted: the audit log still names the project, and its id is never reused.
          await manager.update(ProjectEntity, { id: effect.projectId, tenantId: tenantId() }, { deletedAt: at });
          break;
        case 'grant-legacy-role': {
          const userId = await this.userIdFor({ manager, email: effect.email });
          const row = { tenantId: tenantId(), userId, role: effect.role };
          if (!(await manager.existsBy(LegacyGrantEntity, row))) await manager.insert(LegacyGrantEntity, { ...row, grantedAt: at });
          break;
        }
        case 'revoke-legacy-role': {
          const userId = await this.userIdFor({ manager, email: effect.email });
          await manager.delete(LegacyGrantEntity, { tenantId: tenantId(), userId, role: effect.role });
          revokedUserIds.add(userId);
          break;
        }
        case 'set-role-model':
          await manager.update(TenantEntity, { id: tenantId() }, { roleModel: effect.roleModel });
          break;
        case 'set-settings':
          await manager.update(TenantEntity, { id: tenantId() }, { settings: effect.settings });
          break;
        case 'accept-invitations':
          await manager
            .createQueryBuilder()
            .update(UserEntity)
            .set({ firstSignedInAt: at })
            .where('email = :email AND first_signed_in_at IS NULL', { email: effect.email.toLowerCase() })
            .execute();
          break;
        case 'create-api-key': {
          const secretHash = apiKeySecretHashes[effect.apiKeyId];
          if (!secretHash) throw new Error(`No secret for API key ${effect.apiKeyId}`);
          await manager.insert(ApiKeyEntity, {
            id: effect.apiKeyId,
            tenantId: tenantId(),
            description: effect.description,
            secretHash,
            createdAt: effect.createdAt,
            expiresAt: effect.expiresAt,
            allowedIps: effect.allowedIps,
            deletedAt: null,
          });
          break;
        }
        case 'create-record':
          await manager.insert(RecordEntity, {
            id: effect.recordId,
            tenantId: tenantId(),
            projectId: effect.projectId,
            assigneeUserId: await this.optionalUserId({ manager, email: effect.assigneeEmail }),
            ruleId: effect.ruleId,
          });
          break;
        case 'set-record-assignee':
          await manager.update(
            RecordEntity,
            { id: effect.recordId, tenantId: tenantId() },
            { assigneeUserId: await this.optionalUserId({ manager, email: effect.assigneeEmail }) },
          );
          break;
        case 'delete-record':
          await manager.delete(RecordEntity, { id: effect.recordId, tenantId: tenantId() });
          break;
        case 'create-communication-rule':
          await manager.insert(CommunicationRuleEntity, {
            id: effect.ruleId,
            tenantId: tenantId(),
            projectId: effect.projectId,
            name: effect.name,
            recipientUserIds: await this.userIdsFor({ manager, emails: effect.recipientEmails }),
          });
          break;
        case 'delete-communication-rule':
          await manager.delete(CommunicationRuleEntity, { id: effect.ruleId, tenantId: tenantId() });
          break;
        case 'create-department':
          await manager.insert(DepartmentEntity, { id: effect.departmentId, tenantId: tenantId(), name: effect.name, memberUserIds: [] });
          break;
        case 'set-department-members':
          await manager.update(
            DepartmentEntity,
            { id: effect.departmentId, tenantId: tenantId() },
            { memberUserIds: await this.userIdsFor({ manager, emails: effect.memberEmails }) },
          );
          break;
        case 'send-invitation': {
          const { invitedBy } = effect;
          invitations.push({ email: effect.email.toLowerCase() });
          pendingInvitations.push({
            tenantId: tenantId(),
            userId: await this.principalId({ manager, principal: { kind: 'user', email: effect.email }, knownUserIds }),
            invitedAt: at,
            invitedByKind: invitedBy?.kind ?? null,
            invitedById: invitedBy ? (invitedBy.kind === 'user' ? invitedBy.userId : invitedBy.apiKeyId) : null,
          });
          break;
        }
        case 'resend-invitation':
          invitations.push({ email: effect.email.toLowerCase() });
          break;
        case 'audit':
          pendingAudits.push({
            tenantId: tenantId(),
            at,
            actor,
            action: effect.action,
            target: effect.target,
            before: effect.before ?? null,
            after: effect.after ?? null,
          });
          break;
        default:
          throw new Error(`Unknown effect ${(effect as { type: string }).type}`);
      }
    }
    await flush();
    if (tenant) await forgetInvitationsOfDeparted({ manager: tx.manager, tenantId: tenant.id, userIds: revokedUserIds });
    return { invitations };
  }

  private async principalId({
    manager,
    principal,
    knownUserIds,
  }: {
    manager: EntityManager;
    principal: PrincipalRef;
    knownUserIds: ReadonlyMap<string, string>;
  }): Promise<string> {
    if (principal.kind !== 'user') return principal.id;
    return knownUserIds.get(principal.email.toLowerCase()) ?? this.userIdFor({ manager, email: principal.email });
  }

  private async optionalUserId({ manager, email }: { manager: EntityManager; email: string | null }): Promise<string | null> {
    return email === null ? null : this.userIdFor({ manager, email });
  }

  private async userIdsFor({ manager, emails }: { manager: EntityManager; emails: readonly string[] }): Promise<string[]> {
    const ids: string[] = [];
    for (const email of emails) ids.push(await this.userIdFor({ manager, email }));
    return [...new Set(ids)];
  }

  /** The user's global id, creating a never-signed-in user for a new email. */
  async userIdFor({ manager, email }: { manager: EntityManager; email: string }): Promise<string> {
    const lower = email.toLowerCase();
    const existing = await manager.findOneBy(UserEntity, { email: lower });
    if (existing) return existing.id;
    // Another tenant's transaction may create the same global user at the same moment.
    await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ id: newId(), email: lower, name: lower.split('@')[0] ?? lower, firstSignedInAt: null, createdAt: nowIso() })
      .orIgnore()
      .execute();
    const created = await manager.findOneByOrFail(UserEntity, { email: lower });
    return created.id;
  }
}
