import { PackedIds, type HolderIds } from '@loome/roles-core/loading';
import type { EntityManager } from 'typeorm';

/**
 * Between the values of one aggregated column. Validation only refuses NUL, so a value may still
 * hold it: the piece counts then differ from the row count, and the read falls back to plain rows.
 */
const SEPARATOR = '\u001f';

/** How many rows of a packed PostgreSQL read share one aggregated row. */
const POSTGRES_RUN = 1024;

/** Each field and the non-null text SQL expression that reads it. */
type Columns<Row> = Readonly<Record<keyof Row & string, string>>;

type Query = { manager: EntityManager; fromWhere: string; parameters: Record<string, unknown> };

/** Equal-length lists, one per field: row `i` is every list's `i`-th value. Each list is split from its texts on first read. */
export type PackedColumns<Row> = { count: number; values: { readonly [K in keyof Row]: string[] } };

/** The rows sharing one value of every `key` field, and the `member` field of each (packed as read, or listed when read row by row). */
export type PackedGroup<Key> = { key: Key; members: HolderIds };

/**
 * Reads many rows as ONE aggregated text per column: materialising a million row objects in the
 * database drivers took seconds, and joining a row's fields with `||` cost the database more than
 * aggregating each column on its own. One scan feeds every aggregate, so their pieces line up
 * row by row. A column is split into its values when it is first read, so a column nobody reads
 * (a loaded tenant's names, until something lists its users) makes no strings. `fromWhere` is the
 * query's FROM…WHERE clause with named parameters. Rows come, as a rule, in the order of their
 * first field on PostgreSQL and in the order SQLite's plan reads them (its index order) there;
 * order only speeds up interning them.
 */
export async function readPackedColumns<Row extends Record<string, string>>({
  manager,
  columns,
  fromWhere,
  parameters,
}: Query & { columns: Columns<Row> }): Promise<PackedColumns<Row>> {
  const fields = Object.keys(columns) as (keyof Row & string)[];
  const results = await query<Record<string, string | null>>({
    manager,
    sql: packedColumnsSql({ manager, expressions: fields.map((field) => columns[field]), fromWhere }),
    parameters,
  });
  let count = 0;
  const texts = fields.map((): PackedIds[] => []);
  for (const result of results) {
    const rows = Number(result.count ?? 0);
    if (rows === 0) continue;
    for (let at = 0; at < fields.length; at++) {
      const packed = new PackedIds(result[`c${at}`] ?? '', SEPARATOR);
      if (packed.length !== rows) return columnsOf({ rows: await readPlainRows({ manager, columns, fromWhere, parameters }), fields });
      texts[at]!.push(packed);
    }
    count += rows;
  }
  const values = {} as PackedColumns<Row>['values'];
  fields.forEach((field, at) => {
    let list: string[] | undefined;
    Object.defineProperty(values, field, { enumerable: true, get: () => (list ??= texts[at]!.flatMap((packed) => packed.list())) });
  });
  return { count, values };
}

/**
 * SQLite hands one aggregated row over in memory, so one row is cheapest there. PostgreSQL sends
 * each result row as one message, which its driver gathers by copying as it grows: one aggregate
 * of a quarter of a million users made a message of tens of megabytes that cost more to receive
 * than to compute. There the rows are numbered in the order of the first column and aggregated in
 * runs of POSTGRES_RUN, so each message stays small. The aggregates take rows as the numbering
 * hands them over, in order: an ORDER BY inside them made PostgreSQL sort every run once per
 * column (a third of the read). Order only speeds interning (sorted ids looked up in a table built
 * from sorted ids walk memory in order); the columns line up whatever it is, as every aggregate
 * of a run reads the same rows in the same sequence.
 */
function packedColumnsSql({ manager, expressions, fromWhere }: { manager: EntityManager; expressions: string[]; fromWhere: string }): string {
  if (manager.connection.options.type !== 'postgres') {
    return `SELECT count(*) AS "count", ${expressions.map((expression, at) => `${concatAggregate({ manager, expression })} AS "c${at}"`).join(', ')} ${fromWhere}`;
  }
  const numbered = `SELECT ${expressions.map((expression, at) => `(${expression}) AS "c${at}"`).join(', ')}, row_number() OVER (ORDER BY (${expressions[0]})) AS "n" ${fromWhere}`;
  const aggregates = expressions.map((_, at) => `string_agg("c${at}", '${SEPARATOR}') AS "c${at}"`);
  const run = `("n" - 1) / ${POSTGRES_RUN}`;
  return `SELECT count(*) AS "count", ${aggregates.join(', ')} FROM (${numbered}) AS "numbered" GROUP BY ${run} ORDER BY ${run}`;
}

