/**
 * Before and after, field by field, in words: role ids become the product's labels, project ids
 * their names, booleans yes or no. Only fields the change touched are listed.
 */
import type { AuditFieldChange } from './audit-event.js';
import { formatAuditTime, joinWords, referencePhrase } from './audit-phrases.js';
import type { AuditWording } from './audit-wording.js';

type Side = 'before' | 'after';
type Formatter = (wording: AuditWording, side: Side, key: string) => string;

const NOTHING = '—';

const SETTING_VALUES: Readonly<Record<string, string>> = {
  'project-creators': 'Project Creators and Administrators',
  administrators: 'Administrators only',
  legacy: 'Legacy (four roles)',
  current: 'Current',
};

const rolesField: Formatter = (w, side, key) => (w.value(side, key) === undefined ? NOTHING : w.roles(w.list(side, key)));
const listField =
  (none: string): Formatter =>
  (w, side, key) =>
    w.value(side, key) === undefined ? NOTHING : joinWords(w.list(side, key), none);
const timeField =
  (none: string): Formatter =>
  (w, side, key) => {
    const value = w.value(side, key);
    if (value === undefined) return NOTHING;
    return typeof value === 'string' ? formatAuditTime(value) : none;
  };
const settingField: Formatter = (w, side, key) => {
  const value = w.text(side, key);
  return value === null ? NOTHING : (SETTING_VALUES[value] ?? value);
};

/** Fields the planners and the directory write, by the words a person reads them in. */
const FIELDS: Readonly<Record<string, { label: string; format?: Formatter }>> = {
  roles: { label: 'Roles', format: rolesField },
  role: { label: 'Role', format: rolesField },
  legacyRoles: { label: 'Legacy roles', format: rolesField },
  applicationRole: { label: 'Application role', format: rolesField },
  projectRoles: {
    label: 'Project roles',
    format: (w, side) =>
      w.value(side, 'projectRoles') === undefined
        ? NOTHING
        : joinWords(
            w.projectRoles(side).map(({ projectId, role }) => `${w.projectName(projectId)}: ${w.roleLabel(role)}`),
            'none',
          ),
  },
  projectId: { label: 'Project', format: (w, side) => (w.text(side, 'projectId') === null ? NOTHING : w.projectName(w.text(side, 'projectId')!)) },
  ruleId: { label: 'Communication rule', format: (w, side) => (w.text(side, 'ruleId') === null ? 'none' : w.rule(w.text(side, 'ruleId')!)) },
  owner: {
    label: 'Owner',
    format: (w, side) => (w.text(side, 'owner') === null ? NOTHING : referencePhrase({ reference: w.text(side, 'owner')!, names: w.names })),
  },
  assignee: { label: 'Assigned to', format: (w, side) => w.text(side, 'assignee') ?? 'nobody' },
  recipients: { label: 'Recipients', format: listField('nobody') },
  projectMembers: {
    label: 'Project members',
    format: (w, side, key) =>
      w.value(side, key) === undefined
        ? NOTHING
        : joinWords(
            w.list(side, key).map((reference) => referencePhrase({ reference, names: w.names })),
            'nobody',
          ),
  },
  communicationRules: { label: 'Communication rules', format: listField('none') },
  members: {
    label: 'Members',
    format: (w, side, key) => (typeof w.value(side, key) === 'number' ? String(w.value(side, key)) : listField('nobody')(w, side, key)),
  },
  added: { label: 'Members added', format: listField('none') },
  removed: { label: 'Members removed', format: listField('none') },
  allowedIps: { label: 'Allowed addresses', format: listField('any address') },
  createdAt: { label: 'Created', format: timeField(NOTHING) },
  expiresAt: { label: 'Expires', format: timeField('never') },
  projectCreation: { label: 'Project creation', format: settingField },
  roleModel: { label: 'Role model', format: settingField },
  description: { label: 'Description' },
  name: { label: 'Name' },
  status: { label: 'Status' },
  users: { label: 'Users' },
  groups: { label: 'Groups' },
  active: { label: 'Active' },
  guest: { label: 'Guest of the organization' },
  externalId: { label: 'External id' },
};

/** `externalId` → `External id`, for a field no entry above names. */
function labelOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function plainValue(w: AuditWording, side: Side, key: string): string {
  const value = w.value(side, key);
  if (value === undefined || value === null) return NOTHING;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return joinWords(value.map(String), 'none');
  // A shape no planner writes today: still shown, compactly, rather than hidden.
  return JSON.stringify(value);
}

export function describeChanges(wording: AuditWording): AuditFieldChange[] {
  const keys = new Set([...Object.keys(wording.snapshot('before') ?? {}), ...Object.keys(wording.snapshot('after') ?? {})]);
  const changes: AuditFieldChange[] = [];
  for (const key of keys) {
    const entry = FIELDS[key];
    const format = entry?.format ?? plainValue;
    const before = wording.snapshot('before') ? format(wording, 'before', key) : NOTHING;
    const after = wording.snapshot('after') ? format(wording, 'after', key) : NOTHING;
    if (before !== after) changes.push({ field: entry?.label ?? labelOf(key), before, after });
  }
  return changes;
}
