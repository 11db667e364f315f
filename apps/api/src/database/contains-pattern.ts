/**
 * A LIKE pattern that matches `q` literally anywhere, case-insensitively on both databases: compare
 * it with `LOWER(column) LIKE :pattern ESCAPE '\'`.
 */
export function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
