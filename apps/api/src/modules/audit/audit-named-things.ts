/**
 * The things an audit event names by reference (`kind:id`) that have a name of their own, and
 * where that name is kept: the log shows it, and its filters find events by it.
 */
import { ApiKeyEntity } from '../api-keys/entities/api-key.entity.js';
import { DepartmentEntity } from '../legacy/entities/department.entity.js';
import { CommunicationRuleEntity } from '../monitor-references/entities/communication-rule.entity.js';
import { DirectoryGroupEntity } from '../organizations/entities/directory-group.entity.js';
import { ScimTokenEntity } from '../organizations/entities/scim-token.entity.js';
import { ProjectEntity } from '../projects/entities/project.entity.js';

export interface NamedThing {
  /** The entity class its rows are read through (a repository reads them). */
  entity: new () => { id: string };
  /** The property that holds its name. */
  name: string;
  /** Ids are unique within a tenant, or (directory groups, SCIM tokens) within its organization. */
  scope: 'tenant' | 'organization';
}

export const NAMED_THINGS: Readonly<Record<string, NamedThing>> = {
  project: { entity: ProjectEntity, name: 'name', scope: 'tenant' },
  // Deleted keys keep their row (R20: ids are never reused), so a deleted key is still named.
  apiKey: { entity: ApiKeyEntity, name: 'description', scope: 'tenant' },
  'communication-rule': { entity: CommunicationRuleEntity, name: 'name', scope: 'tenant' },
  department: { entity: DepartmentEntity, name: 'name', scope: 'tenant' },
  group: { entity: DirectoryGroupEntity, name: 'name', scope: 'organization' },
  'scim-token': { entity: ScimTokenEntity, name: 'description', scope: 'organization' },
};

/** Actors that are named things: a key or a SCIM token acted. */
export const NAMED_ACTOR_KINDS = ['apiKey', 'scim-token'] as const;
