import { z } from 'zod';

export const resentInvitationOutputSchema = z.object({ resent: z.object({ principalId: z.string(), email: z.string() }) });
export const revokedInvitationOutputSchema = z.object({ revoked: z.object({ principalId: z.string() }) });
