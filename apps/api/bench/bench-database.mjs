import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/** The PostgreSQL server: DATABASE_URL's when it is postgres, else the local default. */
function postgresServerUrl() {
  const url = process.env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : 'postgres://postgres@127.0.0.1:5432/postgres';
}

export async function postgresReachable() {
  const client = new pg.Client({ connectionString: postgresServerUrl(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A throwaway database for one measurement, with a second connection for bulk seeding.
 * `sql.run(text)` executes a statement; `dialect` tells the seeder how to count and pad.
 */
export async function createBenchDatabase({ kind }) {
  if (kind === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'loome-bench-'));
    const path = join(directory, 'bench.sqlite');
    let db;
    const open = () => (db ??= new Database(path, { timeout: 5000 }));
    return {
      kind,
      url: `sqlite:${path}`,
      run: async (text) => void open().exec(text),
      drop: async () => {
        db?.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  const name = `loome_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresServerUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(postgresServerUrl());
  url.pathname = `/${name}`;
  let client;
  const open = async () => {
    if (!client) {
      client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
    }
    return client;
  };
  return {
    kind,
    url: url.toString(),
    run: async (text) => void (await (await open()).query(text)),
    drop: async () => {
      await client?.end();
      const dropper = new pg.Client({ connectionString: postgresServerUrl() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
