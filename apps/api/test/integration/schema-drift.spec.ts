import { describe, expect, it } from 'vitest';
import { createDataSource } from '../../src/database/data-source.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { createTestDatabase, testDatabaseNames } from './harness/databases.js';

const databases = await testDatabaseNames();

describe('migrations', () => {
  for (const name of databases) {
    it(`generating a migration from the entities after the migrations ran yields nothing, and undoing every migration leaves no table [${name}]`, async () => {
      const database = await createTestDatabase({ name });
      const dataSource = createDataSource({ databaseUrl: database.url });
      try {
        await dataSource.initialize();
        await dataSource.runMigrations();
        const pending = await dataSource.driver.createSchemaBuilder().log();
        expect(pending.upQueries.map((query) => query.query)).toEqual([]);
        // undoLastMigration undoes one migration per call, newest first.
        for (let undone = 0; undone < MIGRATIONS.length; undone++) await dataSource.undoLastMigration();
        const tables: unknown[] = await dataSource.query(
          name === 'postgres'
            ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')",
        );
        expect(tables).toEqual([]);
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
        await database.drop();
      }
    });
  }
});
