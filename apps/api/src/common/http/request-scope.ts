import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request has already read, kept for that request alone: a request reads each tenant's
 * version once, after it started, so every answer it gives is as of a moment after its start
 * (SPEC Production: once a change has answered, requests that start afterwards see it).
 */
export interface RequestScope {
  tenantVersions: Map<string, Promise<number | null>>;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(work: () => T): T {
  return storage.run({ tenantVersions: new Map() }, work);
}

/** The current request's scope, or undefined outside a request (start-up, tests calling services). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
