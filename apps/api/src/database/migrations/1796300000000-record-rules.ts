import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectQueries } from './dialect-queries.js';

/**
 * Contract "Monitor records and rules": a record may belong to one communication rule of its
 * project, whose recipients then see it. No foreign key: a record keeps the id of a deleted rule,
 * which then emails nobody (rule ids are never reused), as the decisions read it.
 */
export class RecordRules1796300000000 implements MigrationInterface {
  name = 'RecordRules1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: ['ALTER TABLE "records" ADD "rule_id" character varying(64)'],
      sqlite: ['ALTER TABLE "records" ADD COLUMN "rule_id" varchar(64)'],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: ['ALTER TABLE "records" DROP COLUMN "rule_id"'],
      sqlite: ['ALTER TABLE "records" DROP COLUMN "rule_id"'],
    });
  }
}
