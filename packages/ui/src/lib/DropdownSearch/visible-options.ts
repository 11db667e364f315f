/**
 * What the list shows: the option built from the typed text first (e.g. a typed email),
 * then the searched or filtered options without a second copy of it.
 */
import type { DropdownOption } from './types.js';

interface VisibleOptionsInput {
  query: string;
  /** Set when options come from a search: they are shown as answered, not filtered again. */
  found: DropdownOption[] | null;
  options: DropdownOption[];
  leadingOption?: (query: string) => DropdownOption | null;
}

export function visibleOptions({ query, found, options, leadingOption }: VisibleOptionsInput): DropdownOption[] {
  const text = query.trim();
  const lead = text && leadingOption ? leadingOption(text) : null;
  const base = found ?? options.filter((option) => option.label.toLowerCase().includes(text.toLowerCase()));
  return lead ? [lead, ...base.filter((option) => option.value !== lead.value)] : base;
}

/** The highlighted option after an arrow key: it stops at either end rather than wrapping. */
export function activeAfterArrow({ key, active, count }: { key: 'ArrowDown' | 'ArrowUp'; active: number; count: number }): number {
  return key === 'ArrowDown' ? Math.min(active + 1, count - 1) : Math.max(active - 1, 0);
}
