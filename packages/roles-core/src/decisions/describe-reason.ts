/** One sentence per reason, for `check`'s `reason` and the About view (R23). */
import type { AnyProduct } from '../define-product.js';
import type { Reason, ReasonScope, ReasonSource } from './reason.js';

export function describeReason({ product, reason }: { product: AnyProduct; reason: Reason }): string {
  const how = describeSource({ product, source: reason.source });
  const where = describeScope({ scope: reason.scope });
  return reason.applies ? `${how}${where}` : `${how}${where}, which does not include this resource`;
}

function describeSource({ product, source }: { product: AnyProduct; source: ReasonSource }): string {
  const through = (group: { name: string } | null) => (group ? ` through group "${group.name}"` : '');
  switch (source.kind) {
    case 'application-role':
      return `application role ${product.applicationRoles[source.role].label}${through(source.group)}`;
    case 'project-role':
      return `project role ${product.projectRoles[source.role]?.label ?? source.role} on project ${source.projectId}${through(source.group)}`;
    case 'limited-member':
      return `Limited Member of project ${source.projectId} (records: ${source.recordIds.join(', ') || 'none'}; rules: ${source.ruleIds.join(', ') || 'none'})`;
    case 'legacy-role':
      return `legacy role ${product.legacy?.roles[source.role].label ?? source.role}${source.departmentId ? ` in department ${source.departmentId}` : ''}`;
    case 'api-key-policy':
      return source.policy === 'always-administrator'
        ? 'API-key policy: every key acts as an administrator'
        : `API-key policy: a key created ${source.createdAt}, before the cutoff, with no application role acts as an administrator`;
  }
}

function describeScope({ scope }: { scope: ReasonScope }): string {
  switch (scope.kind) {
    case 'tenant':
      return '';
    case 'project':
      return '';
    case 'department':
      return ` (department ${scope.departmentId} only)`;
    case 'assigned-project':
      return ` (consumer scope: only project ${scope.projectId}, which they are assigned to)`;
    case 'assigned-records':
      return ` (only the results of project ${scope.projectId} assigned to them${scope.recordIds.length > 0 ? ` (${scope.recordIds.join(', ')})` : ''}${
        scope.ruleIds.length > 0 ? ` and those of the rules that email them (${scope.ruleIds.join(', ')})` : ''
      })`;
    case 'consumer-scope':
      return scope.scope === 'assigned-projects'
        ? ' (scoped: only on the projects they are assigned to)'
        : ' (scoped: only the results assigned to them and those of the rules that email them)';
    case 'administrators-only':
      return ', which this tenant keeps to administrators (project creation setting)';
  }
}
