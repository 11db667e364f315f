import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';

const documentFile = fileURLToPath(new URL('../openapi.json', import.meta.url));
const redocly = fileURLToPath(new URL('../node_modules/.bin/redocly', import.meta.url));
const document = JSON.parse(readFileSync(documentFile, 'utf8')) as Record<string, unknown>;

interface RedoclyProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
}

describe('the OpenAPI document (the committed one, which the API test keeps equal to the served one)', () => {
  it('passes swagger-parser validation', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('passes redocly lint with the recommended rules: no error, no warning', async () => {
    // Offline and quiet: no telemetry, no update check.
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
    const { stdout } = await promisify(execFile)(redocly, ['lint', documentFile, '--extends=recommended', '--format=json'], { env }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const { problems } = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { problems: RedoclyProblem[] };
    expect(problems.map(({ ruleId, severity, message }) => `${severity} ${ruleId}: ${message}`)).toEqual([]);
  }, 120_000);

  it('declares for every operation a typed success answer and problems for 4xx and 503', () => {
    const operations = Object.values(document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>).flatMap((methods) =>
      Object.values(methods),
    );
    expect(operations.length).toBeGreaterThan(45);
    for (const { responses } of operations) {
      const success = Object.keys(responses).filter((status) => status.startsWith('2'));
      expect(success).toHaveLength(1);
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(['400', '503']));
    }
  });
});
