/**
 * Every product the core serves, one line each. `pnpm new-product` inserts a line above the end
 * marker; keep one `export … from` per line between the markers so the insertion stays mechanical.
 */
// new-product:registry:start
export { integrate } from './integrate.js';
export { assist } from './assist.js';
export { monitor } from './monitor.js';
// new-product:registry:end
