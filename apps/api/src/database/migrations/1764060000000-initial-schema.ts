import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema. Each database gets its own dialect; both match the entities exactly. */
const POSTGRES_UP = [
  'CREATE TABLE "sessions" ("token_hash" character varying(64) NOT NULL, "user_id" character varying(64) NOT NULL, "created_at" character varying(40) NOT NULL, "expires_at" character varying(40) NOT NULL, CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash"))',
  'CREATE TABLE "api_keys" ("id" character varying(64) NOT NULL, "tenant_id" character varying(64) NOT NULL, "description" character varying(500) NOT NULL, "secret_hash" character varying(64) NOT NULL, "created_at" character varying(40) NOT NULL, "expires_at" character varying(40), "allowed_ips" text NOT NULL, "deleted_at" character varying(40), CONSTRAINT "UQ_fef9aa4a1cf4f8c063ac5d75f2e" UNIQUE ("secret_hash"), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
  'CREATE INDEX "idx_api_keys_tenant" ON "api_keys"  ("tenant_id")',
  'CREATE TABLE "audit_events" ("seq" SERIAL NOT NULL, "tenant_id" character varying(64) NOT NULL, "at" character varying(40) NOT NULL, "actor" text NOT NULL, "action" character varying(80) NOT NULL, "target" character varying(400) NOT NULL, "before" text, "after" text, CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq"))',
  'CREATE INDEX "idx_audit_events_tenant_seq" ON "audit_events"  ("tenant_id", "seq")',
  'CREATE TABLE "departments" ("id" character varying(64) NOT NULL, "tenant_id" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "member_user_ids" text NOT NULL, CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))',
  'CREATE INDEX "idx_departments_tenant" ON "departments"  ("tenant_id")',
  'CREATE TABLE "legacy_grants" ("tenant_id" character varying(64) NOT NULL, "user_id" character varying(64) NOT NULL, "role" character varying(40) NOT NULL, "granted_at" character varying(40) NOT NULL, CONSTRAINT "PK_2f02929e2b6e8cfd05ad0e69d23" PRIMARY KEY ("tenant_id", "user_id", "role"))',
  'CREATE TABLE "outbox_mail" ("seq" SERIAL NOT NULL, "tenant_id" character varying(64) NOT NULL, "to_address" character varying(320) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "created_at" character varying(40) NOT NULL, "sent_at" character varying(40), CONSTRAINT "PK_868ca4b32896a4d35234f5fb8ef" PRIMARY KEY ("seq"))',
  'CREATE TABLE "communication_rules" ("id" character varying(64) NOT NULL, "tenant_id" character varying(64) NOT NULL, "project_id" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "recipient_user_ids" text NOT NULL, CONSTRAINT "PK_0d6d6e1d4c1d95268f006885e21" PRIMARY KEY ("id"))',
  'CREATE INDEX "idx_communication_rules_tenant" ON "communication_rules"  ("tenant_id")',
  'CREATE TABLE "records" ("id" character varying(64) NOT NULL, "tenant_id" character varying(64) NOT NULL, "project_id" character varying(64) NOT NULL, "assignee_user_id" character varying(64), CONSTRAINT "PK_188149422ee2454660abf1d5ee5" PRIMARY KEY ("id"))',
  'CREATE INDEX "idx_records_tenant" ON "records"  ("tenant_id")',
  'CREATE TABLE "directory_groups" ("organization_id" character varying(64) NOT NULL, "id" character varying(200) NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(320), "member_emails" text NOT NULL, CONSTRAINT "PK_ad8f3ac11daa5be93c0cf9d8bd1" PRIMARY KEY ("organization_id", "id"))',
  'CREATE TABLE "directory_users" ("organization_id" character varying(64) NOT NULL, "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "guest" boolean NOT NULL, CONSTRAINT "PK_fdadf42c16f9cdc05dcd374da40" PRIMARY KEY ("organization_id", "email"))',
  'CREATE TABLE "organizations" ("id" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "user_lookup" boolean NOT NULL, "group_lookup" boolean NOT NULL, CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
  'CREATE TABLE "project_grants" ("project_id" character varying(64) NOT NULL, "role" character varying(40) NOT NULL, "principal_id" character varying(200) NOT NULL, "tenant_id" character varying(64) NOT NULL, "kind" character varying(10) NOT NULL, "granted_at" character varying(40) NOT NULL, CONSTRAINT "PK_1c58ae8cb249c2733222f6cce23" PRIMARY KEY ("project_id", "role", "principal_id"))',
  'CREATE INDEX "idx_project_grants_tenant" ON "project_grants"  ("tenant_id")',
  'CREATE TABLE "projects" ("id" character varying(64) NOT NULL, "tenant_id" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "department_id" character varying(64), "created_at" character varying(40) NOT NULL, CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))',
  'CREATE INDEX "idx_projects_tenant" ON "projects"  ("tenant_id")',
  'CREATE TABLE "application_grants" ("tenant_id" character varying(64) NOT NULL, "role" character varying(40) NOT NULL, "principal_id" character varying(200) NOT NULL, "kind" character varying(10) NOT NULL, "granted_at" character varying(40) NOT NULL, CONSTRAINT "PK_c0765b455d4de7d3de7cb4e5650" PRIMARY KEY ("tenant_id", "role", "principal_id"))',
  'CREATE INDEX "idx_application_grants_principal" ON "application_grants"  ("principal_id")',
  'CREATE TABLE "tenants" ("id" character varying(64) NOT NULL, "product_id" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "organization_id" character varying(64) NOT NULL, "role_model" character varying(10) NOT NULL, "settings" text NOT NULL, "created_at" character varying(40) NOT NULL, CONSTRAINT "PK_53be67a04681c66b87ee27c9321" PRIMARY KEY ("id"))',
  'CREATE TABLE "users" ("id" character varying(64) NOT NULL, "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "first_signed_in_at" character varying(40), "created_at" character varying(40) NOT NULL, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
];

