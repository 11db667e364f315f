// The public API of @loome/ui: components that know nothing of roles.
export { default as Button } from './Button/Button.svelte';
export { default as Badge } from './Badge/Badge.svelte';
export { default as Tabs } from './Tabs/Tabs.svelte';
export type { TabItem } from './Tabs/types.js';
export { default as SlideOut } from './SlideOut/SlideOut.svelte';
export { default as Dialog } from './Dialog/Dialog.svelte';
export { default as Table } from './Table/Table.svelte';
export type { TableColumn } from './Table/types.js';
export { default as DropdownSearch } from './DropdownSearch/DropdownSearch.svelte';
export type { DropdownOption } from './DropdownSearch/types.js';
export { default as Toast } from './Toast/Toast.svelte';
export { toasts } from './Toast/toasts.svelte.js';
export type { ToastMessage } from './Toast/toasts.svelte.js';
export { default as Field } from './Field/Field.svelte';
export { default as TextInput } from './TextInput/TextInput.svelte';
export { default as Select } from './Select/Select.svelte';
export type { SelectOption } from './Select/types.js';
export { focusTrap } from './actions/focus-trap.js';
