import { benchTenant } from '../boot-bench-api.mjs';
import { elapsedMs, now } from '../stats.mjs';
import { withApi } from './with-api.mjs';

/** One `POST …/roles/consumer/members` naming `count` new emails: each is invited and mailed (outbox). */
export async function measureInvitations({ kind, count }) {
  return withApi({
    kind,
    work: async ({ api }) => {
      const { tenantId, token } = await benchTenant({ api, product: 'integrate' });
      const emails = Array.from({ length: count }, (_, n) => `invitee-${n}@bench.test`).join('; ');
      const started = now();
      const answer = await api.http({ method: 'POST', path: `/api/v1/tenants/${tenantId}/roles/consumer/members`, token, body: { kind: 'user', emails } });
      const ms = elapsedMs({ since: started });
      const invited = answer.body?.invited?.length ?? 0;
      const error =
        answer.status === 201 || answer.status === 200
          ? null
          : `answered ${answer.status} ${answer.body?.code ?? ''}: ${String(answer.body?.detail ?? '').slice(0, 160)}`;
      return { ms, invited, error };
    },
  });
}