const POSTGRES_DOWN = [
  'DROP TABLE "users"',
  'DROP TABLE "tenants"',
  'DROP INDEX "public"."idx_application_grants_principal"',
  'DROP TABLE "application_grants"',
  'DROP INDEX "public"."idx_projects_tenant"',
  'DROP TABLE "projects"',
  'DROP INDEX "public"."idx_project_grants_tenant"',
  'DROP TABLE "project_grants"',
  'DROP TABLE "organizations"',
  'DROP TABLE "directory_users"',
  'DROP TABLE "directory_groups"',
  'DROP INDEX "public"."idx_records_tenant"',
  'DROP TABLE "records"',
  'DROP INDEX "public"."idx_communication_rules_tenant"',
  'DROP TABLE "communication_rules"',
  'DROP TABLE "outbox_mail"',
  'DROP TABLE "legacy_grants"',
  'DROP INDEX "public"."idx_departments_tenant"',
  'DROP TABLE "departments"',
  'DROP INDEX "public"."idx_audit_events_tenant_seq"',
  'DROP TABLE "audit_events"',
  'DROP INDEX "public"."idx_api_keys_tenant"',
  'DROP TABLE "api_keys"',
  'DROP TABLE "sessions"',
];

const SQLITE_UP = [
  'CREATE TABLE "sessions" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" varchar(64) NOT NULL, "created_at" varchar(40) NOT NULL, "expires_at" varchar(40) NOT NULL)',
  'CREATE TABLE "api_keys" ("id" varchar(64) PRIMARY KEY NOT NULL, "tenant_id" varchar(64) NOT NULL, "description" varchar(500) NOT NULL, "secret_hash" varchar(64) NOT NULL, "created_at" varchar(40) NOT NULL, "expires_at" varchar(40), "allowed_ips" text NOT NULL, "deleted_at" varchar(40), CONSTRAINT "UQ_fef9aa4a1cf4f8c063ac5d75f2e" UNIQUE ("secret_hash"))',
  'CREATE INDEX "idx_api_keys_tenant" ON "api_keys" ("tenant_id")',
  'CREATE TABLE "audit_events" ("seq" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "tenant_id" varchar(64) NOT NULL, "at" varchar(40) NOT NULL, "actor" text NOT NULL, "action" varchar(80) NOT NULL, "target" varchar(400) NOT NULL, "before" text, "after" text)',
  'CREATE INDEX "idx_audit_events_tenant_seq" ON "audit_events" ("tenant_id", "seq")',
  'CREATE TABLE "departments" ("id" varchar(64) PRIMARY KEY NOT NULL, "tenant_id" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "member_user_ids" text NOT NULL)',
  'CREATE INDEX "idx_departments_tenant" ON "departments" ("tenant_id")',
  'CREATE TABLE "legacy_grants" ("tenant_id" varchar(64) NOT NULL, "user_id" varchar(64) NOT NULL, "role" varchar(40) NOT NULL, "granted_at" varchar(40) NOT NULL, PRIMARY KEY ("tenant_id", "user_id", "role"))',
  'CREATE TABLE "outbox_mail" ("seq" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "tenant_id" varchar(64) NOT NULL, "to_address" varchar(320) NOT NULL, "subject" varchar(300) NOT NULL, "text" text NOT NULL, "created_at" varchar(40) NOT NULL, "sent_at" varchar(40))',
  'CREATE TABLE "communication_rules" ("id" varchar(64) PRIMARY KEY NOT NULL, "tenant_id" varchar(64) NOT NULL, "project_id" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "recipient_user_ids" text NOT NULL)',
  'CREATE INDEX "idx_communication_rules_tenant" ON "communication_rules" ("tenant_id")',
  'CREATE TABLE "records" ("id" varchar(64) PRIMARY KEY NOT NULL, "tenant_id" varchar(64) NOT NULL, "project_id" varchar(64) NOT NULL, "assignee_user_id" varchar(64))',
  'CREATE INDEX "idx_records_tenant" ON "records" ("tenant_id")',
  'CREATE TABLE "directory_groups" ("organization_id" varchar(64) NOT NULL, "id" varchar(200) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(320), "member_emails" text NOT NULL, PRIMARY KEY ("organization_id", "id"))',
  'CREATE TABLE "directory_users" ("organization_id" varchar(64) NOT NULL, "email" varchar(320) NOT NULL, "name" varchar(200) NOT NULL, "guest" boolean NOT NULL, PRIMARY KEY ("organization_id", "email"))',
  'CREATE TABLE "organizations" ("id" varchar(64) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "user_lookup" boolean NOT NULL, "group_lookup" boolean NOT NULL)',
  'CREATE TABLE "project_grants" ("project_id" varchar(64) NOT NULL, "role" varchar(40) NOT NULL, "principal_id" varchar(200) NOT NULL, "tenant_id" varchar(64) NOT NULL, "kind" varchar(10) NOT NULL, "granted_at" varchar(40) NOT NULL, PRIMARY KEY ("project_id", "role", "principal_id"))',
  'CREATE INDEX "idx_project_grants_tenant" ON "project_grants" ("tenant_id")',
  'CREATE TABLE "projects" ("id" varchar(64) PRIMARY KEY NOT NULL, "tenant_id" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "department_id" varchar(64), "created_at" varchar(40) NOT NULL)',
  'CREATE INDEX "idx_projects_tenant" ON "projects" ("tenant_id")',
  'CREATE TABLE "application_grants" ("tenant_id" varchar(64) NOT NULL, "role" varchar(40) NOT NULL, "principal_id" varchar(200) NOT NULL, "kind" varchar(10) NOT NULL, "granted_at" varchar(40) NOT NULL, PRIMARY KEY ("tenant_id", "role", "principal_id"))',
  'CREATE INDEX "idx_application_grants_principal" ON "application_grants" ("principal_id")',
  'CREATE TABLE "tenants" ("id" varchar(64) PRIMARY KEY NOT NULL, "product_id" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "organization_id" varchar(64) NOT NULL, "role_model" varchar(10) NOT NULL, "settings" text NOT NULL, "created_at" varchar(40) NOT NULL)',
  'CREATE TABLE "users" ("id" varchar(64) PRIMARY KEY NOT NULL, "email" varchar(320) NOT NULL, "name" varchar(200) NOT NULL, "first_signed_in_at" varchar(40), "created_at" varchar(40) NOT NULL, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))',
];

