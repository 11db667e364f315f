import type { Caller } from '../auth/caller.js';
import type { AppServices } from './app-services.js';

export interface TrpcContext {
  caller: Caller;
  origin: string | undefined;
  ownOrigin: string | undefined;
  services: AppServices;
}
