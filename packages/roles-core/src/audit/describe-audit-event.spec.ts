import { describe, expect, it } from 'vitest';
import { asUser, tenantState } from '../../test/properties/fixtures.js';
import type { AnyProduct } from '../define-product.js';
import type { Effect } from '../model/effect.js';
import { planCreateApiKey } from '../planners/plan-create-api-key.js';
import { planRemoveApplicationMember } from '../planners/plan-remove-application-member.js';
import { assist, integrate, monitor } from '../products/index.js';
import { AUDIT_ACTIONS, type AuditAction } from './audit-actions.js';
import { auditActionChoices } from './audit-action-choices.js';
import type { AuditEventRecord } from './audit-event.js';
import { describeAuditEvent } from './describe-audit-event.js';

const alice = { kind: 'user', id: 'u-alice', email: 'alice@example.com' };
const names = {
  'project:p1': 'Alpha',
  'project:p2': 'Beta',
  'apiKey:k1': 'nightly export',
  'group:g1': 'Analysts',
  'communication-rule:r1': 'Weekly digest',
  'department:d1': 'Finance',
  'tenant:t1': 'Acme',
  'scim-token:s1': 'Entra provisioning',
};

interface Example {
  product?: AnyProduct;
  event: Omit<AuditEventRecord, 'action' | 'names'> & { names?: AuditEventRecord['names'] };
  sentence: string;
}

const by = (actor: AuditEventRecord['actor']) => ({ actor });
const ofAlice = by(alice);
const scim = by({ kind: 'scim-token', id: 's1' });

/**
 * Every action the API writes, with snapshots shaped as its planners and the directory write
 * them. The type makes a missing action a compile error; the first test makes it a failure too.
 */
