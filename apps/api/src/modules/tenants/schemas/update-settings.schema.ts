import { z } from 'zod';

export const updateSettingsSchema = z.object({ projectCreation: z.enum(['project-creators', 'administrators']).optional() }).strict();
export type UpdateSettingsInput = z.output<typeof updateSettingsSchema>;
