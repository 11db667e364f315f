import { ProblemError } from './problem.error.js';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  [extra: string]: unknown;
}

const TITLES: Record<string, string> = {
  VALIDATION: 'Invalid request',
  UNAUTHENTICATED: 'Not signed in',
  FORBIDDEN: 'Forbidden',
  ESCALATION: 'Cannot grant a permission you do not hold',
  NOT_FOUND: 'Not found',
  CANNOT_REMOVE_SELF: 'You cannot remove yourself',
  LAST_ADMINISTRATOR: 'The tenant needs an administrator',
  PEER_GROUP_ADMIN: 'A Group Admin cannot remove another Group Admin',
  LIMITED_MEMBER_REFERENCED: 'The Limited Member is still referenced',
  NOT_ASSIGNABLE: 'This role cannot be assigned by hand',
  LOOKUP_DISABLED: 'Directory lookup is off',
  CONFLICT: 'Conflict',
  INTERNAL: 'Internal error',
  UNAVAILABLE: 'Service unavailable',
};

/**
 * Seconds a client should wait before retrying an UNAVAILABLE answer: about one acquire or lock
 * timeout, the time a stuck request waits before it gives up.
 */
export const RETRY_AFTER_SECONDS = 2;

/** Headers a problem answers with besides its content type. */
export function problemHeaders({ error }: { error: ProblemError }): Record<string, string> {
  return error.code === 'UNAVAILABLE' ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {};
}

export function toProblemBody({ error }: { error: ProblemError }): ProblemBody {
  return {
    ...error.extra,
    type: `https://loome.dev/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[error.code] ?? error.code,
    status: error.status,
    code: error.code,
    detail: error.detail,
  };
}
