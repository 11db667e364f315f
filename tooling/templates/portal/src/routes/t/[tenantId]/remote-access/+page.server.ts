export { loadRemoteAccess as load, remoteAccessActions as actions } from '@loome/portal-kit/server';
