import type { EntityManager } from 'typeorm';

/**
 * A condition matching `column` against `values` bound as ONE parameter `:name`: a tenant's users
 * number in the hundreds of thousands, far beyond either database's limit on bound parameters.
 * PostgreSQL takes a text array (a hashed `= ANY`, quick); SQLite, without arrays, a JSON array.
 */
export function inList({ manager, column, name, values }: { manager: EntityManager; column: string; name: string; values: ReadonlySet<string> }): {
  where: string;
  parameters: Record<string, unknown>;
} {
  return manager.connection.options.type === 'postgres'
    ? { where: `${column} = ANY(CAST(:${name} AS text[]))`, parameters: { [name]: [...values] } }
    : { where: `${column} IN (SELECT value FROM json_each(:${name}))`, parameters: { [name]: JSON.stringify([...values]) } };
}
