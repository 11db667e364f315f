import { authenticatedProcedure, createRouter, publicProcedure } from '../trpc/trpc.js';
import { devLoginSchema } from './schemas/dev-login.schema.js';

export const authRouter = createRouter({
  devLogin: publicProcedure.input(devLoginSchema).mutation(({ ctx, input }) => ctx.services.signIn.devLogin({ email: input.email })),
  signOut: authenticatedProcedure.mutation(({ ctx }) => ctx.services.signIn.signOut({ caller: ctx.caller })),
});