const EXAMPLES: { readonly [A in AuditAction]: readonly Example[] } = {
  'application-role.member.added': [
    {
      event: { ...ofAlice, target: 'user:bob@example.com', before: { roles: [] }, after: { roles: ['consumer'] } },
      sentence: 'alice@example.com added bob@example.com to Consumer.',
    },
    {
      event: { ...ofAlice, target: 'group:g1', before: { roles: ['consumer'] }, after: { roles: ['consumer', 'project-creator'] } },
      sentence: 'alice@example.com added group “Analysts” to Project Creator.',
    },
  ],
  'application-role.member.invited': [
    {
      event: { ...ofAlice, target: 'user:bob@example.com', before: { roles: [] }, after: { roles: ['consumer'] } },
      sentence: 'alice@example.com invited bob@example.com as Consumer.',
    },
  ],
  'application-role.member.moved': [
    {
      event: { ...ofAlice, target: 'user:bob@example.com', before: { roles: ['consumer'] }, after: { roles: ['administrator'] } },
      sentence: 'alice@example.com moved bob@example.com from Consumer to Administrator.',
    },
  ],
  'application-role.member.removed': [
    {
      event: {
        ...ofAlice,
        target: 'user:bob@example.com',
        before: {
          roles: ['consumer'],
          projectRoles: [
            { projectId: 'p1', role: 'member' },
            { projectId: 'p2', role: 'owner' },
          ],
        },
        after: { roles: [], projectRoles: [] },
      },
      sentence: 'alice@example.com removed bob@example.com from Consumer, and from 2 project roles.',
    },
    {
      event: {
        ...ofAlice,
        target: 'apiKey:k1',
        before: { roles: ['consumer', 'administrator'], projectRoles: [] },
        after: { roles: ['administrator'], projectRoles: [] },
      },
      sentence: 'alice@example.com removed API key “nightly export” from Consumer.',
    },
  ],
  'invitation.accepted': [
    {
      event: {
        actor: { kind: 'user', id: 'u-bob', email: 'bob@example.com' },
        target: 'user:bob@example.com',
        before: { status: 'User Invitation' },
        after: { status: 'User' },
      },
      sentence: 'bob@example.com accepted the invitation.',
    },
  ],
  'invitation.resent': [
    {
      event: { ...ofAlice, target: 'user:bob@example.com', before: null, after: null },
      sentence: 'alice@example.com sent the invitation to bob@example.com again.',
    },
  ],
  'invitation.revoked': [
    {
      event: {
        ...ofAlice,
        target: 'user:bob@example.com',
        before: {
          roles: ['consumer'],
          projectRoles: [
            { projectId: 'p1', role: 'member' },
            { projectId: 'p2', role: 'owner' },
          ],
          legacyRoles: [],
        },
        after: { roles: [], projectRoles: [], legacyRoles: [] },
      },
      sentence: 'alice@example.com revoked the invitation of bob@example.com, who leaves Consumer and 2 project roles.',
    },
  ],
  'tenant.administrator.added': [
    {
      event: { ...by({ kind: 'platform', id: 'platform' }), target: 'user:bob@example.com', before: null, after: { role: 'administrator' } },
      sentence: 'The platform operator created the tenant with bob@example.com as Administrator.',
    },
  ],
  'tenant.settings.updated': [
    {
      product: monitor,
      event: { ...ofAlice, target: 'tenant:t1', before: { projectCreation: 'project-creators' }, after: { projectCreation: 'administrators' } },
      sentence: 'alice@example.com changed the tenant settings: project creation from Project Creators and Administrators to Administrators only.',
    },
  ],
  'project.created': [
    {
      event: { ...ofAlice, target: 'project:p1', before: null, after: { name: 'Alpha', owner: 'user:alice@example.com' } },
      sentence: 'alice@example.com created project “Alpha”.',
    },
  ],
  'project.renamed': [
    {
      event: { ...ofAlice, target: 'project:p1', before: { name: 'Alpha' }, after: { name: 'Alpha 2' } },
      sentence: 'alice@example.com renamed project “Alpha” to “Alpha 2”.',
    },
  ],
  'project.deleted': [
    {
      product: monitor,
      event: {
        ...ofAlice,
        target: 'project:p2',
        before: { name: 'Beta', projectMembers: ['user:bob@example.com', 'group:g1'], records: 2, communicationRules: ['Weekly digest'] },
        after: null,
      },
      sentence: 'alice@example.com deleted project “Beta”, removing the project roles of 2 members, 2 records and 1 communication rule.',
    },
    {
      event: { ...ofAlice, target: 'project:p9', before: { name: 'Gone', projectMembers: [], records: 0, communicationRules: [] }, after: null, names: {} },
      sentence: 'alice@example.com deleted project “Gone”.',
    },
  ],
  'project.member.added': [
    {
      event: { ...ofAlice, target: 'user:bob@example.com', before: { projectId: 'p1', roles: [] }, after: { projectId: 'p1', roles: ['manager'] } },
      sentence: 'alice@example.com added bob@example.com to project “Alpha” as Manager.',
    },
    {
      event: { ...ofAlice, target: 'user:bob@example.com', before: { projectId: 'p1', roles: ['member'] }, after: { projectId: 'p1', roles: ['owner'] } },
      sentence: 'alice@example.com changed the role of bob@example.com in project “Alpha” from Member to Owner.',
    },
  ],
  'project.member.removed': [
    {
      event: { ...ofAlice, target: 'group:g1', before: { projectId: 'p2', roles: ['contributor'] }, after: { projectId: 'p2', roles: [] } },
      sentence: 'alice@example.com removed group “Analysts” from Contributor in project “Beta”.',
    },
  ],
  'api-key.created': [
    {
      event: {
        ...ofAlice,
        target: 'apiKey:k1',
        before: null,
        after: { description: 'nightly export', createdAt: '2025-03-01T10:00:00.000Z', expiresAt: null, allowedIps: [] },
      },
      sentence: 'alice@example.com created API key “nightly export”.',
    },
  ],
  'api-key.imported': [
    {
      product: monitor,
      event: {
        ...by({ kind: 'platform', id: 'platform' }),
        target: 'apiKey:k9',
        before: null,
        after: { description: 'legacy sync', createdAt: '2023-01-01T00:00:00.000Z' },
      },
      sentence: 'The platform operator imported API key “legacy sync” from the old system.',
    },
  ],
  'api-key.deleted': [
    // A deleted key's name comes from its own snapshot when the log no longer knows it.
    {
      event: { ...ofAlice, names: {}, target: 'apiKey:k1', before: { description: 'nightly export', roles: ['consumer'], projectRoles: [] }, after: null },
      sentence: 'alice@example.com deleted API key “nightly export”; its secret stopped working.',
    },
  ],
  'record.created': [
    {
      product: monitor,
      event: { ...ofAlice, target: 'record:rec-1', before: null, after: { projectId: 'p1', assignee: 'bob@example.com', ruleId: 'r1' } },
      sentence: 'alice@example.com created record rec-1 in project “Alpha”, assigned to bob@example.com, emailed by communication rule “Weekly digest”.',
    },
  ],
  'record.assigned': [
    {
      product: monitor,
      event: { ...ofAlice, target: 'record:rec-1', before: { assignee: 'bob@example.com' }, after: { assignee: 'cy@example.com' } },
      sentence: 'alice@example.com assigned record rec-1 to cy@example.com (was bob@example.com).',
    },
    {
      product: monitor,
      event: { ...ofAlice, target: 'record:rec-1', before: { assignee: 'bob@example.com' }, after: { assignee: null } },
      sentence: 'alice@example.com unassigned record rec-1 (was bob@example.com).',
    },
  ],
  'communication-rule.created': [
    {
      product: monitor,
      event: {
        ...ofAlice,
        target: 'communication-rule:r1',
        before: null,
        after: { projectId: 'p1', name: 'Weekly digest', recipients: ['a@x.test', 'b@x.test', 'c@x.test', 'd@x.test', 'e@x.test'] },
      },
      sentence: 'alice@example.com created communication rule “Weekly digest” in project “Alpha”, emailing a@x.test, b@x.test, c@x.test and 2 others.',
    },
  ],
  'communication-rule.deleted': [
    {
      product: monitor,
      event: {
        ...ofAlice,
        names: { 'project:p1': 'Alpha' },
        target: 'communication-rule:r1',
        before: { projectId: 'p1', name: 'Weekly digest', recipients: ['a@x.test'] },
        after: null,
      },
      sentence: 'alice@example.com deleted communication rule “Weekly digest” in project “Alpha”.',
    },
  ],
  'legacy-role.invited': [
    {
      event: { ...ofAlice, target: 'user:bob@example.com', before: { roles: [] }, after: { roles: ['bi-user'] } },
      sentence: 'alice@example.com invited bob@example.com as BI User.',
    },
  ],
  'legacy-role.changed': [
    {
      event: { ...ofAlice, target: 'user:bob@example.com', before: { roles: ['bi-user'] }, after: { roles: ['bi-manager'] } },
      sentence: 'alice@example.com changed the role of bob@example.com from BI User to BI Manager.',
    },
  ],
  'legacy-role.removed': [
    {
      event: { ...ofAlice, target: 'user:bob@example.com', before: { roles: ['bi-developer'] }, after: { roles: [] } },
      sentence: 'alice@example.com removed bob@example.com from BI Developer.',
    },
  ],
  'department.created': [
    { event: { ...ofAlice, target: 'department:d1', before: null, after: { name: 'Finance' } }, sentence: 'alice@example.com created department “Finance”.' },
  ],
  'department.members.set': [
    {
      event: { ...ofAlice, target: 'department:d1', before: { members: ['a@x.test', 'b@x.test'] }, after: { members: ['b@x.test', 'c@x.test', 'd@x.test'] } },
      sentence: 'alice@example.com set the members of department “Finance”: 2 added and 1 removed.',
    },
  ],
  'legacy-migration.user-migrated': [
    {
      event: {
        ...ofAlice,
        target: 'user:bob@example.com',
        before: { legacyRoles: ['bi-developer'] },
        after: { applicationRole: 'project-creator', projectRoles: [{ projectId: 'p1', role: 'owner' }] },
      },
      sentence: 'alice@example.com migrated bob@example.com from BI Developer to Project Creator, with 1 project role.',
    },
  ],
  'legacy-migration.applied': [
    {
      event: { ...ofAlice, target: 'tenant:t1', before: { roleModel: 'legacy' }, after: { roleModel: 'current', users: 12 } },
      sentence: 'alice@example.com migrated the tenant to the current role model (12 users).',
    },
  ],
  'directory.replaced': [
    {
      event: { ...by({ kind: 'platform', id: 'platform' }), target: 'organization:o1', before: null, after: { users: 40, groups: 1 } },
      sentence: "The platform operator replaced the organization's directory (40 users, 1 group).",
    },
  ],
  'directory.user.provisioned': [
    {
      event: { ...scim, target: 'user:bob@example.com', before: null, after: { name: 'Bob', active: true, guest: false, externalId: 'e-1' } },
      sentence: 'Directory provisioning (SCIM token “Entra provisioning”) added bob@example.com to the directory.',
    },
  ],
  'directory.user.revived': [
    {
      event: { ...scim, target: 'user:bob@example.com', before: null, after: { name: 'Bob', active: true, guest: false, externalId: 'e-1' } },
      sentence: 'Directory provisioning (SCIM token “Entra provisioning”) brought bob@example.com back into the directory.',
    },
  ],
  'directory.user.updated': [
    {
      event: {
        ...scim,
        target: 'user:bob@example.com',
        before: { name: 'Bob', active: true, guest: false, externalId: 'e-1' },
        after: { name: 'Robert', active: true, guest: false, externalId: 'e-1' },
      },
      sentence: 'Directory provisioning (SCIM token “Entra provisioning”) updated bob@example.com in the directory.',
    },
  ],
  'directory.user.deactivated': [
    {
      event: {
        ...scim,
        target: 'user:bob@example.com',
        before: { name: 'Bob', active: true, guest: false, externalId: null },
        after: { name: 'Bob', active: false, guest: false, externalId: null },
      },
      sentence: 'Directory provisioning (SCIM token “Entra provisioning”) deactivated bob@example.com in the directory.',
    },
  ],
  'directory.user.reactivated': [
    {
      event: {
        ...scim,
        target: 'user:bob@example.com',
        before: { name: 'Bob', active: false, guest: false, externalId: null },
        after: { name: 'Bob', active: true, guest: false, externalId: null },
      },
      sentence: 'Directory provisioning (SCIM token “Entra provisioning”) reactivated bob@example.com in the directory.',
    },
  ],
  'directory.user.deprovisioned': [
    {
      event: { ...scim, target: 'user:bob@example.com', before: { name: 'Bob', active: true, guest: false, externalId: null }, after: null },
      sentence: 'Directory provisioning (SCIM token “Entra provisioning”) deleted bob@example.com from the directory.',
    },
  ],
  'directory.group.created': [
    {
      event: { ...scim, names: {}, target: 'group:g7', before: null, after: { name: 'Auditors', members: 3 } },
      sentence: 'Directory provisioning (SCIM) added group “Auditors” to the directory (3 members).',
    },
  ],
  'directory.group.updated': [
    {
      event: {
        ...scim,
        target: 'group:g1',
        before: { name: 'Analysts (old)' },
        after: { name: 'Analysts', added: ['a@x.test', 'b@x.test'], removed: ['c@x.test'] },
      },
      sentence:
        'Directory provisioning (SCIM token “Entra provisioning”) updated group “Analysts” in the directory: renamed it from “Analysts (old)”, added 2 members and removed 1 member.',
    },
  ],
  'directory.group.deleted': [
    {
      event: { ...scim, names: {}, target: 'group:g7', before: { name: 'Auditors', members: 3 }, after: null },
      sentence: 'Directory provisioning (SCIM) deleted group “Auditors” from the directory.',
    },
  ],
};

