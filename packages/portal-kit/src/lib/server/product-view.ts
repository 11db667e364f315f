/** Reads the product configuration once on the server and hands the pages plain data. */
import { assignableProjectRolesWeakestFirst, getProduct, projectAdministrationPermissionOf } from '@loome/roles-core';
import type { ProductView } from '../types.js';

export function buildProductView({ productId }: { productId: string }): ProductView {
  const product = getProduct(productId);
  if (!product) throw new Error(`No product configuration for "${productId}" in roles-core`);
  return {
    id: product.id,
    name: product.name,
    lookup: { users: product.lookup.users, groups: product.lookup.groups },
    limitedMembers: product.limitedMembers !== null,
    limitedMemberRole: product.limitedMembers?.projectRole ?? null,
    referenceWriters: product.limitedMembers ? { ...product.limitedMembers.writers } : null,
    legacy: product.legacy !== null,
    consumerScope: product.consumerScope.kind,
    permissions: { ...product.permissions },
    projectPermissions: { ...product.projectPermissions },
    legacyPermissions: { ...(product.legacy?.extraPermissions ?? {}) },
    applicationRoles: Object.entries(product.applicationRoles).map(([id, role]) => ({
      id,
      label: role.label,
      description: role.description ?? '',
    })),
    projectRoles: Object.entries(product.projectRoles).map(([id, role]) => ({
      id,
      label: role.label,
      assignable: role.assignable,
    })),
    projectRoleChoices: assignableProjectRolesWeakestFirst({ product }).map((id) => ({ id, label: product.projectRoles[id]!.label })),
    legacyRoles: Object.entries(product.legacy?.roles ?? {}).map(([id, role]) => ({
      id,
      label: role.label,
      description: role.description ?? '',
    })),
    userManagementPermission: product.userManagementPermission,
    projectManagementPermission: product.projectManagementPermission,
    projectCreationPermission: product.projectCreation.permission,
    projectMembersPermission: product.projectMembersPermission,
    projectAdministrationPermission: projectAdministrationPermissionOf({ product }),
  };
}
