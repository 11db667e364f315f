/**
 * The sentences a confirmation shows for a dry run: who leaves or joins which role, which key
 * goes. Only wording: what happens was decided by the planner that answered the dry run.
 */
import type { PreviewView } from './types.js';

type Allowed = Extract<PreviewView, { allowed: true }>;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function previewSentences({ preview }: { preview: Allowed }): string[] {
  const sentences: string[] = [];
  const whoOf = (change: { email: string | null; name: string }) => change.email ?? change.name;
  const keyOf = (change: { kind: string; principalId: string | null; email: string | null }) => `${change.kind}:${change.email ?? change.principalId}`;
  const projectRevoked = new Map<string, Allowed['projectRoles']['revoked']>();
  for (const change of preview.projectRoles.revoked) projectRevoked.set(keyOf(change), [...(projectRevoked.get(keyOf(change)) ?? []), change]);
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
