import type { PortalLocals } from '@loome/portal-kit/server';

declare global {
  namespace App {
    interface Locals extends PortalLocals {}
  }
}
export {};
