/**
 * Reads the Add Members form into the body the API takes (R1): emails as typed (the API
 * parses the semicolon list, R2), or the chosen group or API-key ids.
 */
import { fieldOf } from './form-action.js';

export type MemberInput = { kind: 'user'; emails: string } | { kind: 'group'; groupIds: string[] } | { kind: 'apiKey'; apiKeyIds: string[] };

export function parseMemberForm({ form }: { form: FormData }): MemberInput {
  const kind = fieldOf({ form, name: 'kind' });
  if (kind === 'group') return { kind, groupIds: form.getAll('groupIds').map(String) };
  if (kind === 'apiKey') return { kind, apiKeyIds: form.getAll('apiKeyIds').map(String) };
  return { kind: 'user', emails: fieldOf({ form, name: 'emails' }) };
}
