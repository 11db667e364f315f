import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectQueries } from './dialect-queries.js';

/**
 * Issue 17: Remote Access shows when each key was last used. Written beside the request at most
 * about once a minute per key and process, so a busy key does not write on every call.
 */
export class ApiKeyLastUse1796600000000 implements MigrationInterface {
  name = 'ApiKeyLastUse1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: ['ALTER TABLE "api_keys" ADD "last_used_at" character varying(40)'],
      sqlite: ['ALTER TABLE "api_keys" ADD COLUMN "last_used_at" varchar(40)'],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: ['ALTER TABLE "api_keys" DROP COLUMN "last_used_at"'],
      sqlite: ['ALTER TABLE "api_keys" DROP COLUMN "last_used_at"'],
    });
  }
}
