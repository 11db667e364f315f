import { z } from 'zod';
import { emailSchema, idSchema, plainText } from '../../../common/validation/common.schema.js';

/**
 * A change to preview, named as the route that would make it: the same ids those routes take.
 * `move-user` is adding one user to another application role, which moves them out of theirs (R3);
 * `revoke-invitation` takes back a pending user's invitation, with every role it gave them;
 * `delete-project` deletes a project with every role given on it, and its records and rules.
 */
export const previewChangeSchema = z.discriminatedUnion('change', [
  z.object({ change: z.literal('remove-role-member'), roleId: idSchema, principalId: idSchema }).strict(),
  z.object({ change: z.literal('move-user'), roleId: idSchema, email: emailSchema }).strict(),
  z.object({ change: z.literal('remove-project-member'), projectId: idSchema, principalId: idSchema, role: plainText().min(1).max(100).optional() }).strict(),
  z.object({ change: z.literal('delete-api-key'), apiKeyId: idSchema }).strict(),
  z.object({ change: z.literal('revoke-invitation'), principalId: idSchema }).strict(),
  z.object({ change: z.literal('delete-project'), projectId: idSchema }).strict(),
]);
export type PreviewChangeInput = z.output<typeof previewChangeSchema>;

// Both sides strict: a key is unknown when neither side knows it, so unknown fields are refused
// (SPEC Contract details, Strict input) rather than stripped by the tenant side.
export const previewChangeInputSchema = z.intersection(z.object({ tenantId: idSchema }).strict(), previewChangeSchema);

const principalChangeSchema = z.object({
  kind: z.enum(['user', 'group', 'apiKey']),
  principalId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.string(),
  roleLabel: z.string(),
});

const projectChangeSchema = principalChangeSchema.extend({ projectId: z.string(), projectName: z.string() });

/** What the planner would do, in names; or the refusal the change would meet, before anyone asks for it. */
export const previewOutputSchema = z.discriminatedUnion('allowed', [
  z.object({
    allowed: z.literal(true),
    applicationRoles: z.object({ granted: z.array(principalChangeSchema), revoked: z.array(principalChangeSchema) }),
    projectRoles: z.object({ granted: z.array(projectChangeSchema), revoked: z.array(projectChangeSchema) }),
    deletedApiKeys: z.array(z.object({ id: z.string(), description: z.string() })),
    /** Projects the change deletes, with what goes with each (issue 17). */
    deletedProjects: z.array(z.object({ id: z.string(), name: z.string(), records: z.number().int(), communicationRules: z.array(z.string()) })),
    invitations: z.array(z.string()),
    /** Users holding `administrator` directly before and after (R11). */
    administrators: z.object({ before: z.number().int(), after: z.number().int() }),
  }),
  z.object({
    allowed: z.literal(false),
    refusal: z.object({
      code: z.string(),
      message: z.string(),
      invalidEntries: z.array(z.object({ position: z.number().int(), value: z.string() })).optional(),
      blocking: z
        .object({
          records: z.array(z.object({ id: z.string(), projectId: z.string() })),
          rules: z.array(z.object({ id: z.string(), projectId: z.string(), name: z.string() })),
        })
        .optional(),
      missingPermissions: z.array(z.string()).optional(),
    }),
  }),
]);
export type PreviewOutput = z.output<typeof previewOutputSchema>;
