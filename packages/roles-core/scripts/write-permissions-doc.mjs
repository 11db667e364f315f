// Writes docs/permissions.md at the repository root from the built configurations (run after `build`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { products, renderPermissionMatrices } from '../dist/index.js';

const target = fileURLToPath(new URL('../../../docs/permissions.md', import.meta.url));
writeFileSync(target, renderPermissionMatrices({ products }));
console.log(`wrote ${products.length} products' matrices to docs/permissions.md`);