const SQLITE_DOWN = [
  'DROP TABLE "users"',
  'DROP TABLE "tenants"',
  'DROP INDEX "idx_application_grants_principal"',
  'DROP TABLE "application_grants"',
  'DROP INDEX "idx_projects_tenant"',
  'DROP TABLE "projects"',
  'DROP INDEX "idx_project_grants_tenant"',
  'DROP TABLE "project_grants"',
  'DROP TABLE "organizations"',
  'DROP TABLE "directory_users"',
  'DROP TABLE "directory_groups"',
  'DROP INDEX "idx_records_tenant"',
  'DROP TABLE "records"',
  'DROP INDEX "idx_communication_rules_tenant"',
  'DROP TABLE "communication_rules"',
  'DROP TABLE "outbox_mail"',
  'DROP TABLE "legacy_grants"',
  'DROP INDEX "idx_departments_tenant"',
  'DROP TABLE "departments"',
  'DROP INDEX "idx_audit_events_tenant_seq"',
  'DROP TABLE "audit_events"',
  'DROP INDEX "idx_api_keys_tenant"',
  'DROP TABLE "api_keys"',
  'DROP TABLE "sessions"',
];

export class InitialSchema1764060000000 implements MigrationInterface {
  name = 'InitialSchema1764060000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const query of isPostgres(queryRunner) ? POSTGRES_UP : SQLITE_UP) await queryRunner.query(query);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const query of isPostgres(queryRunner) ? POSTGRES_DOWN : SQLITE_DOWN) await queryRunner.query(query);
  }
}

function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type === 'postgres';
}
