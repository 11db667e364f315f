import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An OpenID Connect sign-in between leaving for the provider and coming back, keyed by the
 * SHA-256 of its `state`: any API process can finish it, and only once (deleting the row is
 * what consumes it).
 */
@Entity({ name: 'sign_in_attempts' })
export class SignInAttemptEntity {
  @PrimaryColumn({ name: 'state_hash', type: 'varchar', length: 64 })
  stateHash: string;

  /** PKCE's secret half: only this API ever sends it, to the provider's token endpoint. */
  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier: string;

  @Column({ type: 'varchar', length: 128 })
  nonce: string;

  @Column({ name: 'redirect_uri', type: 'varchar', length: 2000 })
  redirectUri: string;

  @Column({ name: 'return_to', type: 'varchar', length: 2000 })
  returnTo: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 40 })
  expiresAt: string;
}
