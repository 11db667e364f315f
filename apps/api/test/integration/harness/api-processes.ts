import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiProcesses } from '../../../scripts/api-processes.mjs';
import type { BootedApi } from './boot-api.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { Scenario } from './scenario.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const OUTPUT_KEPT = 200;

export interface ApiProcessesUnderTest {
  database: TestDatabase;
  urls: readonly string[];
  platformToken: string;
  /** The usual test steps, spoken to process `index` (0-based). */
  scenarioOn(index: number): Scenario;
  restart(index: number): Promise<void>;
  /** The processes' last output lines, for a failure message. */
  output(): string;
  close(): Promise<void>;
}

/**
 * The API's test task builds only its dependencies, and these tests run the built API: turbo
 * builds it when dist is missing or older than its sources, and replays its cache otherwise.
 */
export function buildApi(): void {
  execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--filter=@loome/api...', '--output-logs=errors-only'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** `count` processes of the built API with dev sign-in (unless `env` says otherwise) on one fresh PostgreSQL database. */
export async function startApiProcessesOnPostgres({ count, env = {} }: { count: number; env?: Record<string, string> }): Promise<ApiProcessesUnderTest> {
  buildApi();
  const database = await createTestDatabase({ name: 'postgres' });
  const platformToken = `platform-${randomBytes(16).toString('hex')}`;
  const lines: string[] = [];
  try {
    const processes = await startApiProcesses({
      count,
      env: { DATABASE_URL: database.url, AUTH_MODE: 'dev', PLATFORM_ADMIN_TOKEN: platformToken, DEMO_DATA: '', SMTP_URL: '', NODE_ENV: 'test', ...env },
      log: (line) => {
        lines.push(line);
        if (lines.length > OUTPUT_KEPT) lines.shift();
      },
    });
    // Scenario speaks HTTP only: the address and the platform token are all of BootedApi it reads.
    const scenarios = processes.urls.map((baseUrl) => new Scenario({ baseUrl, platformToken } as BootedApi));
    return {
      database,
      urls: processes.urls,
      platformToken,
      scenarioOn: (index) => {
        const scenario = scenarios[index];
        if (!scenario) throw new Error(`No API process ${index}`);
        return scenario;
      },
      restart: (index) => processes.restart(index),
      output: () => lines.join('\n'),
      close: async () => {
        await processes.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
