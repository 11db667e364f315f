// Scaffolding a product: what `pnpm new-product` runs, and what its tests drive.
export { scaffoldProduct } from './scaffold-product.mjs';
export { planScaffold, TEMPLATES_DIR } from './plan-scaffold.mjs';
export { writeAllOrNothing } from './write-all-or-nothing.mjs';
export { problemsWithId, identifierOf, MAX_ID_LENGTH } from './product-id.mjs';
export { nextFreePort, problemsWithPort, API_PORT } from './choose-port.mjs';
export { readWorkspace, registryLines, REGISTRY_FILE, REGISTRY_START, REGISTRY_END, PRODUCTS_DIR } from './read-workspace.mjs';
export { renderTemplate, typescriptString } from './render-template.mjs';
export { nextSteps } from './next-steps.mjs';
