import { afterAll, beforeAll } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../../src/database/data-source.js';
import { createTestDatabase, type DatabaseName, type TestDatabase } from './databases.js';

/**
 * A fresh database of `name` with every migration run, open for the suite it is called in (for
 * tests of the code that touches TypeORM, without booting the API). `get()` answers its data source.
 */
export function useMigratedDatabase({ name }: { name: DatabaseName }): () => DataSource {
  let database: TestDatabase | undefined;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    database = await createTestDatabase({ name });
    dataSource = createDataSource({ databaseUrl: database.url });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  return () => {
    if (!dataSource) throw new Error('The database is not open yet');
    return dataSource;
  };
}
