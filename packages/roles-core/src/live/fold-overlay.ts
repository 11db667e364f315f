/**
 * A live tenant's state as the API would load it afresh: the base's grant groups with the holders
 * a change touched taken out of them and their current grants grouped anew, and the base's user
 * columns with changed records put in and new ones after. Groups nobody touched are kept as they
 * are (packed holders stay one text), so folding an overlay back makes no string per grant.
 */
import { IdIndex } from '../decisions/id-index.js';
import type { ApplicationGrantGroup, GrantGroups, ProjectGrantGroup } from '../model/grant-groups.js';
import { loadedState } from '../model/loaded-state.js';
import { PackedIds, type HolderIds } from '../model/packed-ids.js';
import type { ApplicationGrant, ProjectGrant, TenantState, UserRecord } from '../model/tenant-state.js';
import type { UserColumns } from '../model/user-columns.js';
import type { OverlayIndex } from './overlay-index.js';
import type { StateIndex } from './state-index.js';

export function foldOverlay({ base, overlay }: { base: StateIndex; overlay: OverlayIndex }): TenantState {
  const { application, project } = overlay.changedGrantHolders();
  const grantGroups: GrantGroups = {
    application: regroup<ApplicationGrantGroup, ApplicationGrant>({
      groups: base.grantGroups.application,
      changed: application,
      keyOf: (grant) => `${grant.role}\u0000${grant.kind}`,
      groupOf: ({ role, kind }, principalIds) => ({ role, kind, principalIds }),
    }),
    project: regroup<ProjectGrantGroup, ProjectGrant>({
      groups: base.grantGroups.project,
      changed: project,
      keyOf: (grant) => `${grant.projectId}\u0000${grant.role}\u0000${grant.kind}`,
      groupOf: ({ projectId, role, kind }, principalIds) => ({ projectId, role, kind, principalIds }),
    }),
  };
  return loadedState({
    state: {
      tenantId: overlay.tenantId,
      productId: overlay.productId,
      roleModel: overlay.roleModel,
      settings: overlay.settings,
      groups: overlay.list('groups'),
      apiKeys: overlay.list('apiKeys'),
      projects: overlay.list('projects'),
      records: overlay.list('records'),
      communicationRules: overlay.list('communicationRules'),
      legacyGrants: overlay.list('legacyGrants'),
      departments: overlay.list('departments'),
    },
    grantGroups,
    userColumns: columnsWith({ columns: base.columns, ...overlay.changedUsers() }),
  });
}

function regroup<Group extends { principalIds: HolderIds }, Grant>({
  groups,
  changed,
  keyOf,
  groupOf,
}: {
  groups: readonly Group[];
  changed: ReadonlyMap<string, readonly Grant[]>;
  keyOf: (grant: Grant) => string;
  groupOf: (grant: Grant, principalIds: string[]) => Group;
}): Group[] {
  if (changed.size === 0) return [...groups];
  const changedIds = [...changed.keys()];
  const touched = new IdIndex(changedIds, changedIds.length);
  changedIds.forEach((id, index) => touched.intern(id, index));
  const kept: Group[] = [];
  for (const group of groups) {
    const principalIds = withoutHolders({ ids: group.principalIds, touched });
    if (principalIds === group.principalIds) kept.push(group);
    else if (principalIds.length > 0) kept.push({ ...group, principalIds });
  }
  const added = new Map<string, Group>();
  for (const [holderId, grants] of changed) {
    for (const grant of grants) {
      const key = keyOf(grant);
      const group = added.get(key);
      if (group) (group.principalIds as string[]).push(holderId);
      else added.set(key, groupOf(grant, [holderId]));
    }
  }
  return [...kept, ...added.values()];
}

/** The holders not in `touched`: the same object when none is, a packed text cut around the touched spans otherwise. Exported for its spec. */
export function withoutHolders({ ids, touched }: { ids: HolderIds; touched: IdIndex }): HolderIds {
  if (!(ids instanceof PackedIds)) {
    const kept = ids.filter((id) => touched.indexOf(id) < 0);
    return kept.length === ids.length ? ids : kept;
  }
  const { text, separator } = ids;
  // The kept holders as runs of neighbouring spans: each run is one slice of the text, joined again by the separator.
  const runs: [number, number][] = [];
  let touchedAny = false;
  ids.forEachSpan((start, end) => {
    if (touched.indexOfSpan(text, start, end) >= 0) {
      touchedAny = true;
      return;
    }
    const last = runs[runs.length - 1];
    if (last && last[1] + separator.length === start) last[1] = end;
    else runs.push([start, end]);
  });
  if (!touchedAny) return ids;
  if (runs.length === 0) return [];
  return new PackedIds(runs.map(([start, end]) => text.slice(start, end)).join(separator), separator);
}

/** The base's columns with changed records in place and new users after; names and flags made only if read. */
function columnsWith({
  columns,
  changed,
  added,
}: {
  columns: UserColumns;
  changed: ReadonlyMap<string, UserRecord | null>;
  added: readonly string[];
}): UserColumns {
  if (changed.size === 0) return columns;
  const rows: (UserRecord | null)[] = columns.ids.map((id) => changed.get(id) ?? null);
  for (const id of added) rows.push(changed.get(id) ?? null);
  const column = <T>(base: readonly T[], pick: (user: UserRecord) => T): T[] => rows.map((row, at) => (row ? pick(row) : base[at]!));
  const ids = column(columns.ids, (user) => user.id);
  const emails = column(columns.emails, (user) => user.email.toLowerCase());
  let names: string[] | undefined;
  let hasSignedIn: boolean[] | undefined;
  let guest: boolean[] | undefined;
  return {
    ids,
    emails,
    get names() {
      return (names ??= column(columns.names, (user) => user.name));
    },
    get hasSignedIn() {
      return (hasSignedIn ??= column(columns.hasSignedIn, (user) => user.hasSignedIn));
    },
    get guest() {
      return (guest ??= column(columns.guest, (user) => user.guest));
    },
    inactive:
      columns.inactive || rows.some((row) => row?.inactive === true)
        ? column(columns.inactive ?? [], (user) => user.inactive === true).map((flag) => flag === true)
        : undefined,
  };
}
