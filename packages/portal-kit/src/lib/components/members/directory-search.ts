/** Calls the portal's directory endpoint; a refusal (e.g. LOOKUP_DISABLED) is thrown with its message in words. */
import type { DropdownOption } from '@loome/ui';

export interface GroupDetails {
  email: string | null;
  members: { name: string; email: string }[];
}

async function getDirectory<T>({ tenantId, params }: { tenantId: string; params: Record<string, string> }): Promise<T> {
  const response = await fetch(`/t/${tenantId}/directory?${new URLSearchParams(params)}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body?.problem?.message ?? 'Search is not available right now.');
  return body as T;
}

export async function searchDirectory({ tenantId, what, q }: { tenantId: string; what: 'users' | 'groups'; q: string }): Promise<DropdownOption[]> {
  const body = await getDirectory<{ options: DropdownOption[] }>({ tenantId, params: { what, q } });
  return body.options;
}

export function fetchGroupDetails({ tenantId, groupId }: { tenantId: string; groupId: string }): Promise<GroupDetails> {
  return getDirectory<GroupDetails>({ tenantId, params: { what: 'group-members', groupId } });
}
