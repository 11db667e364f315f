import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { TenantMember } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { ValidBody } from '../../common/validation/valid-input.decorator.js';
import { PreviewsService } from './previews.service.js';
import { previewChangeSchema, previewOutputSchema, type PreviewChangeInput } from './schemas/preview.schema.js';

/**
 * A dry run of one change. Any member may ask: the planner refuses in its answer exactly where the
 * change itself would be refused (FORBIDDEN included), and nothing is written either way.
 */
@Controller(`${TENANT}/change-previews`)
export class PreviewsController {
  constructor(private readonly previews: PreviewsService) {}

  @Post()
  @HttpCode(200)
  @TenantMember()
  @Returns(previewOutputSchema, { operationId: 'previewChange', summary: 'Preview a change: what it would do, or why it would be refused' })
  async preview(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(previewChangeSchema) change: PreviewChangeInput) {
    return previewOutputSchema.parse(await this.previews.preview({ caller: signedIn({ caller }), tenantId, change }));
  }
}
