import { createShellLoad } from '@loome/portal-kit/server';
import { portal } from '$lib/portal.config.js';

export const load = createShellLoad({ config: portal });
