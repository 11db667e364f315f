import { filter as matches, parse, type Filter } from 'scim2-parse-filter';
import { scimInvalid } from './scim-error.js';
import { ENTERPRISE_USER_SCHEMA, USER_SCHEMA, type ScimOperation } from './schemas/scim.schema.js';

type Resource = Record<string, unknown>;

/** The attributes a User offers, by lower-case name, to their canonical spelling (names compare case-insensitively, RFC 7643 §2.1). */
const USER_ATTRIBUTES = canonical([
  'userName',
  'externalId',
  'displayName',
  'nickName',
  'profileUrl',
  'title',
  'userType',
  'preferredLanguage',
  'locale',
  'timezone',
  'active',
  'password',
  'name',
  'emails',
  'phoneNumbers',
  'ims',
  'photos',
  'addresses',
  'roles',
  'entitlements',
]);
const ENTERPRISE_ATTRIBUTES = canonical(['employeeNumber', 'costCenter', 'organization', 'division', 'department', 'manager']);
const SUB_ATTRIBUTES = canonical([
  'value',
  'display',
  'type',
  'primary',
  'formatted',
  'familyName',
  'givenName',
  'middleName',
  'honorificPrefix',
  'honorificSuffix',
  'streetAddress',
  'locality',
  'region',
  'postalCode',
  'country',
  'displayName',
  '$ref',
]);
const MULTI_VALUED = new Set(['emails', 'phoneNumbers', 'ims', 'photos', 'addresses', 'roles', 'entitlements']);
const READ_ONLY = new Set(['id', 'meta', 'groups', 'schemas']);

function canonical(names: readonly string[]): Map<string, string> {
  return new Map(names.map((name) => [name.toLowerCase(), name]));
}

/** A parsed attribute path: `name`, `name.sub`, `emails[type eq "work"]`, `emails[type eq "work"].value`, in the core schema or the enterprise extension. */
interface Path {
  container: 'core' | 'enterprise';
  attribute: string;
  valueFilter: Filter | null;
  sub: string | null;
}

const PATH = /^([A-Za-z$][\w$-]*)(?:\[(.+)\])?(?:\.([A-Za-z$][\w$-]*))?$/;

