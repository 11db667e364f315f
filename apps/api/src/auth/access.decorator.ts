import { SetMetadata } from '@nestjs/common';
import type { Access, NamedPermission } from './access.js';

export const ACCESS_METADATA = 'loome:access';

const declare = (access: Access) => SetMetadata(ACCESS_METADATA, access);

export const Public = () => declare({ kind: 'public' });
export const Platform = () => declare({ kind: 'platform' });
export const Authenticated = () => declare({ kind: 'authenticated' });
export const TenantMember = () => declare({ kind: 'tenant-member' });
export const RequirePermission = (permission: NamedPermission) => declare({ kind: 'permission', permission });
export const ScimToken = () => declare({ kind: 'scim' });
