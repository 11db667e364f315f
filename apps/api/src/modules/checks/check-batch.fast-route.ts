import { signedIn } from '../../auth/current-caller.decorator.js';
import type { FastRoute } from '../../common/http/fast-lane.js';
import { ChecksService } from './checks.service.js';
import type { CheckBatchInput } from './schemas/check.schema.js';

/** `POST …/check/batch` is the API's hottest route: clients ask it for every screen they draw. */
export const checkBatchFastRoute: FastRoute<CheckBatchInput> = {
  handler: 'ChecksController.batch',
  answerWith: (app) => {
    const checks = app.get(ChecksService);
    return ({ caller, params, body }) => checks.batchJson({ caller: signedIn({ caller }), tenantId: params.tenantId!, checks: body.checks });
  },
};
