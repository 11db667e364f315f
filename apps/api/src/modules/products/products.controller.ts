import { Controller, Get } from '@nestjs/common';
import { Public } from '../../auth/access.decorator.js';
import { API } from '../../common/http/paths.js';
import { ProductsService } from './products.service.js';

@Controller(`${API}/products`)
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @Public()
  list() {
    return this.products.list();
  }
}
