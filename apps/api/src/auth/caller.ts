import type { Actor } from '@loome/roles-core';

/** Who sent a request, once its credentials are checked. */
export type Caller =
  | { kind: 'anonymous' }
  /** Credentials were sent but are not valid (expired, deleted, wrong address…). */
  | { kind: 'invalid'; reason: string }
  | { kind: 'platform' }
  /** `sessionHash` names the session signed in with, so signing out can end exactly that one. */
  | { kind: 'user'; userId: string; email: string; viaCookie: boolean; sessionHash: string | null }
  | { kind: 'apiKey'; apiKeyId: string; tenantId: string };

export type SignedInCaller = Extract<Caller, { kind: 'user' } | { kind: 'apiKey' }>;

export function actorOf({ caller }: { caller: SignedInCaller }): Actor {
  return caller.kind === 'user' ? { kind: 'user', userId: caller.userId } : { kind: 'apiKey', apiKeyId: caller.apiKeyId };
}

/** How the audit log names who acted (R24). */
export function auditActorOf({ caller }: { caller: Caller }): { kind: 'user' | 'apiKey' | 'platform' | 'system'; id: string; email?: string } {
  switch (caller.kind) {
    case 'user':
      return { kind: 'user', id: caller.userId, email: caller.email };
    case 'apiKey':
      return { kind: 'apiKey', id: caller.apiKeyId };
    case 'platform':
      return { kind: 'platform', id: 'platform' };
    default:
      return { kind: 'system', id: 'system' };
  }
}
