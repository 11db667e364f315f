import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { ProblemError } from '../../common/errors/problem.error.js';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config/app-config.js';
import type { SignInAttempt } from './sign-in-attempts.repository.js';
import { signInRefused } from './sign-in-refusal.js';

/** What this API learns from a validated ID token. */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** `email_verified`, or Microsoft Entra ID's `xms_edov` (the email's domain is verified by its owner). */
  emailVerified: boolean;
  idToken: string;
}

/**
 * The relying party, through openid-client: discovery, the authorization URL with PKCE, state and
 * nonce, the code grant and every ID-token check (issuer, audience, expiry, nonce, signature
 * against the provider's JWKS, fetched again when an unknown key appears). Nothing here is
 * hand-written token code.
 */
@Injectable()
export class OidcClientService {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  settings(): OidcConfig {
    if (this.config.authMode !== 'oidc' || !this.config.oidc) {
      throw new ProblemError('CONFLICT', 'Sign-in with OpenID Connect is off: this API uses dev sign-in (AUTH_MODE=dev)');
    }
    return this.config.oidc;
  }

  async authorizationUrl({ redirectUri, state, attempt }: { redirectUri: string; state: string; attempt: SignInAttempt }): Promise<string> {
    const configuration = await this.discovered();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce: attempt.nonce,
    });
    return url.href;
  }

  /** Redeems the code of `callbackUrl` and validates the ID token; refuses with the reason in words. */
  async redeem({ callbackUrl, state, attempt }: { callbackUrl: string; state: string; attempt: SignInAttempt }): Promise<VerifiedIdentity> {
    const configuration = await this.discovered();
    // The answer's parameters on the registered redirect URI: what the portal's host saw of the URL does not matter.
    const current = new URL(attempt.redirectUri);
    current.search = new URL(callbackUrl).search;
    try {
      const tokens = await client.authorizationCodeGrant(
        configuration,
        current,
        { pkceCodeVerifier: attempt.codeVerifier, expectedState: state, expectedNonce: attempt.nonce, idTokenExpected: true },
        { redirect_uri: attempt.redirectUri },
      );
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw signInRefused({ reason: 'TOKEN_NOT_VALID', detail: 'The provider sent no ID token' });
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof claims.email === 'string' ? claims.email : null,
        emailVerified: claims.email_verified === true || claims.xms_edov === true,
        idToken: tokens.id_token,
      };
    } catch (error) {
      throw refusalOf({ error });
    }
  }

  /** The provider's sign-out for this session (RP-initiated logout), when it offers one. */
  async endSessionUrl({ idToken, postLogoutRedirectUri }: { idToken: string | null; postLogoutRedirectUri: string }): Promise<string | null> {
    const configuration = await this.discovered();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    const parameters: Record<string, string> = { post_logout_redirect_uri: postLogoutRedirectUri, client_id: configuration.clientMetadata().client_id };
    if (idToken) parameters.id_token_hint = idToken;
    return client.buildEndSessionUrl(configuration, parameters).href;
  }

  /**
   * Discovery once per process; a failed one is tried again at the next sign-in. The ID token's
   * signature is checked against the provider's JWKS too (non-repudiation checks): OpenID Connect
   * lets a client trust TLS to the token endpoint instead, but a key check also catches a token
   * the provider did not sign.
   */
  private discovered(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings();
    const execute = [client.enableNonRepudiationChecks, ...(loopbackHttp({ issuer }) ? [client.allowInsecureRequests] : [])];
    this.configuration ??= client.discovery(new URL(issuer), clientId, clientSecret, undefined, { execute }).catch((error: unknown) => {
      this.configuration = null;
      throw new ProblemError('UNAVAILABLE', `The identity provider cannot be reached: ${messageOf(error)}`);
    });
    return this.configuration;
  }
}

/** Plain http only for a provider on this machine (`pnpm start:oidc`, tests); anywhere else https. */
function loopbackHttp({ issuer }: { issuer: string }): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function refusalOf({ error }: { error: unknown }): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    const description = error.error_description ? `: ${error.error_description}` : '';
    return signInRefused({ reason: 'PROVIDER_ERROR', detail: `The identity provider refused the sign-in (${error.error}${description})` });
  }
  return signInRefused({ reason: 'TOKEN_NOT_VALID', detail: `The identity provider's answer is not valid: ${messageOf(error)}` });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
