/** The names a reason's ids stand for, so the About view reads as people name things (R23, issue 17). */
import type { TenantState } from '../model/tenant-state.js';

export interface ReasonNames {
  project: (id: string) => string | undefined;
  rule: (id: string) => string | undefined;
  department: (id: string) => string | undefined;
}

/**
 * Names as the tenant has them now: built from the state of one request, never remembered, so a
 * renamed project reads by its new name at once. A legacy department's id also works as a project
 * id (its project-to-be, R22), so a project id the tenant has no project for reads as the department.
 */
export function reasonNamesOf({ state }: { state: TenantState }): ReasonNames {
  const projects = new Map(state.projects.map((project) => [project.id, project.name]));
  const departments = new Map(state.departments.map((department) => [department.id, department.name]));
  const rules = new Map(state.communicationRules.map((rule) => [rule.id, rule.name]));
  return {
    project: (id) => projects.get(id) ?? departments.get(id),
    rule: (id) => rules.get(id),
    department: (id) => departments.get(id),
  };
}