function sentenceOf({ action, example }: { action: AuditAction; example: Example }): string {
  return describeAuditEvent({ product: example.product ?? integrate, event: { names, ...example.event, action } }).sentence;
}

function auditOf(effects: readonly Effect[]) {
  return effects.filter((effect) => effect.type === 'audit');
}

describe('describeAuditEvent', () => {
  it('R24: every action the API writes has an example here, so none goes without its own sentence', () => {
    expect(AUDIT_ACTIONS.filter((action) => (EXAMPLES[action] ?? []).length === 0)).toEqual([]);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  for (const action of AUDIT_ACTIONS) {
    it(`R24: ${action} reads as a sentence with names and role labels, never ids`, () => {
      for (const example of EXAMPLES[action]) expect(sentenceOf({ action, example })).toBe(example.sentence);
    });
  }

  it('R24: an action this version does not know still names who acted and on what', () => {
    const { sentence } = describeAuditEvent({
      product: integrate,
      event: { action: 'widget.polished', actor: alice, target: 'project:p1', before: null, after: null, names },
    });
    expect(sentence).toBe('alice@example.com made a change (widget.polished) to project “Alpha”.');
  });

  it('R24: an API key that acted is named by its description; a thing the log knows no name for by its kind and id', () => {
    const { sentence } = describeAuditEvent({
      product: integrate,
      event: {
        action: 'project.member.added',
        actor: { kind: 'apiKey', id: 'k1' },
        target: 'user:bob@example.com',
        before: { projectId: 'p9', roles: [] },
        after: { projectId: 'p9', roles: ['member'] },
        names,
      },
    });
    expect(sentence).toBe('API key “nightly export” added bob@example.com to project p9 as Member.');
  });

  it('R12, R24: the removal a planner writes reads with the role label and the project roles that went with it; before and after list them by name', () => {
    const state = tenantState({
      userRoles: { ada: 'administrator', bob: 'consumer' },
      projects: [
        { id: 'p1', name: 'Alpha', departmentId: null },
        { id: 'p2', name: 'Beta', departmentId: null },
      ],
      projectGrants: [
        { projectId: 'p1', principalId: 'bob', kind: 'user', role: 'member' },
        { projectId: 'p2', principalId: 'bob', kind: 'user', role: 'manager' },
      ],
    });
    const plan = planRemoveApplicationMember({ product: integrate, state, actor: asUser('ada'), request: { principalId: 'bob', role: 'consumer' } });
    if (!plan.ok) throw new Error(plan.refusal.message);
    const [audit] = auditOf(plan.effects);
    const described = describeAuditEvent({
      product: integrate,
      event: {
        ...audit!,
        actor: { kind: 'user', id: 'ada', email: 'ada@example.com' },
        before: audit!.before as never,
        after: audit!.after as never,
        names: { 'project:p1': 'Alpha', 'project:p2': 'Beta' },
      },
    });
    expect(described.sentence).toBe('ada@example.com removed bob@example.com from Consumer, and from 2 project roles.');
    expect(described.changes).toEqual([
      { field: 'Roles', before: 'Consumer', after: 'no role' },
      { field: 'Project roles', before: 'Alpha: Member and Beta: Manager', after: 'none' },
    ]);
  });

  it('R20, R24: a created key shows its description, expiry and addresses in words, never as JSON', () => {
    const plan = planCreateApiKey({
      product: integrate,
      state: tenantState({ userRoles: { ada: 'administrator' } }),
      actor: asUser('ada'),
      request: { apiKeyId: 'k1', description: 'nightly export', expiresAt: '2099-01-31T23:00:00.000Z', allowedIps: ['10.0.0.0/8'] },
      now: '2025-03-01T10:00:00.000Z',
    });
    if (!plan.ok) throw new Error(plan.refusal.message);
    const [audit] = auditOf(plan.effects);
    const described = describeAuditEvent({
      product: integrate,
      event: { ...audit!, actor: { kind: 'user', id: 'ada', email: 'ada@example.com' }, before: null, after: audit!.after as never },
    });
    expect(described.sentence).toBe('ada@example.com created API key “nightly export”.');
    expect(described.changes).toEqual([
      { field: 'Description', before: '—', after: 'nightly export' },
      { field: 'Created', before: '—', after: '2025-03-01 10:00 UTC' },
      { field: 'Expires', before: '—', after: '2099-01-31 23:00 UTC' },
      { field: 'Allowed addresses', before: '—', after: '10.0.0.0/8' },
    ]);
    for (const change of described.changes) expect(`${change.before} ${change.after}`).not.toMatch(/[{}[\]"]/);
  });
});

describe('auditActionChoices', () => {
  it('R24: a product offers the kinds of change its configuration can write, each exactly once', () => {
    const offered = (product: AnyProduct) => auditActionChoices({ product }).flatMap((group) => group.actions.map((choice) => choice.action));
    expect(offered(integrate)).toContain('legacy-migration.applied');
    expect(offered(integrate)).not.toContain('record.created');
    expect(offered(monitor)).toContain('record.created');
    expect(offered(assist)).not.toContain('legacy-role.invited');
    for (const product of [integrate, assist, monitor]) expect(new Set(offered(product)).size).toBe(offered(product).length);
    expect(new Set([...offered(integrate), ...offered(monitor)])).toEqual(new Set(AUDIT_ACTIONS));
  });
});
