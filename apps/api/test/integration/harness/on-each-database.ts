import { afterAll, beforeAll, describe } from 'vitest';
import type { AppConfig } from '../../../src/config/app-config.js';
import { bootApi, type BootedApi } from './boot-api.js';
import { testDatabaseNames } from './databases.js';
import { Scenario } from './scenario.js';

const databases = await testDatabaseNames();

/**
 * Runs a suite once per database in TEST_DATABASES, each against its own booted API.
 * `get()` answers the scenario of the database being run.
 */
export function describeOnEachDatabase(name: string, suite: (get: () => Scenario) => void, options: { config?: Partial<AppConfig> } = {}) {
  for (const database of databases) {
    describe(`${name} [${database}]`, () => {
      let api: BootedApi | undefined;
      let scenario: Scenario | undefined;
      beforeAll(async () => {
        api = await bootApi({ database, config: options.config });
        scenario = new Scenario(api);
      });
      afterAll(async () => {
        await api?.close();
      });
      suite(() => {
        if (!scenario) throw new Error('The API has not booted');
        return scenario;
      });
    });
  }
}
