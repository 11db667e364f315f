import { Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { Platform, RequirePermission } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidBody, ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { ApiKeysService } from './api-keys.service.js';
import { createApiKeySchema, importApiKeySchema, type CreateApiKeyInput, type ImportApiKeyInput } from './schemas/create-api-key.schema.js';
import { listApiKeysSchema, type ListApiKeysInput } from './schemas/list-api-keys.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { apiKeyListOutputSchema, createdApiKeyOutputSchema, deletedApiKeyOutputSchema, importedApiKeyOutputSchema } from './schemas/api-keys.output.js';

@Controller(`${TENANT}/api-keys`)
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @RequirePermission('userManagement')
  @Returns(createdApiKeyOutputSchema, { operationId: 'createApiKey', summary: 'Create an API key (its secret is shown once)' })
  create(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(createApiKeySchema) input: CreateApiKeyInput) {
    return this.apiKeys.create({ caller: signedIn({ caller }), tenantId, input });
  }

  @Get()
  @RequirePermission('userManagement')
  @Returns(apiKeyListOutputSchema, { operationId: 'listApiKeys', summary: 'List the API keys of a tenant' })
  list(@Param('tenantId') tenantId: string, @ValidQuery(listApiKeysSchema) query: ListApiKeysInput) {
    return this.apiKeys.list({ tenantId, ...query });
  }

  @Post('import')
  @Platform()
  @Returns(importedApiKeyOutputSchema, { operationId: 'importApiKey', summary: 'Import a key from the old system' })
  import(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(importApiKeySchema) input: ImportApiKeyInput) {
    return this.apiKeys.import({ caller, tenantId, input });
  }

  @Delete(':apiKeyId')
  @RequirePermission('userManagement')
  @Returns(deletedApiKeyOutputSchema, { operationId: 'deleteApiKey', summary: 'Delete an API key everywhere' })
  delete(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @Param('apiKeyId') apiKeyId: string) {
    return this.apiKeys.delete({ caller: signedIn({ caller }), tenantId, apiKeyId });
  }
}
