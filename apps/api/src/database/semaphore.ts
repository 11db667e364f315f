/** Gives a held permit back; calling it again does nothing. */
export type Release = () => void;

/**
 * A first-come, first-served semaphore whose waiters give up: `acquire` answers a release, or
 * null when no permit came within `timeoutMs` (the waiter has then left the line).
 */
export class Semaphore {
  private available: number;
  private readonly waiters: ((release: Release) => void)[] = [];

  constructor(
    private readonly permits: number,
    private readonly onIdle: () => void = () => undefined,
  ) {
    this.available = permits;
  }

  acquire({ timeoutMs }: { timeoutMs: number }): Promise<Release | null> {
    if (this.available > 0 && this.waiters.length === 0) {
      this.available -= 1;
      return Promise.resolve(this.releaseOnce());
    }
    return new Promise((resolve) => {
      const grant = (release: Release) => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(
        () => {
          this.waiters.splice(this.waiters.indexOf(grant), 1);
          resolve(null);
        },
        Math.max(0, timeoutMs),
      );
      this.waiters.push(grant);
    });
  }

  private releaseOnce(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) return next(this.releaseOnce());
      this.available += 1;
      if (this.available === this.permits) this.onIdle();
    };
  }
}

/** One line per key, each admitting one holder at a time; a key's line is forgotten when empty. */
export class TurnsByKey {
  private readonly lines = new Map<string, Semaphore>();

  acquire({ key, timeoutMs }: { key: string; timeoutMs: number }): Promise<Release | null> {
    let line = this.lines.get(key);
    if (!line) {
      line = new Semaphore(1, () => this.lines.delete(key));
      this.lines.set(key, line);
    }
    return line.acquire({ timeoutMs });
  }

  /** Keys with a holder or a waiter. */
  get size(): number {
    return this.lines.size;
  }
}
