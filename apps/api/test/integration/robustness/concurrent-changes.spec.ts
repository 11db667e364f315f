import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import type { Scenario } from '../harness/scenario.js';

// Enough trials for the two requests to overlap on the server many times, within about a minute.
const REMOVAL_TRIALS = 100;
const ADD_TRIALS = 20;

// What the loser of the race may be told: the winner already removed it from the tenant (which it
// then no longer sees, or may no longer change), or R11 itself stopped it.
const LOSING_CODES = ['NOT_FOUND', 'FORBIDDEN', 'LAST_ADMINISTRATOR'];

async function administratorUsers({ s, tenantId, token }: { s: Scenario; tenantId: string; token: string }) {
  const members = await s.http.get(`/api/v1/tenants/${tenantId}/roles/administrator/members?limit=100`, { token });
  expect(members.status).toBe(200);
  return (members.body.items as { kind: string; email: string }[]).filter((member) => member.kind === 'user');
}

async function roleMembersByEmail({ s, tenantId, token, email }: { s: Scenario; tenantId: string; token: string; email: string }) {
  const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token });
  expect(roles.status).toBe(200);
  return (roles.body.items as { id: string; members: { items: { email: string | null }[] } }[]).flatMap((role) =>
    role.members.items.filter((member) => member.email === email).map(() => role.id),
  );
}

describeOnEachDatabase('concurrent changes to one tenant', (get) => {
  it(`R11: two administrators removing each other at the same moment never leave the tenant without one (${REMOVAL_TRIALS} trials)`, async () => {
    const s = get();
    const orgId = await s.organization();
    const outcomes = new Map<string, number>();
    for (let trial = 0; trial < REMOVAL_TRIALS; trial += 1) {
      const [a, b] = [`r11-race-a${trial}@x.test`, `r11-race-b${trial}@x.test`];
      const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: [a, b] });
      const tokenA = await s.signIn(a);
      const tokenB = await s.signIn(b);
      const idA = (await s.me(tenantId, tokenA)).principal.id as string;
      const idB = (await s.me(tenantId, tokenB)).principal.id as string;

      const answers = await Promise.all([
        s.http.delete(`/api/v1/tenants/${tenantId}/roles/administrator/members/${idB}`, { token: tokenA }),
        s.http.delete(`/api/v1/tenants/${tenantId}/roles/administrator/members/${idA}`, { token: tokenB }),
      ]);

      const succeeded = answers.filter((answer) => answer.status === 200);
      const refused = answers.filter((answer) => answer.status !== 200);
      expect(succeeded, `trial ${trial}: exactly one removal succeeds`).toHaveLength(1);
      expect(refused[0]?.status, `trial ${trial}: the other is refused, not failed`).toBeLessThan(500);
      expect(LOSING_CODES).toContain(refused[0]?.body.code);
      const code = refused[0]?.body.code as string;
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);

      const winner = answers[0]?.status === 200 ? tokenA : tokenB;
      const remaining = await administratorUsers({ s, tenantId, token: winner });
      expect(remaining.map((member) => member.email)).toEqual([answers[0]?.status === 200 ? a : b]);
    }
    expect([...outcomes.values()].reduce((sum, count) => sum + count, 0)).toBe(REMOVAL_TRIALS);
  });

  it(`R3: the same user added twice at once appears once, with one invitation (${ADD_TRIALS} trials)`, async () => {
    const s = get();
    const admin = 'r3-race-admin@x.test';
    const tenantId = await s.tenant({ product: 'integrate', administrators: [admin] });
    const token = await s.signIn(admin);
    for (let trial = 0; trial < ADD_TRIALS; trial += 1) {
      const email = `r3-race-${trial}@x.test`;
      const answers = await Promise.all([
        s.addMembers(tenantId, 'consumer', { kind: 'user', emails: email }, token),
        s.addMembers(tenantId, 'consumer', { kind: 'user', emails: email.toUpperCase() }, token),
      ]);
      for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
      expect(await roleMembersByEmail({ s, tenantId, token, email })).toEqual(['consumer']);
      const known = await s.http.get(`/api/v1/tenants/${tenantId}/users?email=${encodeURIComponent(email)}`, { token });
      expect(known.body.items.filter((user: { email: string }) => user.email === email)).toHaveLength(1);
    }
    const invitations = (await s.outbox()).filter((mail) => mail.tenantId === tenantId);
    for (let trial = 0; trial < ADD_TRIALS; trial += 1) {
      expect(
        invitations.filter((mail) => mail.to === `r3-race-${trial}@x.test`),
        `invitations of trial ${trial}`,
      ).toHaveLength(1);
    }
  });

  it(`R3: a user added to two roles at once ends in exactly one application role (${ADD_TRIALS} trials)`, async () => {
    const s = get();
    const admin = 'r3-two-roles-admin@x.test';
    const tenantId = await s.tenant({ product: 'integrate', administrators: [admin] });
    const token = await s.signIn(admin);
    for (let trial = 0; trial < ADD_TRIALS; trial += 1) {
      const email = `r3-two-roles-${trial}@x.test`;
      const answers = await Promise.all([
        s.addMembers(tenantId, 'consumer', { kind: 'user', emails: email }, token),
        s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: email }, token),
      ]);
      for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
      expect(await roleMembersByEmail({ s, tenantId, token, email })).toHaveLength(1);
    }
  });

  it(`R3: a new email invited to two tenants at once becomes one user in both (${ADD_TRIALS} trials)`, async () => {
    const s = get();
    const orgId = await s.organization();
    const admin = 'r3-two-tenants-admin@x.test';
    const first = await s.tenant({ product: 'integrate', orgId, administrators: [admin] });
    const second = await s.tenant({ product: 'integrate', orgId, administrators: [admin] });
    const token = await s.signIn(admin);
    for (let trial = 0; trial < ADD_TRIALS; trial += 1) {
      const email = `r3-two-tenants-${trial}@x.test`;
      const answers = await Promise.all([
        s.addMembers(first, 'consumer', { kind: 'user', emails: email }, token),
        s.addMembers(second, 'consumer', { kind: 'user', emails: email }, token),
      ]);
      for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
      const ids = await Promise.all([first, second].map((tenantId) => s.principalIdOf(tenantId, email, token)));
      expect(ids[0]).toBe(ids[1]);
    }
  });
});
