import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

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

/** Runs statements on the server's maintenance database (CREATE/DROP DATABASE). */
async function onServer(statements: string[]): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url: postgresServerUrl(), connectTimeoutMS: 2000, extra: { max: 1 } });
  await admin.initialize();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.destroy();
  }
}

async function postgresReachable(): Promise<boolean> {
  try {
    await onServer(['SELECT 1']);
    return true;
  } catch {
    return false;
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
    return { name, url: `sqlite:${join(directory, 'test.sqlite')}`, drop: () => Promise.resolve(rmSync(directory, { recursive: true, force: true })) };
  }
  const database = `loome_test_${randomBytes(6).toString('hex')}`;
  // A test database is dropped after its file: waiting for each commit to reach the disk buys nothing
  // there. Isolation, locks and what a commit makes visible are the same either way.
  await onServer([`CREATE DATABASE "${database}"`, `ALTER DATABASE "${database}" SET synchronous_commit = off`]);
  return {
    name,
    url: withDatabase(postgresServerUrl(), database),
    drop: () => onServer([`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`]),
  };
}
