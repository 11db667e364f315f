import { Inject, Injectable, Logger } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { hashApiKeySecret, hashSecret, SESSION_PREFIX } from '../common/crypto/secrets.js';
import { readCookie } from '../common/http/cookies.js';
import { headerValue, type HttpRequest } from '../common/http/http-types.js';
import { ipAllowed } from '../common/http/ipv4.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TransactionRepository } from '../database/transaction.repository.js';
import { TenantContextService } from '../modules/tenants/tenant-context.service.js';
import { ApiKeyIdentities } from './api-key-identities.js';
import type { Caller } from './caller.js';
import { CredentialsRepository } from './credentials.repository.js';

export const SESSION_COOKIE = 'loome_session';

/** A key's last use is recorded to the minute; the memory of what was written stays bounded. */
const KEY_USE_INTERVAL_MS = 60_000;
const KEY_USE_MEMORY = 10_000;

/** Reads who is calling from the bearer token or the session cookie. */
@Injectable()
export class CredentialsService {
  private readonly apiKeys = new ApiKeyIdentities();
  private readonly logger = new Logger(CredentialsService.name);
  /** When this process last recorded each key's use. */
  private readonly keyUseWritten = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly credentials: CredentialsRepository,
    private readonly contexts: TenantContextService,
    private readonly transactions: TransactionRepository,
  ) {}

  async resolve({ request }: { request: HttpRequest }): Promise<Caller> {
    const authorization = headerValue({ request, name: 'authorization' });
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match?.[1]) return { kind: 'invalid', reason: 'Use Authorization: Bearer <token>' };
      return this.fromBearer({ token: match[1], ip: clientIp({ request }), tenantId: request.params?.tenantId });
    }
    const cookie = readCookie({ request, name: SESSION_COOKIE });
    if (cookie === undefined) return { kind: 'anonymous' };
    return this.fromSession({ token: cookie, viaCookie: true, tenantId: request.params?.tenantId });
  }

  async fromBearer({ token, ip, tenantId }: { token: string; ip: string; tenantId?: string }): Promise<Caller> {
    if (this.isPlatformToken(token)) return { kind: 'platform' };
    // Imported keys keep the secret their clients already use, whatever its shape; sessions always carry their prefix.
    if (token.startsWith(SESSION_PREFIX)) return this.fromSession({ token, viaCookie: false, tenantId });
    return this.fromApiKey({ secret: token, ip });
  }

  private async fromSession({ token, viaCookie, tenantId }: { token: string; viaCookie: boolean; tenantId?: string }): Promise<Caller> {
    const sessionHash = hashSecret({ secret: token });
    const now = Date.now();
    const { idleSeconds } = this.config.sessions;
    const user = await this.credentials.findSession({ tokenHash: sessionHash, tenantId, idleSince: new Date(now - idleSeconds * 1000).toISOString() });
    if (!user) return { kind: 'invalid', reason: 'The session is not valid or has expired' };
    const staleBefore = new Date(now - touchIntervalMs({ idleSeconds })).toISOString();
    if (user.lastSeenAt < staleBefore) this.moveIdleClock({ tokenHash: sessionHash, staleBefore });
    const caller: Caller = { kind: 'user', userId: user.id, email: user.email, viaCookie, sessionHash };
    if (tenantId !== undefined && user.tenantVersion !== undefined) this.contexts.noteVersion({ request: caller, tenantId, version: user.tenantVersion });
    return caller;
  }

  /**
   * Beside the request, not before it: a request never waits for a write (on SQLite, for another
   * tenant's long one), and a move lost to a busy database is made by the session's next request.
   */
  private moveIdleClock({ tokenHash, staleBefore }: { tokenHash: string; staleBefore: string }): void {
    this.transactions
      .runWrite({ work: (tx) => this.credentials.touchSession({ tx, tokenHash, staleBefore }) })
      .catch((error: unknown) => this.logger.warn(`A session's idle clock did not move: ${error instanceof Error ? error.message : String(error)}`));
  }

  private async fromApiKey({ secret, ip }: { secret: string; ip: string }): Promise<Caller> {
    const secretHash = hashApiKeySecret({ secret, pepper: this.config.apiKeyPepper });
    const identity = await this.apiKeys.identify({ secretHash, load: () => this.credentials.findApiKeyIdentity({ secretHash }) });
    if (!identity) return { kind: 'invalid', reason: 'Unknown or deleted API key' };
    const caller: Caller = { kind: 'apiKey', apiKeyId: identity.id, tenantId: identity.tenantId };
    // The key as its tenant holds it at this request's version: a key deleted on any process is refused here.
    const key = (await this.contexts.get({ tenantId: identity.tenantId, request: caller }))?.state.apiKeys.find((candidate) => candidate.id === identity.id);
    if (!key) return { kind: 'invalid', reason: 'Unknown or deleted API key' };
    // Compared as moments, not text: a stored expiry may carry any offset.
    if (key.expiresAt !== null && !(Date.parse(key.expiresAt) > Date.now())) return { kind: 'invalid', reason: 'The API key has expired' };
    if (!ipAllowed({ ip, allowed: key.allowedIps })) {
      return { kind: 'invalid', reason: 'The API key may not be used from this address' };
    }
    this.noteKeyUse({ apiKeyId: identity.id });
    return caller;
  }

  /**
   * Remote Access shows when a key was last used. Like the session's idle clock, the write goes
   * beside the request and at most once a minute per key in this process; a write lost to a busy
   * database is made by a later request.
   */
  private noteKeyUse({ apiKeyId }: { apiKeyId: string }): void {
    const now = Date.now();
    if (now - (this.keyUseWritten.get(apiKeyId) ?? 0) < KEY_USE_INTERVAL_MS) return;
    if (this.keyUseWritten.size >= KEY_USE_MEMORY) this.keyUseWritten.clear();
    this.keyUseWritten.set(apiKeyId, now);
    const staleBefore = new Date(now - KEY_USE_INTERVAL_MS).toISOString();
    this.transactions
      .runWrite({ work: (tx) => this.credentials.touchApiKey({ tx, apiKeyId, staleBefore }) })
      .catch((error: unknown) => this.logger.warn(`A key's last use was not recorded: ${error instanceof Error ? error.message : String(error)}`));
  }

  private isPlatformToken(token: string): boolean {
    const expected = this.config.platformAdminToken;
    if (!expected) return false;
    const a = Buffer.from(token);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

/**
 * How stale `last_seen_at` may grow before a request moves it: a minute, or a tenth of a short idle
 * timeout, so the idle end is off by at most that much and a busy session writes rarely.
 */
function touchIntervalMs({ idleSeconds }: { idleSeconds: number }): number {
  return Math.min(60_000, idleSeconds * 100);
}

export function clientIp({ request }: { request: HttpRequest }): string {
  return request.socket.remoteAddress ?? request.ip ?? '';
}
