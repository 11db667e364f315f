/** The API's answers as its tRPC procedures declare them (`.output()`): the view models are built from these, never guessed. */
import type { AppRouter } from '@loome/api/router';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type ApiOutputs = inferRouterOutputs<AppRouter>;
export type ApiInputs = inferRouterInputs<AppRouter>;
export type ApiMember = ApiOutputs['roles']['members']['items'][number];
