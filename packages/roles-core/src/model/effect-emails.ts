/** Which users an effect names: by email, as a plan speaks of them (they may not exist yet). */
import type { Effect } from './effect.js';

/** Every email the effects name a user by (and would create a never-signed-in user for), lower-cased, once each. */
export function emailsNamedBy({ effects }: { effects: readonly Effect[] }): string[] {
  const emails = effects.flatMap((effect): (string | null)[] => {
    switch (effect.type) {
      case 'grant-application-role':
      case 'revoke-application-role':
      case 'grant-project-role':
      case 'revoke-project-role':
        return effect.principal.kind === 'user' ? [effect.principal.email] : [];
      case 'grant-legacy-role':
      case 'revoke-legacy-role':
        return [effect.email];
      case 'create-record':
      case 'set-record-assignee':
        return [effect.assigneeEmail];
      case 'create-communication-rule':
        return [...effect.recipientEmails];
      case 'set-department-members':
        return [...effect.memberEmails];
      default:
        return [];
    }
  });
  return [...new Set(emails.filter((email): email is string => email !== null).map((email) => email.toLowerCase()))];
}
