import { pageSorted } from '../../common/paging/page-in-memory.js';
import type { TenantContext } from '../tenants/tenant-context.service.js';
import { personOf, projectReferences, recordKey, ruleKey } from './project-references.js';
import { readerOf } from './reference-readers.js';
import type { ListReferencesInput } from './schemas/list-references.schema.js';

interface PageRequest {
  context: TenantContext;
  principalId: string;
  projectId: string;
  paging: ListReferencesInput;
}

/** R17, R19: the project's records the caller may read, each with its assignee. */
export function recordsPage({ context, principalId, projectId, paging }: PageRequest) {
  const reader = readerOf({ context, principalId, projectId });
  const { state } = context;
  const all = projectReferences({ state, projectId }).records;
  const rows = reader.kind === 'writer' ? [...all] : all.filter(reader.canSeeRecord);
  const page = pageSorted({ rows, cursor: paging.cursor, limit: paging.limit, keyOf: recordKey });
  return {
    items: page.items.map((record) => ({
      id: record.id,
      projectId: record.projectId,
      assignee: record.assigneeUserId === null ? null : personOf({ state, userId: record.assigneeUserId }),
      ruleId: record.ruleId,
    })),
    nextCursor: page.nextCursor,
  };
}

/** R17: the project's communication rules with their recipients; only their writers read them. */
export function rulesPage({ context, principalId, projectId, paging }: PageRequest) {
  const reader = readerOf({ context, principalId, projectId });
  const { state } = context;
  const rows = reader.kind === 'writer' ? [...projectReferences({ state, projectId }).rules] : [];
  const page = pageSorted({ rows, cursor: paging.cursor, limit: paging.limit, keyOf: ruleKey });
  return {
    items: page.items.map((rule) => ({
      id: rule.id,
      name: rule.name,
      recipients: rule.recipientUserIds.flatMap((userId) => personOf({ state, userId }) ?? []),
    })),
    nextCursor: page.nextCursor,
  };
}
