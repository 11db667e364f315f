import Database from 'better-sqlite3';
import pg from 'pg';
import type { TestDatabase } from '../../harness/databases.js';

export type Row = Record<string, unknown>;

/**
 * A second connection to the API's test database, beside the app's own: for what the HTTP API
 * cannot show (every row of every table) or offer (a failure injected by a trigger).
 */
export interface DirectSql {
  query(sql: string): Promise<Row[]>;
  exec(sql: string): Promise<void>;
  tableNames(): Promise<string[]>;
  /** A trigger that makes inserting `value` into `table.column` fail, until `removeFailure`. */
  failInsertsOf(options: { table: string; column: string; value: string }): Promise<void>;
  removeFailure(options: { table: string }): Promise<void>;
  close(): Promise<void>;
}

const TRIGGER_PREFIX = 'robustness_fail_on_';

export async function openDirectSql({ database }: { database: TestDatabase }): Promise<DirectSql> {
  return database.name === 'postgres' ? openPostgres({ url: database.url }) : openSqlite({ url: database.url });
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

async function openPostgres({ url }: { url: string }): Promise<DirectSql> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const query = async (sql: string) => (await client.query(sql)).rows as Row[];
  return {
    query,
    exec: async (sql) => void (await client.query(sql)),
    tableNames: async () =>
      (await query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)).map(
        (row) => String(row.table_name),
      ),
    failInsertsOf: async ({ table, column, value }) => {
      await client.query(
        `CREATE OR REPLACE FUNCTION ${TRIGGER_PREFIX}${table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`,
      );
      await client.query(
        `CREATE TRIGGER ${TRIGGER_PREFIX}${table} BEFORE INSERT ON "${table}" FOR EACH ROW WHEN (NEW."${column}" = ${quoteLiteral(value)}) EXECUTE FUNCTION ${TRIGGER_PREFIX}${table}()`,
      );
    },
    removeFailure: async ({ table }) => {
      await client.query(`DROP TRIGGER IF EXISTS ${TRIGGER_PREFIX}${table} ON "${table}"`);
    },
    close: () => client.end(),
  };
}

async function openSqlite({ url }: { url: string }): Promise<DirectSql> {
  const db = new Database(url.replace(/^sqlite:/, ''));
  db.pragma('busy_timeout = 5000');
  return {
    query: async (sql) => db.prepare(sql).all() as Row[],
    exec: async (sql) => void db.exec(sql),
    tableNames: async () =>
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1`).all() as Row[]).map((row) =>
        String(row.name),
      ),
    failInsertsOf: async ({ table, column, value }) => {
      db.exec(
        `CREATE TRIGGER ${TRIGGER_PREFIX}${table} BEFORE INSERT ON "${table}" WHEN NEW."${column}" = ${quoteLiteral(value)} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
      );
    },
    removeFailure: async ({ table }) => {
      db.exec(`DROP TRIGGER IF EXISTS ${TRIGGER_PREFIX}${table}`);
    },
    close: async () => void db.close(),
  };
}
