import { createRouter, publicProcedure } from '../../trpc/trpc.js';

export const productsRouter = createRouter({
  list: publicProcedure.query(({ ctx }) => ctx.services.products.list()),
});
