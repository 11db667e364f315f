import { parse } from 'scim2-parse-filter';
import { scimInvalid } from './scim-error.js';
import { GROUP_SCHEMA, scimMembersSchema, type ScimOperation } from './schemas/scim.schema.js';

/**
 * What a Group PATCH asks, as changes to apply without reading the group's whole membership: a
 * group of a hundred thousand members takes a member in the time one member takes.
 */
export interface GroupPatch {
  displayName?: string;
  externalId?: string | null;
  /** Replace every member with these (user resource ids). */
  replaceMembers?: string[];
  addMembers: string[];
  removeMembers: string[];
  removeAllMembers: boolean;
}

const MEMBER_FILTER = /^members\[(.+)\]$/i;

/**
 * RFC 7644 §3.5.2 for Groups, with Entra's forms: `Add`/`Remove` members by `value`, `remove` with
 * `path: members[value eq "…"]`, `Replace` of `displayName` with or without a path.
 */
export function groupPatchOf({ operations }: { operations: readonly ScimOperation[] }): GroupPatch {
  const patch: GroupPatch = { addMembers: [], removeMembers: [], removeAllMembers: false };
  for (const { op, path, value } of operations) {
    if (path === undefined) {
      if (op === 'remove') throw scimInvalid('noTarget', 'A remove operation needs a path');
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw scimInvalid('invalidValue', `An ${op} operation without a path takes an object of attributes`);
      for (const [key, entry] of Object.entries(value)) applyAt({ patch, op, path: key, value: entry });
      continue;
    }
    applyAt({ patch, op, path, value });
  }
  return patch;
}

function applyAt({ patch, op, path, value }: { patch: GroupPatch; op: ScimOperation['op']; path: string; value: unknown }): void {
  const bare = path.replace(new RegExp(`^${GROUP_SCHEMA.replace(/\./g, '\\.')}:`, 'i'), '');
  const filtered = MEMBER_FILTER.exec(bare);
  if (filtered) {
    if (op !== 'remove') throw scimInvalid('invalidPath', 'Members are added by value: use path "members" with a list of {value}');
    patch.removeMembers.push(memberOfFilter(filtered[1]!));
    return;
  }
  switch (bare.toLowerCase()) {
    case 'members': {
      if (op === 'remove' && value === undefined) {
        patch.removeAllMembers = true;
        patch.addMembers = [];
        patch.replaceMembers = undefined;
        return;
      }
      const members = membersOf(value);
      if (op === 'add') patch.addMembers.push(...members);
      else if (op === 'remove') patch.removeMembers.push(...members);
      else {
        patch.replaceMembers = members;
        patch.addMembers = [];
        patch.removeMembers = [];
        patch.removeAllMembers = false;
      }
      return;
    }
    case 'displayname':
      if (op === 'remove') throw scimInvalid('mutability', 'A group keeps its displayName');
      if (typeof value !== 'string' || value.trim() === '' || value.length > 200 || value.includes('\u0000'))
        throw scimInvalid('invalidValue', 'displayName is a non-empty string of at most 200 characters');
      patch.displayName = value;
      return;
    case 'externalid':
      if (op === 'remove' || value === null) {
        patch.externalId = null;
        return;
      }
      if (typeof value !== 'string' || value.length > 200 || value.includes('\u0000'))
        throw scimInvalid('invalidValue', 'externalId is a string of at most 200 characters');
      patch.externalId = value;
      return;
    case 'schemas':
      return;
    case 'id':
    case 'meta':
      throw scimInvalid('mutability', `"${path}" is read-only`);
    default:
      throw scimInvalid('invalidPath', `"${path}" names no attribute of a Group`);
  }
}

function membersOf(value: unknown): string[] {
  const parsed = scimMembersSchema.safeParse(Array.isArray(value) ? value : [value]);
  if (!parsed.success) throw scimInvalid('invalidValue', 'members is a list of {"value": "<user id>"}');
  return parsed.data.map((member) => member.value);
}

/** `value eq "…"`: the one member filter a remove names. */
function memberOfFilter(text: string): string {
  try {
    const filter = parse(text);
    if (filter.op === 'eq' && 'compValue' in filter && filter.attrPath.toLowerCase() === 'value' && typeof filter.compValue === 'string')
      return filter.compValue;
  } catch {
    throw scimInvalid('invalidFilter', `"${text}" is not a valid member filter`);
  }
  throw scimInvalid('invalidFilter', 'A member filter is "value eq \\"<user id>\\""');
}
