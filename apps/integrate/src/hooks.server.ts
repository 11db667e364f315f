import { createPortalHandle, portalHandleError } from '@loome/portal-kit/server';

export const handle = createPortalHandle();
// Unexpected failures reach the portal's error page in words (and the server's log in full).
export const handleError = portalHandleError;
