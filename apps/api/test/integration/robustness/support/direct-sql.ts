import { DataSource } from 'typeorm';
import type { TestDatabase } from '../../harness/databases.js';

export type Row = Record<string, unknown>;

/**
 * A second connection to the API's test database, beside the app's own: for what the HTTP API
 * cannot show (every row of every table) or offer (a failure injected by a trigger).
 */
export interface DirectSql {
  query(sql: string): Promise<Row[]>;
  tableNames(): Promise<string[]>;
  /** A trigger that makes inserting `value` into `table.column` fail, until `removeFailure`. */
  failInsertsOf(options: { table: string; column: string; value: string }): Promise<void>;
  removeFailure(options: { table: string }): Promise<void>;
  close(): Promise<void>;
}

const TRIGGER_PREFIX = 'robustness_fail_on_';

/** Statements that differ between the two databases. */
const DIALECTS = {
  postgres: {
    tableNames: `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    failInserts: ({ table, column, literal }: { table: string; column: string; literal: string }) => [
      `CREATE OR REPLACE FUNCTION ${TRIGGER_PREFIX}${table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`,
      `CREATE TRIGGER ${TRIGGER_PREFIX}${table} BEFORE INSERT ON "${table}" FOR EACH ROW WHEN (NEW."${column}" = ${literal}) EXECUTE FUNCTION ${TRIGGER_PREFIX}${table}()`,
    ],
    dropTrigger: (table: string) => `DROP TRIGGER IF EXISTS ${TRIGGER_PREFIX}${table} ON "${table}"`,
  },
  sqlite: {
    tableNames: `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1`,
    failInserts: ({ table, column, literal }: { table: string; column: string; literal: string }) => [
      `CREATE TRIGGER ${TRIGGER_PREFIX}${table} BEFORE INSERT ON "${table}" WHEN NEW."${column}" = ${literal} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    ],
    dropTrigger: (table: string) => `DROP TRIGGER IF EXISTS ${TRIGGER_PREFIX}${table}`,
  },
} as const;

export async function openDirectSql({ database }: { database: TestDatabase }): Promise<DirectSql> {
  const dataSource =
    database.name === 'postgres'
      ? new DataSource({ type: 'postgres', url: database.url, extra: { max: 1 } })
      : new DataSource({ type: 'better-sqlite3', database: database.url.replace(/^sqlite:/, ''), timeout: 5000 });
  await dataSource.initialize();
  const dialect = DIALECTS[database.name];
  const query = (sql: string) => dataSource.query<Row[]>(sql);
  return {
    query,
    tableNames: async () => (await query(dialect.tableNames)).map((row) => String(row.name)),
    failInsertsOf: async ({ table, column, value }) => {
      const literal = `'${value.replaceAll("'", "''")}'`;
      for (const statement of dialect.failInserts({ table, column, literal })) await query(statement);
    },
    removeFailure: async ({ table }) => void (await query(dialect.dropTrigger(table))),
    close: () => dataSource.destroy(),
  };
}
