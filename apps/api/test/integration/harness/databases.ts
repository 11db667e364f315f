import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type DatabaseName = 'sqlite' | 'postgres';

export interface TestDatabase {
  name: DatabaseName;
  url: string;
  drop(): Promise<void>;
}

/** The server PostgreSQL test databases are created on: DATABASE_URL's when it is postgres. */
function postgresServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return url;
  return 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function postgresReachable(): Promise<boolean> {
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
 * TEST_DATABASES (default `sqlite,postgres`). An unreachable PostgreSQL fails the run under CI
 * and is skipped with a warning elsewhere.
 */
export async function testDatabaseNames(): Promise<DatabaseName[]> {
  const wanted = (process.env.TEST_DATABASES ?? 'sqlite,postgres')
    .split(',')
    .map((name) => name.trim())
    .filter((name): name is DatabaseName => name === 'sqlite' || name === 'postgres');
  if (!wanted.includes('postgres') || (await postgresReachable())) return wanted;
  if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${postgresServerUrl()} and CI is set`);
  console.warn(`PostgreSQL is not reachable at ${postgresServerUrl()}: skipping the postgres variant`);
  return wanted.filter((name) => name !== 'postgres');
}

export async function createTestDatabase({ name }: { name: DatabaseName }): Promise<TestDatabase> {
  if (name === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'loome-api-'));
    return { name, url: `sqlite:${join(directory, 'test.sqlite')}`, drop: async () => rmSync(directory, { recursive: true, force: true }) };
  }
  const database = `loome_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresServerUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  return {
    name,
    url: withDatabase(postgresServerUrl(), database),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresServerUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.end();
    },
  };
}
