export interface TableColumn {
  key: string;
  label: string;
  /** Visually hidden header, e.g. for an actions column that still needs a name. */
  hiddenLabel?: boolean;
}
