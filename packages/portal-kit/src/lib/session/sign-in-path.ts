/**
 * Where a portal sends someone to sign in, and where sign-in sends them back: the same page
 * (path and query) they were on. Used by the server (loads, actions, the sign-in route) and by
 * forms in the browser, so the return path is built and checked in one place.
 */
export const SIGN_IN_PATH = '/sign-in';

const MAX_RETURN_PATH = 2000;

/** A query parameter the sign-in page reads: the session had ended (not a first sign-in). */
const ENDED = 'ended';

/**
 * Only a path of this portal, so a crafted link cannot send the user elsewhere after sign-in:
 * one leading slash, no scheme or host (`//host`, `/\host`), no control characters.
 */
export function safeReturnPath({ next }: { next: string | null | undefined }): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(next)) return '/';
  // Resolved against a placeholder origin: whatever the path says, it must stay on that origin.
  const resolved = new URL(next, 'http://portal.invalid');
  if (resolved.origin !== 'http://portal.invalid' || resolved.pathname.startsWith(SIGN_IN_PATH)) return '/';
  // The API keeps a return path of at most 2,000 characters; a longer query is dropped, not the page.
  const path = `${resolved.pathname}${resolved.search}`;
  return path.length <= MAX_RETURN_PATH ? path : resolved.pathname.slice(0, MAX_RETURN_PATH);
}

/**
 * The page an address shows: its path and query, without SvelteKit's form-action names
 * (`?/addMembers`), which would post again, nor its internal parameters.
 */
export function pageAddressOf({ url }: { url: URL }): string {
  const query = new URLSearchParams([...url.searchParams].filter(([name]) => !name.startsWith('/') && !name.startsWith('x-sveltekit-')));
  const search = query.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}

/** The page a request was made from, as a return path for sign-in. */
export function returnPathOf({ url }: { url: URL }): string {
  return safeReturnPath({ next: pageAddressOf({ url }) });
}

/** `/sign-in?next=…`, and `ended=1` when a session ended under the person's hands. */
export function signInPathFor({ next, ended = false }: { next: string; ended?: boolean }): string {
  const query = new URLSearchParams({ next: safeReturnPath({ next }) });
  if (ended) query.set(ENDED, '1');
  return `${SIGN_IN_PATH}?${query.toString()}`;
}

/** What the sign-in page reads from its own address. */
export function signInRequestOf({ url }: { url: URL }): { next: string; ended: boolean } {
  return { next: safeReturnPath({ next: url.searchParams.get('next') }), ended: url.searchParams.get(ENDED) === '1' };
}

/** Whether an address (e.g. a form action's redirect) is this portal's sign-in page. */
export function isSignInLocation({ location, base }: { location: string; base: string }): boolean {
  const target = new URL(location, base);
  return target.origin === new URL(base).origin && target.pathname === SIGN_IN_PATH;
}
