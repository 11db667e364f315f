import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Users are global, identified by lower-case email. */
@Index('idx_users_oidc_identity', ['oidcIssuer', 'oidcSubject'], { unique: true })
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Null until the first sign-in: shown as `User Invitation` (R3, R4). */
  @Column({ name: 'first_signed_in_at', type: 'varchar', length: 40, nullable: true })
  firstSignedInAt: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt: string;

  /**
   * The OpenID provider's issuer and subject this account was linked to at its first OpenID
   * sign-in: a later token with the same email and another subject is refused. Null until then.
   */
  @Column({ name: 'oidc_issuer', type: 'varchar', length: 500, nullable: true })
  oidcIssuer: string | null;

  @Column({ name: 'oidc_subject', type: 'varchar', length: 255, nullable: true })
  oidcSubject: string | null;
}
