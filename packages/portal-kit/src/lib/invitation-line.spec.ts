import { describe, expect, it } from 'vitest';
import { invitationDate, inviterName } from './invitation-line.js';

describe('invitation line', () => {
  it('R3: names a user inviter by email, an API key by its description, and an unknown one as —', () => {
    expect(inviterName({ invitedBy: { kind: 'user', name: 'Ana', email: 'ana@x.test' } })).toBe('ana@x.test');
    expect(inviterName({ invitedBy: { kind: 'apiKey', name: 'Provisioning job', email: null } })).toBe('API key “Provisioning job”');
    expect(inviterName({ invitedBy: null })).toBe('—');
  });

  it('R3: shows the date of the invitation, or — when it was not recorded', () => {
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    expect(invitationDate({ invitedAt: '2026-03-04T10:00:00.000Z', format: iso })).toBe('2026-03-04');
    expect(invitationDate({ invitedAt: null, format: iso })).toBe('—');
    expect(invitationDate({ invitedAt: 'not a date', format: iso })).toBe('—');
  });
});
