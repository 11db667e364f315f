/**
 * Contract "Strict input": a `check` about a project or record the tenant does not have answers
 * `NOT_FOUND`, exactly as for an id of another tenant, rather than a denial that looks like an
 * answer about something real. A legacy department's id is a project id (R21, R22).
 */
import type { Refusal } from '../../model/refusal.js';
import type { TenantState } from '../../model/tenant-state.js';
import { readerOf } from '../../live/state-index.js';
import type { CheckQuery } from '../../decisions/check-query.js';

export function refuseUnknownResource({ state, query }: { state: TenantState; query: Pick<CheckQuery, 'projectId' | 'recordId'> }): Refusal | undefined {
  const reader = readerOf({ state });
  const { projectId, recordId } = query;
  // A department is a project-to-be while the tenant runs the legacy model; after migration only its project counts, so a deleted one is gone.
  const department = (id: string) => reader.roleModel === 'legacy' && reader.departmentById(id) !== undefined;
  if (projectId !== undefined && !reader.projectById(projectId) && !department(projectId)) {
    return { code: 'NOT_FOUND', message: 'No such project in this tenant.' };
  }
  if (recordId === undefined) return undefined;
  const record = reader.recordById(recordId);
  if (!record || (projectId !== undefined && record.projectId !== projectId && reader.projectById(record.projectId)?.departmentId !== projectId)) {
    return { code: 'NOT_FOUND', message: 'No such record in this tenant.' };
  }
  return undefined;
}