/**
 * Reads rows grouped by their `key` fields, the `member` field of each group as one aggregated
 * text: a tenant's hundreds of thousands of grants share a few thousand (project, role, kind)
 * keys, so the database aggregates one short column along an index and the key strings are
 * created once per group, not once per row. Members stay packed: the decisions intern them from
 * the text, and a string per member is made only for the lists that ask.
 */
export async function readPackedGroups<Key extends Record<string, string>>({
  manager,
  key,
  member,
  fromWhere,
  parameters,
}: Query & { key: Columns<Key>; member: string }): Promise<PackedGroup<Key>[]> {
  const fields = Object.keys(key) as (keyof Key & string)[];
  const keys = fields.map((field) => `(${key[field]})`);
  const select = fields.map((field, at) => `${keys[at]} AS "${field}"`).join(', ');
  const rows = await query<Key & { count: number | string; members: string }>({
    manager,
    sql: `SELECT ${select}, count(*) AS "count", ${concatAggregate({ manager, expression: member })} AS "members" ${fromWhere} GROUP BY ${keys.join(', ')}`,
    parameters,
  });
  const groups: PackedGroup<Key>[] = [];
  for (const { count, members, ...values } of rows) {
    const packed = new PackedIds(members, SEPARATOR);
    if (packed.length !== Number(count))
      return groupsOf({ rows: await readPlainRows<Key & { member: string }>({ manager, columns: { ...key, member }, fromWhere, parameters }), fields });
    groups.push({ key: values as unknown as Key, members: packed });
  }
  return groups;
}

async function query<Row>({ manager, sql, parameters }: Omit<Query, 'fromWhere'> & { sql: string }): Promise<Row[]> {
  const [escaped, bound] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return manager.query<Row[]>(escaped, bound);
}

/** The same rows read one by one: the fallback when a value holds the separator. */
async function readPlainRows<Row extends Record<string, string>>({
  manager,
  columns,
  fromWhere,
  parameters,
}: Query & { columns: Columns<Row> }): Promise<Row[]> {
  const select = (Object.keys(columns) as (keyof Row & string)[]).map((field) => `(${columns[field]}) AS "${field}"`).join(', ');
  return query<Row>({ manager, sql: `SELECT ${select} ${fromWhere}`, parameters });
}

function columnsOf<Row extends Record<string, string>>({ rows, fields }: { rows: Row[]; fields: (keyof Row & string)[] }): PackedColumns<Row> {
  const values = Object.fromEntries(fields.map((field) => [field, rows.map((row) => row[field])])) as unknown as PackedColumns<Row>['values'];
  return { count: rows.length, values };
}

function groupsOf<Key extends Record<string, string>>({
  rows,
  fields,
}: {
  rows: (Key & { member: string })[];
  fields: (keyof Key & string)[];
}): PackedGroup<Key>[] {
  const byKey = new Map<string, { key: Key; members: string[] }>();
  for (const row of rows) {
    const values = fields.map((field) => row[field]);
    const id = JSON.stringify(values);
    let group = byKey.get(id);
    if (!group) byKey.set(id, (group = { key: Object.fromEntries(fields.map((field, at) => [field, values[at]])) as unknown as Key, members: [] }));
    group.members.push(row.member);
  }
  return [...byKey.values()];
}

/**
 * The dialect's aggregate joining `expression` over the rows with SEPARATOR, in the order the
 * rows reach it: along an index that ends with the member, as the grant tables' do, that is
 * sorted (see `packedColumnsSql` for why order helps and why it is not asked for).
 */
function concatAggregate({ manager, expression }: { manager: EntityManager; expression: string }): string {
  return manager.connection.options.type === 'postgres' ? `string_agg(${expression}, '${SEPARATOR}')` : `group_concat(${expression}, '${SEPARATOR}')`;
}
