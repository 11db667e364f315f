/** Calls the portal's directory endpoint; a refusal (e.g. LOOKUP_DISABLED) is thrown with its message in words. */
import type { DropdownOption } from '@loome/ui';
import type { Problem } from '../../problem.js';

export interface GroupDetails {
  email: string | null;
  members: { name: string; email: string }[];
}

async function getDirectory<T>({ tenantId, params }: { tenantId: string; params: Record<string, string> }): Promise<T> {
  const response = await fetch(`/t/${tenantId}/directory?${new URLSearchParams(params).toString()}`);
  if (!response.ok) {
    // The endpoint answers a refusal as `{ problem }`, its message already in words.
    const refusal = (await response.json().catch(() => null)) as { problem?: Problem } | null;
    throw new Error(refusal?.problem?.message ?? 'Search is not available right now.');
  }
  return (await response.json()) as T;
}

export async function searchDirectory({ tenantId, what, q }: { tenantId: string; what: 'users' | 'groups'; q: string }): Promise<DropdownOption[]> {
  const body = await getDirectory<{ options: DropdownOption[] }>({ tenantId, params: { what, q } });
  return body.options;
}

export function fetchGroupDetails({ tenantId, groupId }: { tenantId: string; groupId: string }): Promise<GroupDetails> {
  return getDirectory<GroupDetails>({ tenantId, params: { what: 'group-members', groupId } });
}
