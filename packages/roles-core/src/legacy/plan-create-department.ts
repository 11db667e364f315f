/** R21: a legacy department; it becomes a project with the same id on migration (R22). */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { auditEffect } from '../planners/audit-effect.js';
import type { PlanInput } from '../planners/plan-input.js';
import { refuseLegacyAction } from './legacy-gate.js';

export interface CreateDepartmentRequest {
  departmentId: string;
  name: string;
}

export function planCreateDepartment(input: PlanInput<CreateDepartmentRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const gate = refuseLegacyAction({ product, state, actor, action: 'manage departments' });
  if ('refusal' in gate) return refuse(gate.refusal);
  const name = request.name.trim();
  if (name.length === 0) return refuse({ code: 'VALIDATION', message: 'A department needs a name.' });
  if (state.departments.some((d) => d.id === request.departmentId)) {
    return refuse({ code: 'CONFLICT', message: 'A department with this id already exists.' });
  }
  return {
    ok: true,
    effects: [
      { type: 'create-department', departmentId: request.departmentId, name },
      auditEffect({ action: 'department.created', target: `department:${request.departmentId}`, before: null, after: { name } }),
    ],
  };
}
