// Writes the OpenAPI document and the client generated from it into packages/api-client.
// Run after `pnpm turbo run build --filter=@loome/api`: `pnpm --filter @loome/api run openapi:write`.
import { writeClientFiles } from '@loome/api-client/generate';
import { openApiDocumentOfApp } from '../dist/modules/docs/document-of-app.js';

const written = await writeClientFiles({ document: await openApiDocumentOfApp() });
console.log(`Wrote ${written.join(', ')}`);
