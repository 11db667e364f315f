/** R13, R20: create an API key in the tenant (the API adds the secret, shown once, stored hashed). */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import { isIpv4OrCidr } from './ipv4-allowance.js';
import type { PlanInput } from './plan-input.js';
import { findApiKey } from './tenant-queries.js';

export interface CreateApiKeyRequest {
  /** Chosen by the caller and never reused after deletion (R20). */
  apiKeyId: string;
  description: string;
  /** ISO date-time in the future. */
  expiresAt?: string | null;
  allowedIps?: readonly string[];
  /** When the key was made; an imported key keeps its original date (R20). Defaults to `now`. */
  createdAt?: string;
}

export function planCreateApiKey(input: PlanInput<CreateApiKeyRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const now = input.now ?? new Date().toISOString();
  const forbidden = refuseWithoutPermission({
    access: accessOf({ product, state, actor }),
    tenantPermission: product.userManagementPermission,
    action: 'manage API keys',
  });
  if (forbidden) return refuse(forbidden);
  const description = request.description.trim();
  if (description.length === 0) return refuse({ code: 'VALIDATION', message: 'An API key needs a description.' });
  const requestedExpiry = request.expiresAt ?? null;
  if (requestedExpiry !== null && !(Date.parse(requestedExpiry) > Date.parse(now))) {
    return refuse({ code: 'VALIDATION', message: 'The expiry must be a date-time in the future.' });
  }
  const allowedIps = [...(request.allowedIps ?? [])];
  const badIps = allowedIps.filter((value) => !isIpv4OrCidr({ value }));
  if (badIps.length > 0) return refuse({ code: 'VALIDATION', message: `Not an IPv4 address or range: ${badIps.join(', ')}.` });
  if (findApiKey({ state, apiKeyId: request.apiKeyId })) {
    return refuse({ code: 'CONFLICT', message: 'An API key with this id already exists.' });
  }
  const createdAt = request.createdAt ?? now;
  // Stored in UTC: an offset such as +14:00 must not make the stored text sort after the real moment.
  const expiresAt = requestedExpiry === null ? null : new Date(Date.parse(requestedExpiry)).toISOString();
  const key = { apiKeyId: request.apiKeyId, description, createdAt, expiresAt, allowedIps };
  return {
    ok: true,
    effects: [
      { type: 'create-api-key', ...key },
      auditEffect({ action: 'api-key.created', target: `apiKey:${key.apiKeyId}`, before: null, after: { description, createdAt, expiresAt, allowedIps } }),
    ],
  };
}
