import { z } from 'zod';
import { applicationRoleIdSchema, legacyRoleIdSchema, principalKindSchema, productIdSchema, roleModelSchema } from '../../../common/contract/output.schema.js';

const groupRefSchema = z.object({ id: z.string(), name: z.string() });

/** How a permission is held (R23). */
export const reasonSourceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('application-role'), role: applicationRoleIdSchema, group: groupRefSchema.nullable() }),
    z.object({ kind: z.literal('project-role'), role: z.string(), projectId: z.string(), group: groupRefSchema.nullable() }),
    z.object({
      kind: z.literal('limited-member'),
      role: z.string(),
      projectId: z.string(),
      recordIds: z.array(z.string()),
      ruleIds: z.array(z.string()),
    }),
    z.object({ kind: z.literal('legacy-role'), role: legacyRoleIdSchema, departmentId: z.string().nullable() }),
    z.object({
      kind: z.literal('api-key-policy'),
      policy: z.enum(['always-administrator', 'administrator-before-cutoff']),
      createdAt: z.string(),
      actsAs: z.literal('administrator'),
    }),
  ])
  .meta({ id: 'ReasonSource' });

const scopeVariants = [
  z.object({ kind: z.literal('tenant') }),
  z.object({ kind: z.literal('project'), projectId: z.string() }),
  z.object({ kind: z.literal('department'), departmentId: z.string() }),
  z.object({ kind: z.literal('assigned-project'), projectId: z.string() }),
  z.object({ kind: z.literal('assigned-records'), projectId: z.string(), recordIds: z.array(z.string()), ruleIds: z.array(z.string()) }),
  z.object({ kind: z.literal('consumer-scope'), scope: z.enum(['assigned-projects', 'assigned-records']) }),
  z.object({ kind: z.literal('administrators-only'), setting: z.literal('projectCreation') }),
] as const;

/** Where a permission holds. */
export const reasonScopeSchema = z.discriminatedUnion('kind', scopeVariants).meta({ id: 'ReasonScope' });

export const reasonSchema = z.object({ source: reasonSourceSchema, scope: reasonScopeSchema, applies: z.boolean() }).meta({ id: 'Reason' });

/** `{allowed, reason}`: `reason` in words, `reasons` as data. */
export const checkOutputSchema = z.object({ allowed: z.boolean(), reason: z.string(), reasons: z.array(reasonSchema) }).meta({ id: 'CheckResult' });
/** A batch answers the contract's \`{allowed, reason}\` per check, in order: structured reasons made it several times larger. */
export const checkBatchOutputSchema = z.object({
  results: z.array(z.object({ allowed: z.boolean(), reason: z.string() }).meta({ id: 'CheckBatchResult' })),
});

const explainedPermissionSchema = z.object({
  permission: z.string(),
  label: z.string(),
  reasons: z.array(reasonSchema.extend({ text: z.string() })),
});

/** R23: the About view. */
export const meOutputSchema = z
  .object({
    tenant: z.object({ id: z.string(), name: z.string(), roleModel: roleModelSchema }),
    product: z.object({ id: productIdSchema, name: z.string() }),
    principal: z.object({ kind: principalKindSchema, id: z.string().nullable(), email: z.string().nullable() }).nullable(),
    roles: z.array(
      z.object({
        source: reasonSourceSchema,
        scopes: z.array(z.intersection(reasonScopeSchema, z.object({ text: z.string() }))),
      }),
    ),
    permissions: z.array(explainedPermissionSchema),
    projects: z.array(z.object({ projectId: z.string(), projectName: z.string().nullable(), permissions: z.array(explainedPermissionSchema) })),
  })
  .meta({ id: 'Me' });
