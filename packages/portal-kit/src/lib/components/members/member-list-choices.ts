/** The status filter and the orders every member list offers (Application Roles, Manage Users). */
export const STATUS_CHOICES = [
  { value: '', label: 'Any status' },
  { value: 'User', label: 'User' },
  { value: 'User Invitation', label: 'User Invitation' },
];
export const SORT_CHOICES = [
  { value: 'name', label: 'Name' },
  { value: 'email', label: 'Email' },
  { value: 'status', label: 'Status' },
];
