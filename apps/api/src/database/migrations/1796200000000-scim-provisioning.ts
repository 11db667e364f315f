import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectQueries } from './dialect-queries.js';

/**
 * SCIM provisioning: per-organization bearer tokens (hashes only), and what a SCIM directory keeps
 * beyond `PUT …/directory`: a stable resource id per user (backfilled for the rows already there),
 * `externalId`, `active`, a deprovisioned tombstone flag, the userName as sent, `userType`, the
 * other attributes as sent; `externalId` on groups. Lookups by `externalId` and a group's
 * `displayName` (the filters Entra sends) are indexed per organization, and tenants by organization.
 */
const SCIM_TOKENS_INDEX = 'CREATE INDEX "idx_scim_tokens_organization" ON "scim_tokens" ("organization_id")';
const INDEXES = [
  // Every directory change finds its organization's tenants: without it, a scan of every tenant per SCIM request.
  'CREATE INDEX "idx_tenants_organization" ON "tenants" ("organization_id")',
  'CREATE INDEX "idx_directory_groups_external_id" ON "directory_groups" ("organization_id", "external_id")',
  'CREATE INDEX "idx_directory_groups_name" ON "directory_groups" ("organization_id", "name")',
  'CREATE INDEX "idx_directory_users_external_id" ON "directory_users" ("organization_id", "external_id")',
  'CREATE UNIQUE INDEX "idx_directory_users_scim_id" ON "directory_users" ("organization_id", "scim_id")',
];
const USER_COLUMNS_ADDED = ['scim_id', 'external_id', 'active', 'deprovisioned', 'user_name', 'user_type', 'scim_attributes'];

const POSTGRES_UP = [
  'CREATE TABLE "scim_tokens" ("id" character varying(64) NOT NULL, "organization_id" character varying(64) NOT NULL, "description" character varying(500) NOT NULL, "secret_hash" character varying(64) NOT NULL, "created_at" character varying(40) NOT NULL, "revoked_at" character varying(40), CONSTRAINT "UQ_4aa203fca0c04b76895b11f76df" UNIQUE ("secret_hash"), CONSTRAINT "PK_5e368798dfa88b0d9fb185e8901" PRIMARY KEY ("id"))',
  SCIM_TOKENS_INDEX,
  'ALTER TABLE "directory_groups" ADD "external_id" character varying(200)',
  'ALTER TABLE "directory_users" ADD "scim_id" character varying(64)',
  'UPDATE "directory_users" SET "scim_id" = gen_random_uuid()::text',
  'ALTER TABLE "directory_users" ALTER COLUMN "scim_id" SET NOT NULL',
  'ALTER TABLE "directory_users" ADD "external_id" character varying(200)',
  'ALTER TABLE "directory_users" ADD "active" boolean NOT NULL DEFAULT true',
  'ALTER TABLE "directory_users" ADD "deprovisioned" boolean NOT NULL DEFAULT false',
  'ALTER TABLE "directory_users" ADD "user_name" character varying(320)',
  'ALTER TABLE "directory_users" ADD "user_type" character varying(64)',
  'ALTER TABLE "directory_users" ADD "scim_attributes" text',
  ...INDEXES,
];

/** SQLite cannot add a NOT NULL column without a default: the table is copied, as TypeORM alters it, with an id made per row. */
const SQLITE_UP = [
  'CREATE TABLE "scim_tokens" ("id" varchar(64) PRIMARY KEY NOT NULL, "organization_id" varchar(64) NOT NULL, "description" varchar(500) NOT NULL, "secret_hash" varchar(64) NOT NULL, "created_at" varchar(40) NOT NULL, "revoked_at" varchar(40), CONSTRAINT "UQ_4aa203fca0c04b76895b11f76df" UNIQUE ("secret_hash"))',
  SCIM_TOKENS_INDEX,
  'ALTER TABLE "directory_groups" ADD "external_id" varchar(200)',
  'CREATE TABLE "temporary_directory_users" ("organization_id" varchar(64) NOT NULL, "email" varchar(320) NOT NULL, "name" varchar(200) NOT NULL, "guest" boolean NOT NULL, "scim_id" varchar(64) NOT NULL, "external_id" varchar(200), "active" boolean NOT NULL DEFAULT (1), "deprovisioned" boolean NOT NULL DEFAULT (0), "user_name" varchar(320), "user_type" varchar(64), "scim_attributes" text, PRIMARY KEY ("organization_id", "email"))',
  `INSERT INTO "temporary_directory_users"("organization_id", "email", "name", "guest", "scim_id")
     SELECT "organization_id", "email", "name", "guest", lower(hex(randomblob(16))) FROM "directory_users"`,
  'DROP TABLE "directory_users"',
  'ALTER TABLE "temporary_directory_users" RENAME TO "directory_users"',
  ...INDEXES,
];

const DROP_INDEXES = [
  'idx_tenants_organization',
  'idx_directory_groups_external_id',
  'idx_directory_groups_name',
  'idx_directory_users_external_id',
  'idx_directory_users_scim_id',
  'idx_scim_tokens_organization',
];
const DOWN = [
  ...DROP_INDEXES.map((index) => `DROP INDEX "${index}"`),
  ...USER_COLUMNS_ADDED.map((column) => `ALTER TABLE "directory_users" DROP COLUMN "${column}"`),
  'ALTER TABLE "directory_groups" DROP COLUMN "external_id"',
  'DROP TABLE "scim_tokens"',
];

export class ScimProvisioning1796200000000 implements MigrationInterface {
  name = 'ScimProvisioning1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({ queryRunner, postgres: POSTGRES_UP, sqlite: SQLITE_UP });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({ queryRunner, postgres: DOWN, sqlite: DOWN });
  }
}
