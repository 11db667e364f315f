import { AUDIT_ACTIONS } from '@loome/roles-core';
import { z } from 'zod';
import { plainText } from '../../../common/validation/common.schema.js';

/** A day alone covers all of it (UTC): `from` its first instant, `to` its last. */
function instantOf({ text, edge }: { text: string; edge: 'start' | 'end' }): string {
  if (text.length > 10) return text;
  return `${text}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`;
}

/** A bound of the date range, answered as the log stores times (ISO, UTC, milliseconds) so that text comparison orders them. */
function dateBound({ edge }: { edge: 'start' | 'end' }) {
  return z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .transform((text) => new Date(instantOf({ text, edge })).toISOString())
    .meta({
      description: `A date (YYYY-MM-DD, a whole UTC day) or an ISO 8601 date-time with its offset; ${edge === 'start' ? 'events at or after it' : 'events at or before it'}`,
    });
}

const searchText = (what: string) => plainText().trim().min(1).max(500).meta({ description: what });

/**
 * R24: what the audit log can be narrowed to, on the server, alike for a page and for an export.
 * Every filter is optional; together they all must hold.
 */
export const auditFiltersShape = {
  actor: searchText("Who acted: part of a user's email, of an API key's or a SCIM token's description, or an actor's id").optional(),
  action: z.enum(AUDIT_ACTIONS).optional().meta({ description: 'One kind of change' }),
  target: searchText(
    "What the change touched: part of a user's email, of a project's, group's, rule's or department's name, of an API key's description, or of its reference (`kind:id`)",
  ).optional(),
  from: dateBound({ edge: 'start' }).optional(),
  to: dateBound({ edge: 'end' }).optional(),
};

export type AuditFilters = { [K in keyof typeof auditFiltersShape]?: z.output<(typeof auditFiltersShape)[K]> };

/** The range must not end before it starts: that would answer nothing, and is most likely a slip. */
export function withOrderedRange<S extends z.ZodType<{ from?: string; to?: string }>>(schema: S): S {
  return schema.refine(({ from, to }) => from === undefined || to === undefined || from <= to, { path: ['to'], message: 'must not be before from' });
}
