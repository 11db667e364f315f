import { createRouter, publicProcedure } from '../../trpc/trpc.js';
import { productsOutputSchema } from './schemas/products.output.js';

export const productsRouter = createRouter({
  list: publicProcedure.output(productsOutputSchema).query(({ ctx }) => ctx.services.products.list()),
});
