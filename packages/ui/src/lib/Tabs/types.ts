export interface TabItem {
  id: string;
  label: string;
}
