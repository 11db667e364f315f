import type { EntityManager } from 'typeorm';

/**
 * Unit separator between fields and rows, record separator between the shared fields of a row.
 * Validation only refuses NUL, so a value may still hold either: the piece counts then differ
 * from what the rows imply and `readPackedRows` falls back to plain rows.
 */
const SEPARATOR = '\u001f';
const SHARED_SEPARATOR = '\u001e';

/** Each field of `Row` and the non-null text SQL expression that reads it. */
type Columns<Row> = Readonly<Record<keyof Row & string, string>>;

type Query<Row> = { manager: EntityManager; columns: Columns<Row>; fromWhere: string; parameters: Record<string, unknown> };

/**
 * Reads many rows as ONE aggregated text and splits it once: materialising a million row objects
 * in the database drivers took seconds, one string and a split a fraction of that.
 * `shared` names fields with few distinct values (a grant's project, kind and role): they travel
 * as one piece per row and are created once per distinct value, so the many rows sharing them
 * also share their strings. `fromWhere` is the query's FROM…WHERE clause with named parameters.
 * Row order is unspecified, as with a plain SELECT without ORDER BY.
 */
export async function readPackedRows<Row extends Record<string, string>>({
  manager,
  columns,
  shared = [],
  fromWhere,
  parameters,
}: Query<Row> & { shared?: readonly (keyof Row & string)[] }): Promise<Row[]> {
  const own = (Object.keys(columns) as (keyof Row & string)[]).filter((field) => !shared.includes(field));
  const pieces = [...(shared.length > 0 ? [shared.map((field) => `(${columns[field]})`).join(` || '${SHARED_SEPARATOR}' || `)] : []), ...own.map((field) => `(${columns[field]})`)];
  const [sql, bound] = manager.connection.driver.escapeQueryWithParameters(
    `SELECT count(*) AS "count", ${concatAggregate({ manager, expression: pieces.join(` || '${SEPARATOR}' || `) })} AS "packed" ${fromWhere}`,
    parameters,
  );
  const [result] = (await manager.query(sql, bound)) as { count: number | string; packed: string | null }[];
  const count = Number(result?.count ?? 0);
  if (count === 0 || result?.packed == null) return [];
  const values = result.packed.split(SEPARATOR);
  const fallback = () => readPlainRows<Row>({ manager, columns, fromWhere, parameters });
  if (values.length !== count * pieces.length) return fallback();
  const sharedByKey = new Map<string, Record<string, string>>();
  const rows = new Array<Row>(count);
  for (let index = 0, next = 0; index < count; index++) {
    const row: Record<string, string> = {};
    if (shared.length > 0) {
      const key = values[next++]!;
      let fields = sharedByKey.get(key);
      if (fields === undefined) {
        const parts = key.split(SHARED_SEPARATOR);
        if (parts.length !== shared.length) return fallback();
        fields = Object.fromEntries(shared.map((field, at) => [field, parts[at]!]));
        sharedByKey.set(key, fields);
      }
      for (const field of shared) row[field] = fields[field]!;
    }
    for (const field of own) row[field] = values[next++]!;
    rows[index] = row as Row;
  }
  return rows;
}

/** The same rows read one by one: the fallback when a value holds a separator. */
async function readPlainRows<Row extends Record<string, string>>({ manager, columns, fromWhere, parameters }: Query<Row>): Promise<Row[]> {
  const select = (Object.keys(columns) as (keyof Row & string)[]).map((field) => `(${columns[field]}) AS "${field}"`).join(', ');
  const [sql, bound] = manager.connection.driver.escapeQueryWithParameters(`SELECT ${select} ${fromWhere}`, parameters);
  return (await manager.query(sql, bound)) as Row[];
}

/** The dialect's aggregate joining `expression` over the rows with SEPARATOR. */
function concatAggregate({ manager, expression }: { manager: EntityManager; expression: string }): string {
  const name = manager.connection.options.type === 'postgres' ? 'string_agg' : 'group_concat';
  return `${name}(${expression}, '${SEPARATOR}')`;
}
