import { workspaceScripts } from '@loome/eslint-config';

export default workspaceScripts({ dir: import.meta.dirname });
