import type { ApiKeyPolicy } from '@loome/roles-core';
import type { TenantCaller } from './walk-callers.js';

type KeyCaller = Extract<TenantCaller, { kind: 'apiKey' }>;

/** Ten in the morning of the day before the cutoff: a key brought in from before it (R20). */
function beforeCutoff({ cutoff }: { cutoff: string }): string {
  const day = 24 * 60 * 60 * 1000;
  return new Date(Date.parse(`${cutoff}T10:00:00Z`) - day).toISOString();
}

/** The API keys that show a product's key policy (R20): what tells its kinds of key apart. */
export function apiKeyCallers({ policy }: { policy: ApiKeyPolicy }): KeyCaller[] {
  switch (policy.kind) {
    case 'by-role':
      return [
        { name: 'key-consumer', kind: 'apiKey', applicationRoles: ['consumer'] },
        { name: 'key-administrator', kind: 'apiKey', applicationRoles: ['administrator'] },
      ];
    case 'always-administrator':
      return [{ name: 'key-without-role', kind: 'apiKey', applicationRoles: [] }];
    case 'administrator-before-cutoff': {
      const importedCreatedAt = beforeCutoff({ cutoff: policy.cutoff });
      return [
        { name: 'key-before-cutoff', kind: 'apiKey', applicationRoles: [], importedCreatedAt },
        { name: 'key-before-cutoff-consumer', kind: 'apiKey', applicationRoles: ['consumer'], importedCreatedAt },
        { name: 'key-new-consumer', kind: 'apiKey', applicationRoles: ['consumer'] },
        { name: 'key-new-without-role', kind: 'apiKey', applicationRoles: [] },
      ];
    }
  }
}
