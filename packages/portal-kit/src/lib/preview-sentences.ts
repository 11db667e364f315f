/**
 * The sentences a confirmation shows for a dry run: who leaves or joins which role, which key
 * goes. Only wording: what happens was decided by the planner that answered the dry run.
 */
import type { PreviewView } from './types.js';

type Allowed = Extract<PreviewView, { allowed: true }>;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** `Deletes project “Churn”: removes 4 members’ project roles (bob@x: Owner, …), 2 records and 1 communication rule (“Daily digest”).` */
function projectDeletion({ project, revoked }: { project: Allowed['deletedProjects'][number]; revoked: Allowed['projectRoles']['revoked'] }): string {
  const members = new Set(revoked.map((change) => `${change.kind}:${change.principalId ?? change.email}`)).size;
  const shown = revoked.slice(0, 5).map((change) => `${change.email ?? change.name}: ${change.roleLabel}`);
  const more = revoked.length > shown.length ? `, and ${revoked.length - shown.length} more` : '';
  const rules = project.communicationRules;
  const parts = [
    ...(members > 0 ? [`${plural(members, 'member’s', 'members’')} project roles (${shown.join(', ')}${more})`] : []),
    ...(project.records > 0 ? [plural(project.records, 'record', 'records')] : []),
    ...(rules.length > 0 ? [`${plural(rules.length, 'communication rule', 'communication rules')} (${rules.map((name) => `“${name}”`).join(', ')})`] : []),
  ];
  const removes =
    parts.length === 0 ? 'nobody holds a role on it' : `removes ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}`;
  return `Deletes project “${project.name}”: ${removes}.`;
}

export function previewSentences({ preview }: { preview: Allowed }): string[] {
  const sentences: string[] = [];
  const whoOf = (change: { email: string | null; name: string }) => change.email ?? change.name;
  const keyOf = (change: { kind: string; principalId: string | null; email: string | null }) => `${change.kind}:${change.email ?? change.principalId}`;
  // A deleted project's roles are told with the project, once, not member by member.
  const deleted = new Set(preview.deletedProjects.map((project) => project.id));
  for (const project of preview.deletedProjects)
    sentences.push(projectDeletion({ project, revoked: preview.projectRoles.revoked.filter((c) => c.projectId === project.id) }));
  const projectRevoked = new Map<string, Allowed['projectRoles']['revoked']>();
  for (const change of preview.projectRoles.revoked) {
    if (!deleted.has(change.projectId)) projectRevoked.set(keyOf(change), [...(projectRevoked.get(keyOf(change)) ?? []), change]);
  }
  const granted = new Map(preview.applicationRoles.granted.map((change) => [keyOf(change), change]));
  const told = new Set<string>();

  for (const revoked of preview.applicationRoles.revoked) {
    const key = keyOf(revoked);
    const projects = projectRevoked.get(key) ?? [];
    const projectPart = projects.length
      ? ` and from ${plural(projects.length, 'project role', 'project roles')} (${projects.map((change) => `${change.projectName}: ${change.roleLabel}`).join(', ')})`
      : '';
    const next = granted.get(key);
    if (next) sentences.push(`Moves ${whoOf(revoked)} from ${revoked.roleLabel} to ${next.roleLabel}${projectPart}.`);
    else sentences.push(`Removes ${whoOf(revoked)} from ${revoked.roleLabel}${projectPart}.`);
    told.add(key);
  }
  for (const change of preview.applicationRoles.granted) if (!told.has(keyOf(change))) sentences.push(`Adds ${whoOf(change)} to ${change.roleLabel}.`);
  for (const [key, projects] of projectRevoked) {
    if (told.has(key)) continue;
    for (const change of projects) sentences.push(`Removes ${whoOf(change)} from ${change.roleLabel} in ${change.projectName}.`);
  }
  for (const key of preview.deletedApiKeys) sentences.push(`Deletes the API key “${key.description}” everywhere: its secret stops working at once.`);
  for (const email of preview.invitations) sentences.push(`Invites ${email} by email.`);
  const { before, after } = preview.administrators;
  if (after < before) {
    sentences.push(
      `This demotes an administrator: ${plural(after, 'administrator', 'administrators')} will be left${after === 1 ? ' — the last one, who cannot then be removed' : ''}.`,
    );
  }
  if (sentences.length === 0) sentences.push('Nothing changes.');
  return sentences;
}
