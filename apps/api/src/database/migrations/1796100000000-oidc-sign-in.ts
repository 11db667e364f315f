import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectQueries } from './dialect-queries.js';

/**
 * OpenID Connect sign-in and production sessions (SPEC §4 *Production*, Sign-in):
 * - `users` remember the provider's issuer and subject they were linked to at their first OpenID
 *   sign-in, unique as a pair;
 * - `sessions` gain `last_seen_at` for the idle timeout and the ID token for signing out at the
 *   provider. They are made anew rather than altered: SQLite cannot add a NOT NULL column without a
 *   default, and every session signed in before the upgrade simply signs in again;
 * - `sign_in_attempts` hold a sign-in between leaving for the provider and coming back, so any
 *   API process can finish it.
 */
const OLD_SESSIONS = {
  postgres:
    'CREATE TABLE "sessions" ("token_hash" character varying(64) NOT NULL, "user_id" character varying(64) NOT NULL, "created_at" character varying(40) NOT NULL, "expires_at" character varying(40) NOT NULL, CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash"))',
  sqlite:
    'CREATE TABLE "sessions" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" varchar(64) NOT NULL, "created_at" varchar(40) NOT NULL, "expires_at" varchar(40) NOT NULL)',
};

export class OidcSignIn1796100000000 implements MigrationInterface {
  name = 'OidcSignIn1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: [
        'ALTER TABLE "users" ADD "oidc_issuer" character varying(500)',
        'ALTER TABLE "users" ADD "oidc_subject" character varying(255)',
        'CREATE UNIQUE INDEX "idx_users_oidc_identity" ON "users" ("oidc_issuer", "oidc_subject") ',
        'DROP TABLE "sessions"',
        'CREATE TABLE "sessions" ("token_hash" character varying(64) NOT NULL, "user_id" character varying(64) NOT NULL, "created_at" character varying(40) NOT NULL, "expires_at" character varying(40) NOT NULL, "last_seen_at" character varying(40) NOT NULL, "id_token" text, CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash"))',
        'CREATE TABLE "sign_in_attempts" ("state_hash" character varying(64) NOT NULL, "code_verifier" character varying(128) NOT NULL, "nonce" character varying(128) NOT NULL, "redirect_uri" character varying(2000) NOT NULL, "return_to" character varying(2000) NOT NULL, "expires_at" character varying(40) NOT NULL, CONSTRAINT "PK_2b615f351a28e353f9270e20aa8" PRIMARY KEY ("state_hash"))',
      ],
      sqlite: [
        'ALTER TABLE "users" ADD COLUMN "oidc_issuer" varchar(500)',
        'ALTER TABLE "users" ADD COLUMN "oidc_subject" varchar(255)',
        'CREATE UNIQUE INDEX "idx_users_oidc_identity" ON "users" ("oidc_issuer", "oidc_subject") ',
        'DROP TABLE "sessions"',
        'CREATE TABLE "sessions" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" varchar(64) NOT NULL, "created_at" varchar(40) NOT NULL, "expires_at" varchar(40) NOT NULL, "last_seen_at" varchar(40) NOT NULL, "id_token" text)',
        'CREATE TABLE "sign_in_attempts" ("state_hash" varchar(64) PRIMARY KEY NOT NULL, "code_verifier" varchar(128) NOT NULL, "nonce" varchar(128) NOT NULL, "redirect_uri" varchar(2000) NOT NULL, "return_to" varchar(2000) NOT NULL, "expires_at" varchar(40) NOT NULL)',
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: [
        'DROP TABLE "sign_in_attempts"',
        'DROP TABLE "sessions"',
        OLD_SESSIONS.postgres,
        'DROP INDEX "public"."idx_users_oidc_identity"',
        'ALTER TABLE "users" DROP COLUMN "oidc_subject"',
        'ALTER TABLE "users" DROP COLUMN "oidc_issuer"',
      ],
      sqlite: [
        'DROP TABLE "sign_in_attempts"',
        'DROP TABLE "sessions"',
        OLD_SESSIONS.sqlite,
        'DROP INDEX "idx_users_oidc_identity"',
        'ALTER TABLE "users" DROP COLUMN "oidc_subject"',
        'ALTER TABLE "users" DROP COLUMN "oidc_issuer"',
      ],
    });
  }
}
