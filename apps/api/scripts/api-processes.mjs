/**
 * Starts the built API (`apps/api/dist/main.js`) as several processes on one database, each on its
 * own port. Used by `pnpm start:api --processes N`, the multi-process tests and the benchmarks.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const API_ENTRY = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const EXIT_WITH_PARENT = fileURLToPath(new URL('./exit-with-parent.mjs', import.meta.url));
const READY_PATH = '/api/v1/products';
const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 5_000;
const TAIL_LINES = 60;

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url ?? '');
}

/**
 * `count` processes of the built API on `env.DATABASE_URL` (or the environment's), on ports
 * `basePort`, `basePort + 1`, … (or, without `basePort`, on ports the OS reports free). Answers once
 * every process answers HTTP. `log` receives each output line, prefixed `[api N]`; `onExit` hears of a
 * process that ended without `stop` or `restart` asking it to.
 */
export async function startApiProcesses({ count = 1, basePort, env = {}, log = defaultLog, onExit = reportExit } = {}) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, not ${count}`);
  const childEnv = { ...process.env, ...env };
  if (count > 1 && !isPostgresUrl(childEnv.DATABASE_URL)) {
    throw new Error('Several API processes need DATABASE_URL=postgres://…: SQLite is the embedded, single-process default');
  }
  if (!existsSync(API_ENTRY)) throw new Error('The API is not built: run `pnpm turbo run build --filter=@loome/api...` first');
  const ports = basePort ? Array.from({ length: count }, (_, index) => basePort + index) : await freePorts(count);
  const processes = ports.map((port, index) => apiProcess({ index, port, env: childEnv, log, onExit }));
  const killAll = () => processes.forEach((child) => child.kill());
  const stop = async () => {
    process.off('exit', killAll);
    await Promise.all(processes.map((child) => child.stop()));
  };
  process.once('exit', killAll);
  try {
    // Each process migrates its database on start and migrations take no lock: the first one
    // migrates alone (and seeds demo data when asked), the rest find the schema current.
    await processes[0].start();
    await Promise.all(processes.slice(1).map((child) => child.start()));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    urls: processes.map((child) => child.url),
    stop,
    restart: async (index) => {
      const child = processOf(index);
      await child.stop();
      await child.start();
    },
    pid: (index) => processOf(index).pid(),
  };

  function processOf(index) {
    const child = processes[index];
    if (!child) throw new Error(`No API process ${index}: there are ${processes.length} (0-based)`);
    return child;
  }
}

/** One API process on a fixed port that can be stopped and started again. */
function apiProcess({ index, port, env, log, onExit }) {
  const name = `api ${index + 1}`;
  const url = `http://127.0.0.1:${port}`;
  const tail = [];
  let child = null;

  function forward(stream) {
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      log(`[${name}] ${line}`);
    });
  }

  async function start() {
    if (child) throw new Error(`${name} is already running`);
    // Else another server on the port would answer for it.
    if (!(await portIsFree(port))) throw new Error(`${name}: port ${port} is in use`);
    // The IPC channel lets exit-with-parent.mjs end the process when this one dies without stopping it.
    const started = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, API_ENTRY], {
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child = started;
    let serving = false;
    started.once('exit', (code, signal) => {
      if (child !== started) return;
      child = null;
      if (serving) onExit({ index, code, signal });
    });
    forward(started.stdout);
    forward(started.stderr);
    const answered = await waitUntilAnswering({ url, running: () => child === started });
    if (answered) {
      serving = true;
      return;
    }
    const reason =
      child === started ? `did not answer ${url}${READY_PATH} within ${READY_TIMEOUT_MS / 1000} s` : `exited (${started.exitCode ?? started.signalCode})`;
    await stop();
    throw new Error(`${name} ${reason}; its last output:\n${tail.join('\n')}`);
  }

  async function stop() {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, 'exit');
    const timer = setTimeout(() => running.kill('SIGKILL'), STOP_GRACE_MS);
    running.kill('SIGTERM');
    await exited;
    clearTimeout(timer);
  }

  return { url, start, stop, kill: () => child?.kill('SIGTERM'), pid: () => child?.pid };
}

/** Polls the process until it answers HTTP; false once it has exited or the time is up. */
async function waitUntilAnswering({ url, running }) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (running() && Date.now() < deadline) {
    try {
      const response = await fetch(`${url}${READY_PATH}`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** `count` distinct ports nobody listens on right now, chosen by the OS. */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const server = createServer();
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      servers.push(server);
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

function defaultLog(line) {
  process.stdout.write(`${line}\n`);
}

function reportExit({ index, code, signal }) {
  process.stderr.write(`[api ${index + 1}] stopped (${code ?? signal})\n`);
}
