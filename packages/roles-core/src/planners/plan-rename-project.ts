/** Issue 17: a project is renamed by whoever manages it; its name stays unique in the tenant. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { refuseDuplicateProjectName } from './guards/refuse-duplicate-project-name.js';
import type { PlanInput } from './plan-input.js';
import { projectToAdminister } from './project-administration-gate.js';

export interface RenameProjectRequest {
  projectId: string;
  name: string;
}

export function planRenameProject(input: PlanInput<RenameProjectRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const found = projectToAdminister({
    product,
    state,
    access: accessOf({ product, state, actor }),
    projectId: request.projectId,
    action: 'rename this project',
  });
  if ('refusal' in found) return refuse(found.refusal);
  const { project } = found;
  const name = request.name.trim();
  if (name.length === 0) return refuse({ code: 'VALIDATION', message: 'A project needs a name.' });
  const duplicate = refuseDuplicateProjectName({ state, name, projectId: project.id });
  if (duplicate) return refuse(duplicate);
  // The same name again changes nothing, and says nothing in the log.
  if (name === project.name) return { ok: true, effects: [] };
  return {
    ok: true,
    effects: [
      { type: 'rename-project', projectId: project.id, name },
      auditEffect({ action: 'project.renamed', target: `project:${project.id}`, before: { name: project.name }, after: { name } }),
    ],
  };
}
