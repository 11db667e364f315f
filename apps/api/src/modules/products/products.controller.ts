import { Controller, Get } from '@nestjs/common';
import { Public } from '../../auth/access.decorator.js';
import { API } from '../../common/http/paths.js';
import { ProductsService } from './products.service.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { productsOutputSchema } from './schemas/products.output.js';

@Controller(`${API}/products`)
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @Public()
  @Returns(productsOutputSchema, { operationId: 'listProducts', summary: 'The products: roles, permissions and policies' })
  list() {
    return this.products.list();
  }
}
