import 'reflect-metadata';
import type { Server } from 'node:http';
import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { type FastRoute, serveFastLane } from './common/http/fast-lane.js';
import { jsonBodyMiddleware } from './common/http/json-body.middleware.js';
import { sendSecurityHeadersFirst } from './common/http/security-headers.js';
import type { AppConfig } from './config/app-config.js';
import { checkBatchFastRoute } from './modules/checks/check-batch.fast-route.js';
import { checkFastRoute } from './modules/checks/check.fast-route.js';
import { scimJsonBody } from './modules/scim/scim-json-body.js';
import { mountTrpc } from './trpc/mount-trpc.js';

const BODY_LIMIT_BYTES = 1_000_000;

/** Builds the app (REST under /api, tRPC under /trpc) without listening; main and tests share it. */
export async function createApp({ config, logger = true }: { config: AppConfig; logger?: boolean }): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config }), {
    bodyParser: false,
    logger: logger ? new Logger() : false,
  });
  // Answers are per caller and mostly POSTs: hashing every body for an ETag cost a check batch a tenth of its time.
  app.set('etag', false);
  // Names the framework to anyone scanning for its known flaws, and tells a client nothing it needs.
  app.disable('x-powered-by');
  const readJsonBody = jsonBodyMiddleware({ limitBytes: BODY_LIMIT_BYTES });
  app.use('/api', readJsonBody);
  // SCIM clients send application/scim+json; a body it cannot read answers in SCIM's format.
  app.use('/scim', scimJsonBody({ readJsonBody }));
  // Mounted before init so it is served ahead of Nest's not-found handler.
  mountTrpc({ app, bodyLimitBytes: BODY_LIMIT_BYTES });
  app.enableShutdownHooks();
  await app.init();
  serveFastLane({ app, routes: [checkBatchFastRoute as FastRoute, checkFastRoute as FastRoute], readJsonBody });
  sendSecurityHeadersFirst({ server: app.getHttpServer() });
  keepConnectionsLongerThanClients({ server: app.getHttpServer() });
  return app;
}

/**
 * Node closes an idle connection after 5 s; clients and the load balancers in front of an API keep
 * theirs for up to a minute. A request sent on a connection the server is closing at that moment
 * fails with a reset no retry logic sees coming, so the server waits longer than they do.
 */
function keepConnectionsLongerThanClients({ server }: { server: Server }): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
