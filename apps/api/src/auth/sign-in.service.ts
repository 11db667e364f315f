import { Inject, Injectable } from '@nestjs/common';
import { normalizeEmailAddress, planAcceptInvitations } from '@loome/roles-core';
import { createSecret, SESSION_PREFIX } from '../common/crypto/secrets.js';
import { ProblemError, problemFromRefusal } from '../common/errors/problem.error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TransactionRepository, type Tx } from '../database/transaction.repository.js';
import { EffectsRepository } from '../modules/tenants/effects.repository.js';
import { TenantChangesRepository, userRecords } from '../modules/tenants/tenant-changes.repository.js';
import { TenantContextService } from '../modules/tenants/tenant-context.service.js';
import { TenantsRepository } from '../modules/tenants/tenants.repository.js';
import type { UserEntity } from '../modules/users/entities/user.entity.js';
import { UsersRepository } from '../modules/users/users.repository.js';
import type { SignedInCaller } from './caller.js';
import { CredentialsRepository } from './credentials.repository.js';
import { SignInGate } from './sign-in-gate.js';

export interface SignedIn {
  token: string;
  userId: string;
  email: string;
}

/**
 * Signing in, whatever proved who it is (dev sign-in or an OpenID provider): a new session each
 * time, and the first sign-in accepts every pending invitation for the email (R4).
 */
@Injectable()
export class SignInService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRepository,
    private readonly users: UsersRepository,
    private readonly tenants: TenantsRepository,
    private readonly effects: EffectsRepository,
    private readonly credentials: CredentialsRepository,
    private readonly contexts: TenantContextService,
    private readonly changes: TenantChangesRepository,
    private readonly gate: SignInGate,
  ) {}

  async devLogin({ email }: { email: string }): Promise<SignedIn> {
    if (this.config.authMode !== 'dev') {
      throw new ProblemError('FORBIDDEN', 'Dev sign-in is off: this API signs in through its identity provider');
    }
    return this.signInAs({ email });
  }

  /**
   * Signs `email` in with a new session. `admit` runs first in the same transaction and may refuse
   * (by throwing): then nothing is written, not even the user. `idToken` is kept for signing out
   * at the provider.
   */
  async signInAs({
    email,
    admit,
    idToken = null,
  }: {
    email: string;
    admit?: (input: { tx: Tx; user: UserEntity }) => Promise<void>;
    idToken?: string | null;
  }): Promise<SignedIn> {
    const plan = planAcceptInvitations({ request: { email } });
    if (!plan.ok) throw problemFromRefusal({ refusal: plan.refusal });
    // The address as the rule reads it (lower case, no spaces around): an identity provider may send `Alice@…`.
    const address = normalizeEmailAddress({ text: email }) ?? email;
    const token = createSecret({ prefix: SESSION_PREFIX });
    // Production: a user their directory deactivated or deleted gets no session, whatever proved who they are.
    await this.gate.assertMaySignIn({ email: address });
    const { user, recorded } = await this.transactions.runWrite({
      work: async (tx) => {
        const found = await this.users.findOrCreate({ tx, email: address });
        await admit?.({ tx, user: found });
        await this.credentials.createSession({ tx, userId: found.id, token, maxSeconds: this.config.sessions.maxSeconds, idToken });
        if (found.firstSignedInAt !== null) return { user: found, recorded: [] };
        const audits = plan.effects.filter((effect) => effect.type === 'audit');
        const accept = plan.effects.filter((effect) => effect.type !== 'audit');
        const tenantIds = await this.tenants.candidateTenantIds({ userId: found.id, email: found.email });
        const actor = { kind: 'user' as const, id: found.id, email: found.email };
        const tenants = await this.tenants.lockForChange({ tx, tenantIds });
        // A simultaneous first sign-in of the same email may have won while this one waited for the locks.
        if (!(await this.users.claimFirstSignIn({ tx, userId: found.id }))) return { user: found, recorded: [] };
        // R4, R24: an invitation is a grant that names the user; a tenant they reach only through a group invited nobody.
        const invited = new Set(await this.tenants.candidateTenantIds({ userId: found.id, email: found.email, throughGroups: false }));
        for (const tenant of tenants) if (invited.has(tenant.id)) await this.effects.apply({ tx, tenant, effects: audits, actor });
        await this.effects.apply({ tx, tenant: null, effects: accept, actor });
        // Only the tenants that hold this user change: their status shows `User` from now on (R4).
        const recorded = [];
        for (const tenant of tenants) {
          const users = await userRecords({ manager: tx.manager, organizationId: tenant.organizationId, emails: [found.email] });
          recorded.push({ tenantId: tenant.id, ...(await this.changes.record({ tx, tenant, effects: accept, also: { users } })) });
        }
        return { user: found, recorded };
      },
    });
    for (const change of recorded) this.contexts.committedChange(change);
    return { token, userId: user.id, email: user.email };
  }

  /**
   * Ends the caller's session at once, on every process (sessions live in the database); API keys
   * end by being deleted (R13). Answers the session's ID token, for the provider's sign-out.
   */
  async signOut({ caller }: { caller: SignedInCaller }): Promise<{ idToken: string | null }> {
    if (caller.kind !== 'user' || caller.sessionHash === null) {
      throw new ProblemError('CONFLICT', 'An API key has no session to end; delete the key to revoke it');
    }
    const tokenHash = caller.sessionHash;
    return this.transactions.runWrite({ work: (tx) => this.credentials.deleteSession({ tx, tokenHash }) });
  }
}
