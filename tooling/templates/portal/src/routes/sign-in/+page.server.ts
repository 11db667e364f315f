export { signInActions as actions } from '@loome/portal-kit/server';
