import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';

export const API_KEY_PREFIX = 'lrk_';
export const SESSION_PREFIX = 'lss_';

/** 256 random bits, URL-safe. */
export function createSecret({ prefix }: { prefix: string }): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256, for secrets we make (256 random bits: sessions): nothing to guess, so no key or work factor is needed. */
export function hashSecret({ secret }: { secret: string }): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * API key secrets may be weak: an imported key keeps whatever its old clients use (16 characters
 * and up). They are stored keyed — HMAC-SHA-256 under the server's pepper (`API_KEY_PEPPER`) of
 * the secret's SHA-256 — so a copy of the database alone does not let anyone test guesses, and
 * the hash stays deterministic, so finding the key of a bearer stays one indexed read. Hashing the
 * SHA-256 rather than the secret lets stored SHA-256 hashes be re-keyed without their secrets.
 */
export function hashApiKeySecret({ secret, pepper }: { secret: string; pepper: string }): string {
  return keyApiKeyHash({ sha256: hashSecret({ secret }), pepper });
}

export function keyApiKeyHash({ sha256, pepper }: { sha256: string; pepper: string }): string {
  return createHmac('sha256', pepper).update(sha256).digest('hex');
}

export function newId(): string {
  return randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
