import { Controller, Get } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { Public } from '../../auth/access.decorator.js';
import { buildOpenApiDocument } from '../../common/routes/openapi-document.js';
import { routesOf } from '../../common/routes/route-registry.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { openApiOutputSchema } from './schemas/docs.output.js';

@Controller('api/docs')
export class DocsController {
  private document: unknown = null;

  constructor(private readonly modules: ModulesContainer) {}

  /** The OpenAPI document, generated from the route registry and the validating schemas. */
  @Get()
  @Public()
  @Returns(openApiOutputSchema, { operationId: 'getOpenApiDocument', summary: 'This OpenAPI document' })
  openApi() {
    this.document ??= buildOpenApiDocument({ routes: routesOf({ modules: this.modules }) });
    return this.document;
  }
}
