import { Inject, Injectable } from '@nestjs/common';
import { planAcceptInvitations } from '@loome/roles-core';
import { createSecret, SESSION_PREFIX } from '../common/crypto/secrets.js';
import { ProblemError, problemFromRefusal } from '../common/errors/problem.error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TransactionRepository } from '../database/transaction.repository.js';
import { EffectsRepository } from '../modules/tenants/effects.repository.js';
import { TenantChangesRepository, userRecords } from '../modules/tenants/tenant-changes.repository.js';
import { TenantContextService } from '../modules/tenants/tenant-context.service.js';
import { TenantsRepository } from '../modules/tenants/tenants.repository.js';
import { UsersRepository } from '../modules/users/users.repository.js';
import type { SignedInCaller } from './caller.js';
import { CredentialsRepository } from './credentials.repository.js';
import { SignInGate } from './sign-in-gate.js';

/** Dev sign-in: the first sign-in accepts every pending invitation for the email (R4). */
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

  async devLogin({ email }: { email: string }): Promise<{ token: string; userId: string; email: string }> {
    if (this.config.authMode !== 'dev') {
      throw new ProblemError('FORBIDDEN', 'Dev sign-in is off: this API signs in through its identity provider');
    }
    const plan = planAcceptInvitations({ request: { email } });
    if (!plan.ok) throw problemFromRefusal({ refusal: plan.refusal });
    await this.gate.assertMaySignIn({ email });
    const { user, recorded } = await this.transactions.runWrite({
      work: async (tx) => {
        const found = await this.users.findOrCreate({ tx, email });
        if (found.firstSignedInAt !== null) return { user: found, recorded: [] };
        const audits = plan.effects.filter((effect) => effect.type === 'audit');
        const accept = plan.effects.filter((effect) => effect.type !== 'audit');
        const tenantIds = await this.tenants.candidateTenantIds({ userId: found.id, email: found.email });
        const actor = { kind: 'user' as const, id: found.id, email: found.email };
        const tenants = await this.tenants.lockForChange({ tx, tenantIds });
        for (const tenant of tenants) await this.effects.apply({ tx, tenant, effects: audits, actor });
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
    const token = createSecret({ prefix: SESSION_PREFIX });
    await this.credentials.createSession({ userId: user.id, token });
    return { token, userId: user.id, email: user.email };
  }

  /** Ends the caller's session at once; API keys end by being deleted (R13). */
  async signOut({ caller }: { caller: SignedInCaller }): Promise<void> {
    if (caller.kind !== 'user' || caller.sessionHash === null) {
      throw new ProblemError('CONFLICT', 'An API key has no session to end; delete the key to revoke it');
    }
    await this.credentials.deleteSession({ tokenHash: caller.sessionHash });
  }
}
