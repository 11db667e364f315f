/** The audit log's filters by the words the form labels them with, also used to say which one was refused. */
export const AUDIT_FILTER_LABELS = {
  actor: 'Who',
  action: 'Kind of change',
  target: 'About',
  from: 'From (UTC)',
  to: 'To (UTC)',
} as const;
