import type { DirectoryGroupEntity } from '../organizations/entities/directory-group.entity.js';
import type { DirectoryUserEntity } from '../organizations/entities/directory-user.entity.js';
import { ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, LIST_SCHEMA, USER_SCHEMA, type ScimUserInput } from './schemas/scim.schema.js';

/** Attributes kept in columns; everything else a client sends is kept as sent in `scim_attributes`. */
const COLUMN_ATTRIBUTES = new Set(['schemas', 'id', 'meta', 'userName', 'externalId', 'displayName', 'active', 'userType', 'password']);

export type ScimUserRow = Pick<
  DirectoryUserEntity,
  'email' | 'name' | 'guest' | 'scimId' | 'externalId' | 'active' | 'userName' | 'userType' | 'scimAttributes'
>;

/** The columns a validated User resource sets (the email is the userName lower-cased: the identity). */
export function userRowOf({ input, email }: { input: ScimUserInput; email: string }): Omit<ScimUserRow, 'scimId'> {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (!COLUMN_ATTRIBUTES.has(key) && value !== undefined) extra[key] = value;
  const fromName = [input.name?.givenName, input.name?.familyName].filter(Boolean).join(' ') || input.name?.formatted;
  return {
    email,
    userName: input.userName,
    name: (input.displayName || fromName || input.userName).slice(0, 200),
    externalId: input.externalId ?? null,
    active: input.active ?? true,
    userType: input.userType ?? null,
    // R5: the directory's own word for a guest.
    guest: input.userType?.toLowerCase() === 'guest',
    scimAttributes: Object.keys(extra).length > 0 ? extra : null,
  };
}

export function userResource({ row, base }: { row: ScimUserRow; base: string }): Record<string, unknown> {
  const extra = (row.scimAttributes ?? {}) as Record<string, unknown>;
  return {
    schemas: ENTERPRISE_USER_SCHEMA in extra ? [USER_SCHEMA, ENTERPRISE_USER_SCHEMA] : [USER_SCHEMA],
    id: row.scimId,
    userName: row.userName ?? row.email,
    ...(row.externalId !== null ? { externalId: row.externalId } : {}),
    displayName: row.name,
    active: row.active,
    ...(row.userType !== null ? { userType: row.userType } : {}),
    ...extra,
    meta: { resourceType: 'User', location: `${base}/Users/${row.scimId}` },
  };
}

export function groupResource({
  group,
  members,
  base,
}: {
  group: Pick<DirectoryGroupEntity, 'id' | 'name' | 'externalId'>;
  /** Null when the client left members out (`excludedAttributes=members`). */
  members: { value: string; display: string }[] | null;
  base: string;
}): Record<string, unknown> {
  return {
    schemas: [GROUP_SCHEMA],
    id: group.id,
    displayName: group.name,
    ...(group.externalId !== null ? { externalId: group.externalId } : {}),
    ...(members !== null ? { members } : {}),
    meta: { resourceType: 'Group', location: `${base}/Groups/${group.id}` },
  };
}

export function listResponse({ resources, total, startIndex }: { resources: unknown[]; total: number; startIndex: number }) {
  return { schemas: [LIST_SCHEMA], totalResults: total, startIndex, itemsPerPage: resources.length, Resources: resources };
}

/** Whether an answer leaves members out (RFC 7644 §3.9). */
export function excludesMembers({ attributes, excludedAttributes }: { attributes?: string; excludedAttributes?: string }): boolean {
  const names = (list?: string) =>
    (list ?? '').split(',').map((name) =>
      name
        .trim()
        .toLowerCase()
        .replace(/^urn:ietf:params:scim:schemas:core:2\.0:group:/, ''),
    );
  if (names(excludedAttributes).includes('members')) return true;
  return attributes !== undefined && !names(attributes).includes('members');
}
