import type { QueryRunner } from 'typeorm';

/** Runs a migration's statements for the database it runs on: the two dialects differ in DDL. */
export async function runDialectQueries({
  queryRunner,
  postgres,
  sqlite,
}: {
  queryRunner: QueryRunner;
  postgres: readonly string[];
  sqlite: readonly string[];
}): Promise<void> {
  for (const query of queryRunner.connection.options.type === 'postgres' ? postgres : sqlite) await queryRunner.query(query);
}
