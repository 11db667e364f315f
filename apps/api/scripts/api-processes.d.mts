/** Types of api-processes.mjs, for TypeScript callers (tests, benchmarks). */

export interface ApiProcessesOptions {
  /** How many processes; more than one needs a PostgreSQL `DATABASE_URL`. Default 1. */
  count?: number;
  /** Process i listens on `basePort + i`; without it each takes a port the OS reports free. */
  basePort?: number;
  /**
   * Laid over this process's environment for every API process; a key set to `undefined` is left
   * out. `PORT` is set per process. Several processes need `DATABASE_URL` to be PostgreSQL's.
   */
  env?: Record<string, string | undefined>;
  /** Receives every output line of every process, prefixed `[api N] ` (N 1-based). Default: stdout. */
  log?: (line: string) => void;
  /** Called when a serving process ends without `stop` or `restart` asking it to. Default: a line on stderr. */
  onExit?: (exit: { index: number; code: number | null; signal: NodeJS.Signals | null }) => void;
}

export interface ApiProcesses {
  /** `http://127.0.0.1:<port>` of each process, in order. */
  readonly urls: readonly string[];
  /** Stops every process (SIGTERM, SIGKILL after 5 s) and resolves when all have exited. */
  stop(): Promise<void>;
  /** Stops process `index` (0-based) and starts it again on its port; resolves once it answers. */
  restart(index: number): Promise<void>;
  /** The operating system's id of process `index` (0-based) while it runs; a restart changes it. */
  pid(index: number): number | undefined;
}

/** Starts the built API as `count` processes and resolves once every one answers HTTP. */
export function startApiProcesses(options?: ApiProcessesOptions): Promise<ApiProcesses>;

/** Whether a database URL is PostgreSQL's (`postgres://` or `postgresql://`). */
export function isPostgresUrl(url: string | undefined): boolean;
