import type { Cookies } from '@sveltejs/kit';

/** The parts of a SvelteKit load or action event the kit's helpers read. */
export interface PageEvent {
  locals: unknown;
  params: Partial<Record<string, string>>;
  cookies: Cookies;
  url: URL;
}
