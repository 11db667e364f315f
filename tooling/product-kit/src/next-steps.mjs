/** What to run after scaffolding, in order, as printed by `pnpm new-product`. */
export function nextSteps({ product }) {
  const { id, name, port } = product;
  return [
    `${name} (${id}) is scaffolded:`,
    `  packages/roles-core/src/products/${id}.ts   its roles and permissions: edit them now`,
    `  packages/roles-core/src/products/registered-products.ts   one line registers it`,
    `  apps/${id}/   its portal, on port ${port}`,
    '',
    'Next steps:',
    '  1. pnpm install                                   link the new portal app into the workspace',
    '  2. pnpm --filter @loome/roles-core build          compile the configuration (mistakes fail here, by field)',
    '  3. pnpm docs:permissions                          regenerate docs/permissions.md with its matrices',
    '  4. pnpm --filter @loome/roles-core exec vitest run test/generic   the rules every product keeps',
    `  5. WALK_PRODUCTS=${id} pnpm --filter @loome/api exec vitest run test/integration/route-walk   every route with every caller of its tenants`,
    '  6. pnpm test                                      everything',
    `  7. pnpm start                                     the API and every portal; ${name} at http://localhost:${port}`,
    '',
    'See docs/adding-a-product.md for every field of the configuration.',
  ].join('\n');
}
