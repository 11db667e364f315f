import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectQueries } from './dialect-queries.js';

/**
 * `tenant_invitations`: when each pending user was invited into a tenant and by whom (R3). Users
 * invited before this table existed have no row: their invitation's date and inviter are unknown.
 */
export class TenantInvitations1796400000000 implements MigrationInterface {
  name = 'TenantInvitations1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: [
        'CREATE TABLE "tenant_invitations" ("tenant_id" character varying(64) NOT NULL, "user_id" character varying(64) NOT NULL, "invited_at" character varying(40) NOT NULL, "invited_by_kind" character varying(16), "invited_by_id" character varying(64), CONSTRAINT "PK_a451bd2b6f92a402febc0241440" PRIMARY KEY ("tenant_id", "user_id"))',
      ],
      sqlite: [
        'CREATE TABLE "tenant_invitations" ("tenant_id" varchar(64) NOT NULL, "user_id" varchar(64) NOT NULL, "invited_at" varchar(40) NOT NULL, "invited_by_kind" varchar(16), "invited_by_id" varchar(64), PRIMARY KEY ("tenant_id", "user_id"))',
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "tenant_invitations"');
  }
}
