import type { EntityManager } from 'typeorm';

/**
 * `values` as a subquery over ONE bound parameter `:name`: a tenant's users number in the
 * hundreds of thousands, far beyond either database's limit on bound parameters. PostgreSQL
 * takes a text array; SQLite, without arrays, a JSON array.
 */
function valuesSubquery({ manager, name, values }: { manager: EntityManager; name: string; values: ReadonlySet<string> }): {
  subquery: string;
  parameters: Record<string, unknown>;
} {
  return manager.connection.options.type === 'postgres'
    ? { subquery: `SELECT unnest(CAST(:${name} AS text[]))`, parameters: { [name]: [...values] } }
    : { subquery: `SELECT value FROM json_each(:${name})`, parameters: { [name]: JSON.stringify([...values]) } };
}

/** A condition matching `column` against `values` bound as one parameter (see `valuesSubquery`); PostgreSQL's `= ANY` is hashed, quick. */
export function inList({
  manager,
  column,
  name,
  values,
}: {
  manager: EntityManager;
  column: string;
  name: string;
  values: ReadonlySet<string>;
}): { where: string; parameters: Record<string, unknown> } {
  if (manager.connection.options.type === 'postgres') return { where: `${column} = ANY(CAST(:${name} AS text[]))`, parameters: { [name]: [...values] } };
  const { subquery, parameters } = valuesSubquery({ manager, name, values });
  return { where: `${column} IN (${subquery})`, parameters };
}
