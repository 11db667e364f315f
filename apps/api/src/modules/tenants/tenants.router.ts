import { authenticatedProcedure, createRouter, permissionProcedure } from '../../trpc/trpc.js';
import { idSchema, noInputSchema } from '../../common/validation/common.schema.js';
import { updateSettingsSchema } from './schemas/update-settings.schema.js';
import { myTenantsOutputSchema, settingsOutputSchema } from './schemas/tenants.output.js';

export const tenantsRouter = createRouter({
  mine: authenticatedProcedure
    .input(noInputSchema)
    .output(myTenantsOutputSchema)
    .query(({ ctx }) => ctx.services.tenants.mine({ caller: ctx.caller })),
});

export const settingsRouter = createRouter({
  update: permissionProcedure('userManagement')
    .input(updateSettingsSchema.extend({ tenantId: idSchema }))
    .output(settingsOutputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.tenants.updateSettings({ caller: ctx.caller, tenantId, input })),
});
