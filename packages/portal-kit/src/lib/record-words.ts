/**
 * Monitor's records (results rows, R17) have no name of their own, so the portals say what a
 * record is — who it is assigned to, which rule emails about it — and how many there are. Its id
 * is at most secondary: a short form that tells two alike records apart (issue 17).
 */

/** "1 record assigned to them", "3 records assigned to them, in 2 projects". */
export function recordsAssigned({ records }: { records: readonly { projectId: string }[] }): string {
  const projects = new Set(records.map((record) => record.projectId)).size;
  const counted = records.length === 1 ? '1 record' : `${records.length} records`;
  return `${counted} assigned to them${projects > 1 ? `, in ${projects} projects` : ''}`;
}

/** "record assigned to Ines Ortiz", "unassigned record of rule “Nightly”". */
export function recordDescription({ assignee, ruleName }: { assignee: string | null; ruleName: string | null }): string {
  const rule = ruleName ? ` of rule “${ruleName}”` : '';
  return assignee ? `record${rule} assigned to ${assignee}` : `unassigned record${rule}`;
}

/** The first characters of an id, enough to tell records apart on one page. */
export function shortId({ id }: { id: string }): string {
  return id.replaceAll('-', '').slice(0, 8);
}
