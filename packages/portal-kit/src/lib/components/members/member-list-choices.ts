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
const KIND_CHOICES = [
  { value: '', label: 'All kinds' },
  { value: 'user', label: 'Users' },
  { value: 'group', label: 'Groups' },
  { value: 'apiKey', label: 'API keys' },
];

/** The kind, status and order selects of a member list's search, set to what the address holds. */
export function memberSearchSelects({ kind, status, sort }: { kind: string; status: string; sort: string }) {
  return [
    { name: 'kind', label: 'Kind', value: kind, options: KIND_CHOICES },
    { name: 'status', label: 'Status', value: status, options: STATUS_CHOICES },
    { name: 'sort', label: 'Sort by', value: sort, options: SORT_CHOICES },
  ];
}
