export { signInActions as actions, signInLoad as load } from '@loome/portal-kit/server';
