import type { Refusal } from '../../model/refusal.js';
import type { TenantState } from '../../model/tenant-state.js';

/** How project names compare: trimmed, whatever their case, so “Sales” and “ sales ” are one name. */
export function projectNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Two projects of a tenant never share a name (issue 17): people pick a project by its name, in
 * lists, pickers and the audit log, and two “Sales” would leave them guessing. `projectId` is the
 * project being renamed, which may keep its own name in another case.
 */
export function refuseDuplicateProjectName({ state, name, projectId }: { state: TenantState; name: string; projectId?: string }): Refusal | undefined {
  const key = projectNameKey(name);
  const taken = state.projects.find((project) => project.id !== projectId && projectNameKey(project.name) === key);
  if (!taken) return undefined;
  return { code: 'CONFLICT', message: `A project named “${taken.name}” already exists in this tenant: choose another name.` };
}
