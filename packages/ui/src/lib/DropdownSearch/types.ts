export interface DropdownOption {
  value: string;
  label: string;
  description?: string;
}
