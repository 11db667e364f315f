import { noInputSchema } from '../../common/validation/common.schema.js';
import { createRouter, publicProcedure } from '../../trpc/trpc.js';
import { productsOutputSchema } from './schemas/products.output.js';

export const productsRouter = createRouter({
  list: publicProcedure
    .input(noInputSchema)
    .output(productsOutputSchema)
    .query(({ ctx }) => ctx.services.products.list()),
});
