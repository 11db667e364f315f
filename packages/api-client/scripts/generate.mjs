// The client's generated files, made from the API's OpenAPI document with openapi-typescript.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DOCUMENT_FILE = 'openapi.json';
export const SCHEMA_FILE = 'src/schema.ts';

/** `{path: contents}` of every generated file, for a document. */
export async function clientFiles({ document }) {
  const types = astToString(await openapiTS(structuredClone(document), { immutable: false, alphabetize: false }));
  const header = '// Generated from openapi.json by `pnpm --filter @loome/api-client run generate`: do not edit.\n';
  return { [DOCUMENT_FILE]: `${JSON.stringify(document, null, 2)}\n`, [SCHEMA_FILE]: `${header}${types}` };
}

/** The committed contents of the generated files. */
export function committedClientFiles() {
  return Object.fromEntries([DOCUMENT_FILE, SCHEMA_FILE].map((file) => [file, readFileSync(join(root, file), 'utf8')]));
}

export async function writeClientFiles({ document }) {
  const files = await clientFiles({ document });
  for (const [file, contents] of Object.entries(files)) writeFileSync(join(root, file), contents);
  return Object.keys(files);
}

// As a command: regenerate the types from the committed document.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = await writeClientFiles({ document: JSON.parse(readFileSync(join(root, DOCUMENT_FILE), 'utf8')) });
  console.log(`Wrote ${written.join(', ')}`);
}
