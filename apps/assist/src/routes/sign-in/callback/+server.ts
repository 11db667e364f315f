// Where the OpenID provider sends the browser back after sign-in (AUTH_MODE=oidc).
export { oidcCallback as GET } from '@loome/portal-kit/server';
