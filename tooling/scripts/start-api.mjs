// `pnpm start:api [--processes N]`: the built API; N > 1 runs N processes on one PostgreSQL database.
import { isPostgresUrl, startApiProcesses } from '../../apps/api/scripts/api-processes.mjs';

const USAGE = 'usage: pnpm start:api [--processes N]   (N > 1 needs DATABASE_URL=postgres://…)';

function fail(message) {
  console.error(message);
  process.exit(2);
}

function processesWanted(args) {
  let value = '1';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--processes') value = args[++i];
    else if (arg.startsWith('--processes=')) value = arg.slice('--processes='.length);
    else fail(`unknown argument ${arg}\n${USAGE}`);
  }
  const count = Number(value);
  if (!/^\d+$/.test(value ?? '') || count < 1) fail(`--processes takes a whole number of at least 1, not ${value}\n${USAGE}`);
  return count;
}

const count = processesWanted(process.argv.slice(2));
if (count === 1) {
  // Exactly as before the flag existed: the API in this process, its output unprefixed.
  await import('../../apps/api/dist/main.js');
} else {
  if (!isPostgresUrl(process.env.DATABASE_URL)) {
    fail('--processes needs DATABASE_URL=postgres://…: SQLite is the embedded, single-process default.');
  }
  const basePort = Number(process.env.PORT ?? 3000);
  let stopping = false;
  const api = await startApiProcesses({
    count,
    basePort,
    onExit: ({ index, code, signal }) => {
      console.error(`[api ${index + 1}] stopped (${code ?? signal}); stopping the rest.`);
      void stopAll(1);
    },
  }).catch((error) => fail(error.message));
  async function stopAll(code) {
    if (stopping) return;
    stopping = true;
    await api.stop();
    process.exit(code);
  }
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  console.log(`\nLoome Roles API: ${count} processes on one PostgreSQL database, ports ${basePort}–${basePort + count - 1}:`);
  for (const url of api.urls) console.log(`  ${url.replace('127.0.0.1', 'localhost')}`);
  console.log('Each serves the whole API; put a load balancer in front of them.\n');
}
