import { Injectable } from '@nestjs/common';
import { hashSecret } from '../common/crypto/secrets.js';
import { headerValue, type HttpRequest } from '../common/http/http-types.js';
import { scimUnauthorized } from '../modules/scim/scim-error.js';
import { ScimTokensRepository } from './scim-tokens.repository.js';

export const SCIM_TOKEN_PREFIX = 'lsc_';

/** Who made a SCIM request: the token, for the audit log. */
export interface ScimActor {
  kind: 'scim-token';
  id: string;
}

export type ScimRequest = HttpRequest & { scimActor: ScimActor };

/**
 * Admits a request to a SCIM route (access `scim`) with a live token of the organization the path
 * names, read by its hash on every request (a revoked token stops at once, on every process).
 * Another organization's token, the platform token, sessions and API keys are no SCIM token:
 * 401 in SCIM's format. Run by the access guard, so who is asking is settled before the input.
 */
@Injectable()
export class ScimTokenAdmission {
  constructor(private readonly tokens: ScimTokensRepository) {}

  async admit({ request }: { request: HttpRequest }): Promise<ScimActor> {
    const match = /^Bearer\s+(\S+)$/i.exec(headerValue({ request, name: 'authorization' }) ?? '');
    const organizationId = request.params.orgId;
    if (!match || !organizationId || !match[1]!.startsWith(SCIM_TOKEN_PREFIX)) throw scimUnauthorized();
    const row = await this.tokens.findLive({ secretHash: hashSecret({ secret: match[1]! }) });
    if (!row || row.organizationId !== organizationId) throw scimUnauthorized();
    return { kind: 'scim-token', id: row.id };
  }
}