export function parsePath(raw: string): Path {
  let container: Path['container'] = 'core';
  let rest = raw;
  if (raw.toLowerCase().startsWith(`${ENTERPRISE_USER_SCHEMA.toLowerCase()}:`)) {
    container = 'enterprise';
    rest = raw.slice(ENTERPRISE_USER_SCHEMA.length + 1);
  } else if (raw.toLowerCase().startsWith(`${USER_SCHEMA.toLowerCase()}:`)) {
    rest = raw.slice(USER_SCHEMA.length + 1);
  }
  const match = PATH.exec(rest);
  if (!match) throw scimInvalid('invalidPath', `"${raw}" is not an attribute path`);
  const [, name, filterText, subName] = match;
  if (READ_ONLY.has(name!)) throw scimInvalid('mutability', `"${raw}" is read-only`);
  const attribute = (container === 'core' ? USER_ATTRIBUTES : ENTERPRISE_ATTRIBUTES).get(name!.toLowerCase());
  if (!attribute) throw scimInvalid('invalidPath', `"${raw}" names no attribute of a User`);
  let valueFilter: Filter | null = null;
  if (filterText !== undefined) {
    if (!MULTI_VALUED.has(attribute)) throw scimInvalid('invalidPath', `"${attribute}" is not multi-valued and takes no filter`);
    try {
      valueFilter = parse(filterText);
    } catch {
      throw scimInvalid('invalidFilter', `"${filterText}" is not a valid value filter`);
    }
  }
  const sub = subName === undefined ? null : (SUB_ATTRIBUTES.get(subName.toLowerCase()) ?? null);
  if (subName !== undefined && sub === null) throw scimInvalid('invalidPath', `"${raw}" names no sub-attribute`);
  return { container, attribute, valueFilter, sub };
}

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a User resource as the client sees it, with what
 * Entra ID sends: any case of `op`, no `path` with an object of attributes (keys may themselves be
 * paths such as `name.givenName` or the enterprise extension's URN-prefixed names), value filters
 * such as `emails[type eq "work"].value` that create the value when none matches. The result is
 * validated as a whole User afterwards, so a bad value is refused like a bad POST.
 */
export function patchUser({ resource, operations }: { resource: Resource; operations: readonly ScimOperation[] }): Resource {
  const next = structuredClone(resource);
  for (const operation of operations) applyOperation({ resource: next, operation });
  return next;
}

function applyOperation({ resource, operation }: { resource: Resource; operation: ScimOperation }): void {
  const { op, path, value } = operation;
  if (path === undefined) {
    if (op === 'remove') throw scimInvalid('noTarget', 'A remove operation needs a path');
    if (!isObject(value)) throw scimInvalid('invalidValue', `An ${op} operation without a path takes an object of attributes`);
    for (const [key, entry] of Object.entries(value)) {
      if (key.toLowerCase() === ENTERPRISE_USER_SCHEMA.toLowerCase()) {
        if (!isObject(entry)) throw scimInvalid('invalidValue', `${ENTERPRISE_USER_SCHEMA} takes an object`);
        for (const [name, inner] of Object.entries(entry)) applyAt({ resource, op, path: parsePath(`${ENTERPRISE_USER_SCHEMA}:${name}`), value: inner });
        continue;
      }
      if (key.toLowerCase() === 'schemas') continue;
      applyAt({ resource, op, path: parsePath(key), value: entry });
    }
    return;
  }
  if (path.toLowerCase() === ENTERPRISE_USER_SCHEMA.toLowerCase()) {
    if (op === 'remove') {
      delete resource[ENTERPRISE_USER_SCHEMA];
      return;
    }
    if (!isObject(value)) throw scimInvalid('invalidValue', `${ENTERPRISE_USER_SCHEMA} takes an object`);
    for (const [name, inner] of Object.entries(value)) applyAt({ resource, op, path: parsePath(`${ENTERPRISE_USER_SCHEMA}:${name}`), value: inner });
    return;
  }
  applyAt({ resource, op, path: parsePath(path), value });
}

function containerOf({ resource, path, create }: { resource: Resource; path: Path; create: boolean }): Resource | null {
  if (path.container === 'core') return resource;
  const existing = resource[ENTERPRISE_USER_SCHEMA];
  if (isObject(existing)) return existing;
  if (!create) return null;
  const made: Resource = {};
  resource[ENTERPRISE_USER_SCHEMA] = made;
  const schemas = Array.isArray(resource.schemas) ? (resource.schemas as string[]) : [USER_SCHEMA];
  if (!schemas.includes(ENTERPRISE_USER_SCHEMA)) resource.schemas = [...schemas, ENTERPRISE_USER_SCHEMA];
  return made;
}

function applyAt({ resource, op, path, value }: { resource: Resource; op: ScimOperation['op']; path: Path; value: unknown }): void {
  const container = containerOf({ resource, path, create: op !== 'remove' });
  if (!container) return;
  const { attribute, valueFilter, sub } = path;
  if (op !== 'remove' && value === undefined) throw scimInvalid('invalidValue', `An ${op} of "${attribute}" needs a value`);
  if (valueFilter) return applyFiltered({ container, op, attribute, valueFilter, sub, value });
  if (op === 'remove') {
    if (sub === null) delete container[attribute];
    else if (isObject(container[attribute])) delete container[attribute][sub];
    return;
  }
  if (sub !== null) {
    if (MULTI_VALUED.has(attribute)) throw scimInvalid('invalidPath', `"${attribute}.${sub}" needs a value filter`);
    const inner = isObject(container[attribute]) ? container[attribute] : {};
    inner[sub] = value;
    container[attribute] = inner;
    return;
  }
  if (MULTI_VALUED.has(attribute)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    const existing = op === 'add' && Array.isArray(container[attribute]) ? (container[attribute] as unknown[]) : [];
    container[attribute] = [...existing, ...values];
    return;
  }
  if (op === 'add' && isObject(value) && isObject(container[attribute])) {
    container[attribute] = { ...container[attribute], ...value };
    return;
  }
  container[attribute] = value;
}

function applyFiltered({
  container,
  op,
  attribute,
  valueFilter,
  sub,
  value,
}: {
  container: Resource;
  op: ScimOperation['op'];
  attribute: string;
  valueFilter: Filter;
  sub: string | null;
  value: unknown;
}): void {
  const test = matches(valueFilter);
  const values = Array.isArray(container[attribute]) ? (container[attribute] as unknown[]) : [];
  const matched = values.filter((entry) => isObject(entry) && test(entry));
  if (op === 'remove') {
    container[attribute] =
      sub === null
        ? values.filter((entry) => !matched.includes(entry))
        : values.map((entry) => (matched.includes(entry) ? omit(entry as Resource, sub) : entry));
    return;
  }
  if (matched.length === 0) {
    // Entra replaces `emails[type eq "work"].value` on a user with no work email yet: the filter's equality makes the value.
    if (valueFilter.op !== 'eq' || !('compValue' in valueFilter)) throw scimInvalid('noTarget', `No value of "${attribute}" matches the filter`);
    const made: Resource = { [valueFilter.attrPath]: valueFilter.compValue };
    if (sub === null) {
      if (!isObject(value)) throw scimInvalid('invalidValue', `"${attribute}" values are objects`);
      Object.assign(made, value);
    } else made[sub] = value;
    container[attribute] = [...values, made];
    return;
  }
  container[attribute] = values.map((entry) => {
    if (!matched.includes(entry)) return entry;
    if (sub !== null) return { ...(entry as Resource), [sub]: value };
    if (!isObject(value)) throw scimInvalid('invalidValue', `"${attribute}" values are objects`);
    return op === 'add' ? { ...(entry as Resource), ...value } : value;
  });
}

function omit(entry: Resource, key: string): Resource {
  const { [key]: _removed, ...rest } = entry;
  return rest;
}

function isObject(value: unknown): value is Resource {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
