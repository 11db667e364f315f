import { describe, expect, it } from 'vitest';
import { previewSentences } from './preview-sentences.js';

const user = (role: string, roleLabel: string) => ({ kind: 'user' as const, principalId: 'u1', name: 'Bob', email: 'bob@x.test', role, roleLabel });

describe('previewSentences', () => {
  it('R12: a removal names the role and every project role that goes with it', () => {
    const sentences = previewSentences({
      preview: {
        allowed: true,
        applicationRoles: { granted: [], revoked: [user('consumer', 'Consumer')] },
        projectRoles: {
          granted: [],
          revoked: [
            { ...user('member', 'Member'), projectId: 'p1', projectName: 'Alpha' },
            { ...user('owner', 'Owner'), projectId: 'p2', projectName: 'Beta' },
          ],
        },
        deletedApiKeys: [],
        deletedProjects: [],
        invitations: [],
        administrators: { before: 1, after: 1 },
      },
    });
    expect(sentences).toEqual(['Removes bob@x.test from Consumer and from 2 project roles (Alpha: Member, Beta: Owner).']);
  });

  it('R3, R11: a move out of Administrator says it demotes, and how many administrators are left', () => {
    const sentences = previewSentences({
      preview: {
        allowed: true,
        applicationRoles: { granted: [user('consumer', 'Consumer')], revoked: [user('administrator', 'Administrator')] },
        projectRoles: { granted: [], revoked: [] },
        deletedApiKeys: [],
        deletedProjects: [],
        invitations: [],
        administrators: { before: 2, after: 1 },
      },
    });
    expect(sentences).toEqual([
      'Moves bob@x.test from Administrator to Consumer.',
      'This demotes an administrator: 1 administrator will be left — the last one, who cannot then be removed.',
    ]);
  });

  it('Issue 17: a project’s deletion is one sentence — whose project roles go, its records and rules — not a line per member', () => {
    const revoked = [
      { ...user('owner', 'Owner'), projectId: 'p1', projectName: 'Churn' },
      {
        kind: 'group' as const,
        principalId: 'g1',
        name: 'Night team',
        email: null,
        role: 'member',
        roleLabel: 'Member',
        projectId: 'p1',
        projectName: 'Churn',
      },
    ];
    const sentences = previewSentences({
      preview: {
        allowed: true,
        applicationRoles: { granted: [], revoked: [] },
        projectRoles: { granted: [], revoked },
        deletedApiKeys: [],
        deletedProjects: [{ id: 'p1', name: 'Churn', records: 2, communicationRules: ['Daily digest'] }],
        invitations: [],
        administrators: { before: 1, after: 1 },
      },
    });
    expect(sentences).toEqual([
      'Deletes project “Churn”: removes 2 members’ project roles (bob@x.test: Owner, Night team: Member), 2 records and 1 communication rule (“Daily digest”).',
    ]);
  });
});
