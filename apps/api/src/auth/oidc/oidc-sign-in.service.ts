import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { ProblemError } from '../../common/errors/problem.error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Tx } from '../../database/transaction.repository.js';
import type { UserEntity } from '../../modules/users/entities/user.entity.js';
import { UsersRepository } from '../../modules/users/users.repository.js';
import type { SignedInCaller } from '../caller.js';
import type { OidcCallbackInput, OidcCallbackOutput, OidcSignOutOutput, OidcStartInput, OidcStartOutput, SignInMethod } from '../schemas/oidc.schema.js';
import { SignInService } from '../sign-in.service.js';
import { OidcClientService, type VerifiedIdentity } from './oidc-client.service.js';
import { TransactionRepository } from '../../database/transaction.repository.js';
import { SignInAttemptsRepository } from './sign-in-attempts.repository.js';
import { signInRefused } from './sign-in-refusal.js';

/** Long enough to sign in at the provider (a password, a second factor), short enough that a lost state is soon useless. */
const ATTEMPT_SECONDS = 10 * 60;

/**
 * Sign-in with OpenID Connect (SPEC §4 *Production*): the portal owns the redirect URI, this API
 * owns the relying party. `start` keeps the attempt in the database; `finish` consumes it once,
 * validates the provider's answer, links the account to the token's issuer and subject, and signs
 * in through the same path as dev sign-in (R4 at the first sign-in).
 */
@Injectable()
export class OidcSignInService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly client: OidcClientService,
    private readonly attempts: SignInAttemptsRepository,
    private readonly users: UsersRepository,
    private readonly signIn: SignInService,
    private readonly transactions: TransactionRepository,
  ) {}

  method(): SignInMethod {
    return this.config.authMode === 'oidc' && this.config.oidc ? { mode: 'oidc', providerName: this.config.oidc.providerName } : { mode: 'dev' };
  }

  async start({ redirectUri, returnTo }: OidcStartInput): Promise<OidcStartOutput> {
    const { redirectUris } = this.client.settings();
    if (!redirectUris.includes(redirectUri)) {
      throw new ProblemError('VALIDATION', `${redirectUri} is not a redirect URI of this API: set OIDC_REDIRECT_URIS or the portal addresses`, {
        issues: [{ path: ['redirectUri'], message: 'not a configured redirect URI' }],
      });
    }
    const state = client.randomState();
    const attempt = { codeVerifier: client.randomPKCECodeVerifier(), nonce: client.randomNonce(), redirectUri, returnTo };
    const authorizationUrl = await this.client.authorizationUrl({ redirectUri, state, attempt });
    const expiresAt = new Date(Date.now() + ATTEMPT_SECONDS * 1000).toISOString();
    await this.transactions.runWrite({ work: (tx) => this.attempts.store({ tx, state, attempt, expiresAt }) });
    return { authorizationUrl, state };
  }

  async finish({ callbackUrl, state }: OidcCallbackInput): Promise<OidcCallbackOutput> {
    this.client.settings();
    const answered = new URL(callbackUrl).searchParams.get('state');
    // The state must come back to the browser that began the sign-in (login CSRF): its cookie holds it.
    if (answered === null || answered !== state) {
      throw signInRefused({ reason: 'ATTEMPT_NOT_VALID', detail: 'This sign-in was not started in this browser, or its state was changed. Start again.' });
    }
    const attempt = await this.transactions.runWrite({ work: (tx) => this.attempts.consume({ tx, state }) });
    if (!attempt) {
      throw signInRefused({ reason: 'ATTEMPT_NOT_VALID', detail: 'This sign-in has expired or was already used. Start again.' });
    }
    const identity = await this.client.redeem({ callbackUrl, state, attempt });
    if (!identity.email)
      throw signInRefused({ reason: 'TOKEN_NOT_VALID', detail: 'The ID token carries no email: the app registration must release the email claim' });
    if (!identity.emailVerified) {
      throw signInRefused({ reason: 'EMAIL_NOT_VERIFIED', detail: `The identity provider has not verified ${identity.email}, so it cannot sign in here` });
    }
    const signedIn = await this.signIn.signInAs({
      email: identity.email,
      idToken: identity.idToken,
      admit: ({ tx, user }) => this.link({ tx, user, identity }),
    });
    return { ...signedIn, returnTo: attempt.returnTo };
  }

  /** Ends the session, and answers the provider's sign-out address when it offers one. */
  async signOut({ caller, postLogoutRedirectUri }: { caller: SignedInCaller; postLogoutRedirectUri: string }): Promise<OidcSignOutOutput> {
    const { idToken } = await this.signIn.signOut({ caller });
    if (this.config.authMode !== 'oidc' || !this.config.oidc) return { endSessionUrl: null };
    const origins = this.config.oidc.redirectUris.map((uri) => new URL(uri).origin);
    if (!origins.includes(new URL(postLogoutRedirectUri).origin)) {
      throw new ProblemError('VALIDATION', `${postLogoutRedirectUri} is not on a portal of this API`, {
        issues: [{ path: ['postLogoutRedirectUri'], message: 'not on a configured portal origin' }],
      });
    }
    return { endSessionUrl: await this.client.endSessionUrl({ idToken, postLogoutRedirectUri }) };
  }

  /**
   * The account is linked to the token's issuer and subject at its first OpenID sign-in; after
   * that, the same email with another subject, or this subject with another email, is refused.
   */
  private async link({ tx, user, identity }: { tx: Tx; user: UserEntity; identity: VerifiedIdentity }): Promise<void> {
    const { issuer, subject } = identity;
    const refused = () =>
      signInRefused({
        reason: 'LINKED_TO_ANOTHER_ACCOUNT',
        detail: `${user.email} is linked to another account at the identity provider, so this account cannot sign in as it`,
      });
    if (user.oidcSubject !== null) {
      if (user.oidcIssuer !== issuer || user.oidcSubject !== subject) throw refused();
      return;
    }
    const holder = await this.users.findByOidcIdentity({ tx, issuer, subject });
    if (holder && holder.id !== user.id) {
      throw signInRefused({
        reason: 'LINKED_TO_ANOTHER_ACCOUNT',
        detail: `This account at the identity provider already signs in as ${holder.email}, not ${user.email}`,
      });
    }
    if (!(await this.users.linkOidcIdentity({ tx, userId: user.id, issuer, subject }))) throw refused();
  }
}
