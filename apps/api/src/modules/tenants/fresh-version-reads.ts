/**
 * Reads of a tenant's committed version, shared by the requests that wait for one: a request
 * joins a read that has not started yet, or the next one, never one that started before it
 * arrived, so every answer it gets is as of a moment after it started. Under load one read serves
 * every request that arrived while the previous read was on its way, instead of one read each.
 */
export class FreshVersionReads {
  private readonly running = new Map<string, Promise<number | null>>();
  private readonly queued = new Map<string, Promise<number | null>>();

  constructor(private readonly readVersion: (tenantId: string) => Promise<number | null>) {}

  read(tenantId: string): Promise<number | null> {
    const queued = this.queued.get(tenantId);
    if (queued) return queued;
    const running = this.running.get(tenantId);
    if (!running) return this.start(tenantId);
    const next = running
      .catch(() => undefined)
      .then(() => {
        this.queued.delete(tenantId);
        return this.start(tenantId);
      });
    this.queued.set(tenantId, next);
    return next;
  }

  private start(tenantId: string): Promise<number | null> {
    const read = this.readVersion(tenantId).finally(() => {
      if (this.running.get(tenantId) === read) this.running.delete(tenantId);
    });
    this.running.set(tenantId, read);
    return read;
  }
}
