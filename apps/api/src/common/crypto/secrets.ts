import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const API_KEY_PREFIX = 'lrk_';
export const SESSION_PREFIX = 'lss_';

/** 256 random bits, URL-safe. */
export function createSecret({ prefix }: { prefix: string }): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret({ secret }: { secret: string }): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newId(): string {
  return randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
