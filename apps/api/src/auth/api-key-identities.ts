/** Which key and tenant a secret belongs to: facts that never change once the key exists. */
export interface ApiKeyIdentity {
  id: string;
  tenantId: string;
}

const LIMIT = 10_000;

/**
 * Key identities by secret hash, kept without expiry: whether the key still lives, when it
 * expires and where it may be used from are read from its tenant at the request's version, so a
 * key deleted on any process is refused on the next request everywhere (R13), and only a secret
 * never seen costs a database read. Unknown secrets are not kept.
 */
export class ApiKeyIdentities {
  private readonly known = new Map<string, ApiKeyIdentity>();

  async identify({ secretHash, load }: { secretHash: string; load: () => Promise<ApiKeyIdentity | null> }): Promise<ApiKeyIdentity | null> {
    const kept = this.known.get(secretHash);
    if (kept) return kept;
    const identity = await load();
    if (identity) {
      if (this.known.size >= LIMIT) this.known.clear();
      this.known.set(secretHash, identity);
    }
    return identity;
  }
}
