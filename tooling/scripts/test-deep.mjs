/**
 * `pnpm test:deep`: the model-based test at depth (issue 16). SQLite and PostgreSQL run side by side
 * in two processes (the machine's two cores), each playing MODEL_RUNS sequences (default 10,000) from
 * the same seed; then the traces of the two are compared, as the one-process run compares them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('../../apps/api/', import.meta.url));
const traceDir = mkdtempSync(join(tmpdir(), 'loome-model-traces-'));
const runs = process.env.MODEL_RUNS ?? '10000';
const started = Date.now();

function runOn(database) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', 'test/integration/model-based/model-based.spec.ts'], {
      cwd: apiDir,
      env: { ...process.env, TEST_DATABASES: database, MODEL_RUNS: runs, MODEL_TRACE_DIR: traceDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const figures = [];
    // A failing sequence is printed whole (its replay test ends with `});`): the run takes hours, and it is what to fix.
    let inReplay = false;
    const keep = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        const plain = stripVTControlCharacters(line);
        if (/^model (sqlite|postgres) /.test(plain) && !figures.includes(plain)) figures.push(plain);
        if (inReplay || /FAIL|failing sequence|paste into/.test(plain)) console.log(`[${database}] ${plain}`);
        if (/paste into/.test(plain)) inReplay = true;
        else if (plain === '});') inReplay = false;
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => resolve({ database, code, figures }));
  });
}

const results = await Promise.all([runOn('sqlite'), runOn('postgres')]);
for (const result of results) for (const line of result.figures) console.log(line);

const traces = Object.fromEntries(readdirSync(traceDir).map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(traceDir, file), 'utf8'))]));
let disagreements = 0;
for (const product of ['integrate', 'assist', 'monitor']) {
  const sqlite = traces[`sqlite-${product}`];
  const postgres = traces[`postgres-${product}`];
  if (!sqlite || !postgres) continue;
  const differing = sqlite.filter((trace, index) => trace !== postgres[index]).length + Math.abs(sqlite.length - postgres.length);
  disagreements += differing;
  console.log(`${product}: ${sqlite.length} sequences compared between SQLite and PostgreSQL, ${differing} answered differently`);
}
rmSync(traceDir, { recursive: true, force: true });

const failed = results.filter((result) => result.code !== 0).map((result) => result.database);
console.log(
  `test:deep: ${results.flatMap((result) => result.figures).length} figure lines, failed on: ${failed.join(', ') || 'none'}, SQLite–PostgreSQL disagreements: ${disagreements}, ${Math.round((Date.now() - started) / 60_000)} min`,
);
process.exitCode = failed.length > 0 || disagreements > 0 ? 1 : 0;
