import { signOut } from '@loome/portal-kit/server';

export const actions = { default: signOut };
