import { noInputSchema } from '../common/validation/common.schema.js';
import { authenticatedProcedure, createRouter, publicProcedure } from '../trpc/trpc.js';
import { devLoginSchema } from './schemas/dev-login.schema.js';
import {
  oidcCallbackOutputSchema,
  oidcCallbackSchema,
  oidcSignOutOutputSchema,
  oidcSignOutSchema,
  oidcStartOutputSchema,
  oidcStartSchema,
  signedInOutputSchema,
  signInMethodOutputSchema,
  signInMethodSchema,
} from './schemas/oidc.schema.js';

export const authRouter = createRouter({
  devLogin: publicProcedure
    .input(devLoginSchema)
    .output(signedInOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.signIn.devLogin({ email: input.email })),
  signOut: authenticatedProcedure.input(noInputSchema).mutation(async ({ ctx }) => {
    await ctx.services.signIn.signOut({ caller: ctx.caller });
  }),
  signInMethod: publicProcedure
    .input(signInMethodSchema.optional())
    .output(signInMethodOutputSchema)
    .query(({ ctx }) => ctx.services.oidcSignIn.method()),
  oidcStart: publicProcedure
    .input(oidcStartSchema)
    .output(oidcStartOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.oidcSignIn.start(input)),
  oidcCallback: publicProcedure
    .input(oidcCallbackSchema)
    .output(oidcCallbackOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.oidcSignIn.finish(input)),
  oidcSignOut: authenticatedProcedure
    .input(oidcSignOutSchema)
    .output(oidcSignOutOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.oidcSignIn.signOut({ caller: ctx.caller, postLogoutRedirectUri: input.postLogoutRedirectUri })),
});
