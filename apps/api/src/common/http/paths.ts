/** REST paths share these prefixes; the OpenAPI document and the route registry read them back. */
export const API = 'api/v1';
export const TENANT = 'api/v1/tenants/:tenantId';
