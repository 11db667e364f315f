import { accessFrom, refuseReferenceWrite, visibleProjectIds, type RecordRow } from '@loome/roles-core';
import { notFound, problemFromRefusal } from '../../common/errors/problem.error.js';
import type { TenantContext } from '../tenants/tenant-context.service.js';

/** What a caller may read of one project's references: everything, or only some records and no rules. */
export type ReferenceReader = { kind: 'writer' } | { kind: 'scoped'; canSeeRecord: (record: RecordRow) => boolean };

/**
 * Readers are the writers (`limitedMembers.writers`, Contract "Who writes what"); anyone else who
 * sees the project reads the records the decisions let them view there, as `check` with a
 * `recordId` answers (R17, R19), and no rules. A project they do not see is NOT_FOUND, as for
 * the project's members.
 */
export function readerOf({ context, principalId, projectId }: { context: TenantContext; principalId: string; projectId: string }): ReferenceReader {
  const { product, state, decisions } = context;
  // The writers' own gate: a product without records, an unknown project and a writer answer as the write routes do.
  const refusal = refuseReferenceWrite({ product, state, access: accessFrom({ product, decisions, principalId }), projectId });
  if (!refusal) return { kind: 'writer' };
  if (refusal.code !== 'FORBIDDEN') throw problemFromRefusal({ refusal });
  const visible = visibleProjectIds({ decisions: context.decisions, principalId });
  if (visible !== 'all' && !visible.has(projectId)) throw notFound('Project');
  const viewing = recordViewPermissions({ context });
  return {
    kind: 'scoped',
    canSeeRecord: (record) => viewing.some((permission) => decisions.can({ principalId, permission, projectId, recordId: record.id })),
  };
}

/** The permissions that reach single records: the Limited Member role's and the consumer's scoped ones (R19). */
function recordViewPermissions({ context }: { context: TenantContext }): string[] {
  const { product } = context;
  const limitedRole = product.limitedMembers ? product.projectRoles[product.limitedMembers.projectRole] : undefined;
  const scoped = product.consumerScope.kind === 'assigned-records' ? product.consumerScope.scopedPermissions : [];
  return [...new Set([...(limitedRole?.permissions ?? []), ...scoped])];
}
