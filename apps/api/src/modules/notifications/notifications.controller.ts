import { Controller, Param, Post } from '@nestjs/common';
import { TenantMember } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidBody } from '../../common/validation/valid-input.decorator.js';
import { NotificationsService } from './notifications.service.js';
import { notifySchema, type NotifyInput } from './schemas/notify.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { notifyOutputSchema } from './schemas/notifications.output.js';

@Controller(`${TENANT}/notifications`)
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Contract: needs projects.manage, or project.manage on the project (the core decides). */
  @Post()
  @TenantMember()
  @Returns(notifyOutputSchema, { operationId: 'sendNotification', summary: 'Send a project notification' })
  send(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(notifySchema) input: NotifyInput) {
    return this.notifications.send({ caller: signedIn({ caller }), tenantId, input });
  }
}
