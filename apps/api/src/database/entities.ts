import { SessionEntity } from '../auth/entities/session.entity.js';
import { SignInAttemptEntity } from '../auth/entities/sign-in-attempt.entity.js';
import { ApiKeyEntity } from '../modules/api-keys/entities/api-key.entity.js';
import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity.js';
import { InvitationEntity } from '../modules/invitations/entities/invitation.entity.js';
import { DepartmentEntity } from '../modules/legacy/entities/department.entity.js';
import { LegacyGrantEntity } from '../modules/legacy/entities/legacy-grant.entity.js';
import { OutboxMailEntity } from '../modules/mail/entities/outbox-mail.entity.js';
import { CommunicationRuleEntity } from '../modules/monitor-references/entities/communication-rule.entity.js';
import { RecordEntity } from '../modules/monitor-references/entities/record.entity.js';
import { DirectoryGroupEntity } from '../modules/organizations/entities/directory-group.entity.js';
import { DirectoryUserEntity } from '../modules/organizations/entities/directory-user.entity.js';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity.js';
import { ScimTokenEntity } from '../modules/organizations/entities/scim-token.entity.js';
import { ProjectGrantEntity } from '../modules/projects/entities/project-grant.entity.js';
import { ProjectEntity } from '../modules/projects/entities/project.entity.js';
import { ApplicationGrantEntity } from '../modules/roles/entities/application-grant.entity.js';
import { TenantEntity } from '../modules/tenants/entities/tenant.entity.js';
import { TenantChangeEntity } from '../modules/tenants/entities/tenant-change.entity.js';
import { TenantUserEntity } from '../modules/tenants/entities/tenant-user.entity.js';
import { UserEntity } from '../modules/users/entities/user.entity.js';

export const ENTITIES = [
  OrganizationEntity,
  DirectoryUserEntity,
  DirectoryGroupEntity,
  ScimTokenEntity,
  UserEntity,
  SessionEntity,
  SignInAttemptEntity,
  TenantEntity,
  TenantUserEntity,
  InvitationEntity,
  TenantChangeEntity,
  ApplicationGrantEntity,
  ProjectEntity,
  ProjectGrantEntity,
  ApiKeyEntity,
  RecordEntity,
  CommunicationRuleEntity,
  LegacyGrantEntity,
  DepartmentEntity,
  AuditEventEntity,
  OutboxMailEntity,
];
