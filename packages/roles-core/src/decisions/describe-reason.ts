/** One sentence per reason, for `check`'s `reason` and the About view (R23). */
import type { AnyProduct } from '../define-product.js';
import type { Reason, ReasonScope, ReasonSource } from './reason.js';
import type { ReasonNames } from './reason-names.js';

/**
 * Without `names`, projects, rules, records and departments appear by id: `check`'s `reason`,
 * which API clients read and which is remembered per grant. With `names` (the About view), each
 * appears by its name as the tenant has it now, and records, which have no name, by their count.
 */
export function describeReason({ product, reason, names }: { product: AnyProduct; reason: Reason; names?: ReasonNames }): string {
  const how = describeSource({ product, source: reason.source, names });
  const where = names ? describeScopeInNames({ scope: reason.scope, source: reason.source, names }) : describeScope({ scope: reason.scope });
  return reason.applies ? `${how}${where}` : `${how}${where}, which does not include this resource`;
}

/** `"Sales"`; an id the tenant no longer names (never expected) still shows as itself rather than as nothing. */
function quoted(name: string | undefined, id: string): string {
  return name === undefined ? id : `"${name}"`;
}

function describeSource({ product, source, names }: { product: AnyProduct; source: ReasonSource; names: ReasonNames | undefined }): string {
  const through = (group: { name: string } | null) => (group ? ` through group "${group.name}"` : '');
  const project = (id: string) => (names ? quoted(names.project(id), id) : id);
  switch (source.kind) {
    case 'application-role':
      return `application role ${product.applicationRoles[source.role].label}${through(source.group)}`;
    case 'project-role':
      return `project role ${product.projectRoles[source.role]?.label ?? source.role} on project ${project(source.projectId)}${through(source.group)}`;
    case 'limited-member':
      // In names, the scope that always follows says which records and rules keep them (R17).
      return names
        ? `Limited Member of project ${project(source.projectId)}`
        : `Limited Member of project ${source.projectId} (records: ${source.recordIds.join(', ') || 'none'}; rules: ${source.ruleIds.join(', ') || 'none'})`;
    case 'legacy-role': {
      const department = source.departmentId && (names ? quoted(names.department(source.departmentId), source.departmentId) : source.departmentId);
      return `legacy role ${product.legacy?.roles[source.role].label ?? source.role}${department ? ` in department ${department}` : ''}`;
    }
    case 'api-key-policy':
      return source.policy === 'always-administrator'
        ? 'API-key policy: every key acts as an administrator'
        : `API-key policy: a key created ${source.createdAt}, before the cutoff, with no application role acts as an administrator`;
  }
}

/** `check`'s wording, by id: kept as API clients have always read it. */
function describeScope({ scope }: { scope: ReasonScope }): string {
  switch (scope.kind) {
    case 'department':
      return ` (department ${scope.departmentId} only)`;
    case 'assigned-project':
      return ` (consumer scope: only project ${scope.projectId}, which they are assigned to)`;
    case 'assigned-records':
      return ` (only the results of project ${scope.projectId} assigned to them${scope.recordIds.length > 0 ? ` (${scope.recordIds.join(', ')})` : ''}${
        scope.ruleIds.length > 0 ? ` and those of the rules that email them (${scope.ruleIds.join(', ')})` : ''
      })`;
    default:
      return describeCommonScope({ scope });
  }
}

/**
 * The About view's wording: projects, rules and departments by name; records, which have no
 * name, by how many are assigned to them. A Limited Member's own project is not named twice.
 */
function describeScopeInNames({ scope, source, names }: { scope: ReasonScope; source: ReasonSource; names: ReasonNames }): string {
  switch (scope.kind) {
    case 'department':
      return ` (department ${quoted(names.department(scope.departmentId), scope.departmentId)} only)`;
    case 'assigned-project':
      return ` (consumer scope: only project ${quoted(names.project(scope.projectId), scope.projectId)}, which they are assigned to)`;
    case 'assigned-records': {
      const records = scope.recordIds.length;
      const rules = scope.ruleIds.map((id) => quoted(names.rule(id), id));
      const parts = [
        records > 0 ? `${records === 1 ? 'the result' : `the ${records} results`} assigned to them` : '',
        rules.length === 1 ? `the results of the rule ${rules[0]} that emails them` : '',
        rules.length > 1 ? `the results of the rules ${rules.join(', ')} that email them` : '',
      ].filter(Boolean);
      const ownProject = source.kind === 'limited-member' && source.projectId === scope.projectId;
      const where = ownProject ? '' : `${parts.length > 0 ? ',' : ' the results'} in project ${quoted(names.project(scope.projectId), scope.projectId)}`;
      return ` (only ${parts.join(' and ')}${where})`;
    }
    default:
      return describeCommonScope({ scope });
  }
}

/** Scopes that name nothing of the tenant's: worded alike with names or without. */
function describeCommonScope({ scope }: { scope: ReasonScope }): string {
  switch (scope.kind) {
    case 'consumer-scope':
      return scope.scope === 'assigned-projects'
        ? ' (scoped: only on the projects they are assigned to)'
        : ' (scoped: only the results assigned to them and those of the rules that email them)';
    case 'administrators-only':
      return ', which this tenant keeps to administrators (project creation setting)';
    default:
      return '';
  }
}
