/**
 * How a pending user's invitation reads in a member list (R3): "Invited <date> by <who>", with
 * "—" for what was not recorded (invitations older than the record, or made by the platform).
 */
import type { InviterView } from './types.js';

export function inviterName({ invitedBy }: { invitedBy: InviterView | null }): string {
  if (!invitedBy) return '—';
  return invitedBy.kind === 'apiKey' ? `API key “${invitedBy.name}”` : (invitedBy.email ?? invitedBy.name);
}

/** The date in the reader's own calendar; `format` is for tests, which need a fixed one. */
export function invitationDate({
  invitedAt,
  format = (date) => date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }),
}: {
  invitedAt: string | null;
  format?: (date: Date) => string;
}): string {
  if (!invitedAt) return '—';
  const date = new Date(invitedAt);
  return Number.isNaN(date.getTime()) ? '—' : format(date);
}
