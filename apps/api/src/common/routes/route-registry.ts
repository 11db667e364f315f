import { type INestApplication, RequestMethod } from '@nestjs/common';
import { HEADERS_METADATA, HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { z } from 'zod';
import type { Access } from '../../auth/access.js';
import { ACCESS_METADATA } from '../../auth/access.decorator.js';
import { appRouter } from '../../trpc/app-router.js';
import type { ProcedureMeta } from '../../trpc/trpc.js';
import { OPERATION_METADATA, type OperationDeclaration } from '../contract/returns.decorator.js';
import { BODY_SCHEMA, QUERY_SCHEMA } from '../validation/valid-input.decorator.js';

export interface RouteEntry {
  method: string;
  /** Express-style, e.g. `/api/v1/tenants/:tenantId/roles`. */
  path: string;
  /** Null when a handler declares nothing: the guard then refuses every call. */
  access: Access | null;
  body: z.ZodType | null;
  query: z.ZodType | null;
  /** `Controller.method`. */
  handler: string;
  /** The status of a successful answer: `@HttpCode`, else Nest's default (201 for POST, 200 otherwise). */
  status: number;
  /** Headers set by `@Header`. */
  headers: readonly { name: string; value: string }[];
  /** `@Returns`: the success answer's schema and the operation's name; null when undeclared. */
  operation: OperationDeclaration | null;
  /** The controller's name without `Controller`, e.g. `Roles`: the operation's tag. */
  controller: string;
}

export interface ProcedureEntry {
  path: string;
  type: string;
  access: Access | null;
  /** The zod input schemas the procedure declares (`.input()`); one each, shared with REST. */
  inputs: readonly z.ZodType[];
}

function joinPath(...parts: string[]): string {
  return `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;
}

/** Every REST route with its declared access and schemas, read from the Nest app itself. */
export function listRoutes({ app }: { app: INestApplication }): RouteEntry[] {
  return routesOf({ modules: app.get(ModulesContainer) });
}

export function routesOf({ modules }: { modules: ModulesContainer }): RouteEntry[] {
  const routes: RouteEntry[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        routes.push({
          method: RequestMethod[method],
          path: joinPath(base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')),
          access: (Reflect.getMetadata(ACCESS_METADATA, handler) as Access | undefined) ?? null,
          body: (Reflect.getMetadata(BODY_SCHEMA, handler) as z.ZodType | undefined) ?? null,
          query: (Reflect.getMetadata(QUERY_SCHEMA, handler) as z.ZodType | undefined) ?? null,
          handler: `${controller.name}.${name}`,
          status: (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === RequestMethod.POST ? 201 : 200),
          headers: (Reflect.getMetadata(HEADERS_METADATA, handler) as { name: string; value: string }[] | undefined) ?? [],
          operation: (Reflect.getMetadata(OPERATION_METADATA, handler) as OperationDeclaration | undefined) ?? null,
          controller: controller.name.replace(/Controller$/, ''),
        });
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** Every tRPC procedure with its declared access. */
export function listProcedures(): ProcedureEntry[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: ProcedureMeta; inputs: z.ZodType[] } }>;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type, access: procedure._def.meta?.access ?? null, inputs: procedure._def.inputs }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
