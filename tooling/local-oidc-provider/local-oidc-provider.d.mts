/** Types of local-oidc-provider.mjs, for TypeScript callers (tests). */

export interface LocalAccount {
  sub: string;
  email: string;
  /** Default true. */
  emailVerified?: boolean;
  name?: string;
}

export interface LocalClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

export interface IdTokenTampering {
  /** Answers the claims the re-signed ID token carries. */
  claims?: (original: Record<string, unknown>) => Record<string, unknown>;
  /** Signs with a key the provider does not publish. */
  foreignKey?: boolean;
}

export interface LocalOidcProvider {
  readonly issuer: string;
  addAccount(account: LocalAccount): void;
  tamperIdTokens(tampering: IdTokenTampering | null): void;
  rotateSigningKey(): Promise<void>;
  close(): Promise<void>;
}

export function startLocalOidcProvider(options?: {
  host?: string;
  port?: number;
  accounts?: LocalAccount[];
  clients?: LocalClient[];
}): Promise<LocalOidcProvider>;
