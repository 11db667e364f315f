export interface SelectOption {
  value: string;
  label: string;
}

/** Options shown under a heading of their own (`<optgroup>`). */
export interface SelectOptionGroup {
  label: string;
  options: SelectOption[];
}
