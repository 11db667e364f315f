import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectQueries } from './dialect-queries.js';

/**
 * `tenant_users`: each user holding an application or project role in a tenant, with how many.
 * Loading a tenant of a quarter of a million users gathered them from a million grant rows with a
 * union that cost the database most of a second; read along this table's key it costs a third of
 * that and arrives sorted. Triggers on both grant tables keep the counts, so every write of a
 * grant, whatever code makes it, moves them in the same transaction. A rebuilt grant table (SQLite
 * copies a table to alter it) must recreate its triggers.
 */
const GRANT_TABLES = ['application_grants', 'project_grants'] as const;

const BACKFILL = `INSERT INTO "tenant_users" ("tenant_id", "user_id", "grants")
  SELECT "tenant_id", "principal_id", count(*) FROM (
    SELECT "tenant_id", "principal_id" FROM "application_grants" WHERE "kind" = 'user'
    UNION ALL
    SELECT "tenant_id", "principal_id" FROM "project_grants" WHERE "kind" = 'user'
  ) AS "holders" GROUP BY "tenant_id", "principal_id"`;

/**
 * Application grants are read grouped by (role, kind) with their holders sorted: an index in that
 * order spares PostgreSQL a sort of every grant of the tenant.
 */
const APPLICATION_GRANTS_BY_KEY = 'CREATE INDEX "idx_application_grants_tenant_key" ON "application_grants" ("tenant_id", "role", "kind", "principal_id")';

const POSTGRES_UP = [
  APPLICATION_GRANTS_BY_KEY,
  'CREATE TABLE "tenant_users" ("tenant_id" character varying(64) NOT NULL, "user_id" character varying(200) NOT NULL, "grants" integer NOT NULL, CONSTRAINT "PK_c31836bba2a963168270fd8e475" PRIMARY KEY ("tenant_id", "user_id"))',
  BACKFILL,
  // Statement-level triggers see every row a statement changed at once (transition tables), so a
  // bulk invitation of ten thousand moves the counts with one statement, not ten thousand.
  `CREATE FUNCTION "tenant_users_follow_grants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE "tenant_users" AS t SET "grants" = t."grants" - r."count"
      FROM (SELECT "tenant_id", "principal_id", count(*) AS "count" FROM "removed" WHERE "kind" = 'user' GROUP BY "tenant_id", "principal_id") AS r
      WHERE t."tenant_id" = r."tenant_id" AND t."user_id" = r."principal_id";
    DELETE FROM "tenant_users" AS t USING (SELECT DISTINCT "tenant_id", "principal_id" FROM "removed" WHERE "kind" = 'user') AS r
      WHERE t."tenant_id" = r."tenant_id" AND t."user_id" = r."principal_id" AND t."grants" <= 0;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "tenant_users" ("tenant_id", "user_id", "grants")
      SELECT "tenant_id", "principal_id", count(*) FROM "added" WHERE "kind" = 'user' GROUP BY "tenant_id", "principal_id"
      ON CONFLICT ("tenant_id", "user_id") DO UPDATE SET "grants" = "tenant_users"."grants" + EXCLUDED."grants";
  END IF;
  RETURN NULL;
END
$$`,
  ...GRANT_TABLES.flatMap((table) => [
    `CREATE TRIGGER "trg_${table}_tenant_users_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "tenant_users_follow_grants"()`,
    `CREATE TRIGGER "trg_${table}_tenant_users_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "tenant_users_follow_grants"()`,
    `CREATE TRIGGER "trg_${table}_tenant_users_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS "removed" NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "tenant_users_follow_grants"()`,
  ]),
];

const TRIGGER_CHANGES = ['insert', 'delete', 'update'] as const;

const POSTGRES_DOWN = [
  ...GRANT_TABLES.flatMap((table) => TRIGGER_CHANGES.map((change) => `DROP TRIGGER "trg_${table}_tenant_users_${change}" ON "${table}"`)),
  'DROP FUNCTION "tenant_users_follow_grants"()',
  'DROP TABLE "tenant_users"',
  'DROP INDEX "idx_application_grants_tenant_key"',
];

/** SQLite has row-level triggers only, and no shared function: each grant table gets one per kind of change. */
const sqliteRemoved = (row: 'OLD') => `
  UPDATE "tenant_users" SET "grants" = "grants" - 1 WHERE ${row}."kind" = 'user' AND "tenant_id" = ${row}."tenant_id" AND "user_id" = ${row}."principal_id";
  DELETE FROM "tenant_users" WHERE ${row}."kind" = 'user' AND "tenant_id" = ${row}."tenant_id" AND "user_id" = ${row}."principal_id" AND "grants" <= 0;`;
const sqliteAdded = (row: 'NEW') => `
  INSERT INTO "tenant_users" ("tenant_id", "user_id", "grants") SELECT ${row}."tenant_id", ${row}."principal_id", 1 WHERE ${row}."kind" = 'user'
    ON CONFLICT ("tenant_id", "user_id") DO UPDATE SET "grants" = "grants" + 1;`;

const SQLITE_UP = [
  APPLICATION_GRANTS_BY_KEY,
  'CREATE TABLE "tenant_users" ("tenant_id" varchar(64) NOT NULL, "user_id" varchar(200) NOT NULL, "grants" integer NOT NULL, PRIMARY KEY ("tenant_id", "user_id"))',
  BACKFILL,
  ...GRANT_TABLES.flatMap((table) => [
    `CREATE TRIGGER "trg_${table}_tenant_users_insert" AFTER INSERT ON "${table}" BEGIN${sqliteAdded('NEW')}
END`,
    `CREATE TRIGGER "trg_${table}_tenant_users_delete" AFTER DELETE ON "${table}" BEGIN${sqliteRemoved('OLD')}
END`,
    `CREATE TRIGGER "trg_${table}_tenant_users_update" AFTER UPDATE ON "${table}" BEGIN${sqliteRemoved('OLD')}${sqliteAdded('NEW')}
END`,
  ]),
];

const SQLITE_DOWN = [
  ...GRANT_TABLES.flatMap((table) => TRIGGER_CHANGES.map((change) => `DROP TRIGGER "trg_${table}_tenant_users_${change}"`)),
  'DROP TABLE "tenant_users"',
  'DROP INDEX "idx_application_grants_tenant_key"',
];

export class TenantUsers1795900000000 implements MigrationInterface {
  name = 'TenantUsers1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({ queryRunner, postgres: POSTGRES_UP, sqlite: SQLITE_UP });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({ queryRunner, postgres: POSTGRES_DOWN, sqlite: SQLITE_DOWN });
  }
}
