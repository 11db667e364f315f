/**
 * Client JavaScript (gzip) that a route of a built SvelteKit portal loads: the app's entry
 * imports plus every layout and page node of the route, each chunk counted once.
 * Plain JavaScript so that `node bench/bundle-size.mjs` runs it without a build step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function importsOf(source) {
  const match = /imports\s*[:=]\s*(\[[^\]]*\])/.exec(source);
  return match ? JSON.parse(match[1]) : [];
}

export function measureRouteBundle({ appDir, routeId }) {
  const output = join(appDir, '.svelte-kit', 'output');
  const manifest = readFileSync(join(output, 'server', 'manifest.js'), 'utf8');
  const entryImports = importsOf(manifest.slice(manifest.indexOf('client:')));
  const at = manifest.indexOf(`id: ${JSON.stringify(routeId)}`);
  if (at < 0) throw new Error(`Route ${routeId} is not in the build; run the build first.`);
  const page = /layouts: \[([^\]]*)\],[^}]*leaf: (\d+)/.exec(manifest.slice(at));
  const nodes = [...page[1].split(',').filter(Boolean), page[2]].map(Number);
  const files = new Set(entryImports);
  for (const node of nodes) {
    for (const file of importsOf(readFileSync(join(output, 'server', 'nodes', `${node}.js`), 'utf8'))) files.add(file);
  }
  const sizes = [...files].map((file) => {
    const bytes = readFileSync(join(output, 'client', file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    routeId,
    files: sizes,
    raw: sizes.reduce((sum, entry) => sum + entry.raw, 0),
    gzip: sizes.reduce((sum, entry) => sum + entry.gzip, 0),
  };
}

/** The id of every route of the build that renders a page (endpoints have no page nodes). */
export function pageRouteIds({ appDir }) {
  const manifest = readFileSync(join(appDir, '.svelte-kit', 'output', 'server', 'manifest.js'), 'utf8');
  const blocks = manifest.split(/\bid: /).slice(1);
  return blocks
    .filter((block) => /^"[^"]*",[\s\S]*?page: \{ layouts/.test(block.split(/\n\s*\}/)[0] + '}'))
    .map((block) => JSON.parse(block.slice(0, block.indexOf('",') + 1)));
}

/** Prints the measure of every page of the portal and fails the process when one exceeds the goal. */
export function reportPortalBundles({ appDir, portal, goalKb = 120 }) {
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const results = pageRouteIds({ appDir }).map((routeId) => measureRouteBundle({ appDir, routeId }));
  for (const result of results) {
    console.log(`${portal} ${result.routeId}: ${result.files.length} JS chunks, ${kb(result.raw)} KB raw, ${kb(result.gzip)} KB gzip (goal < ${goalKb} KB)`);
  }
  const largest = results.reduce((most, result) => (result.gzip > most.gzip ? result : most));
  console.log(`${portal}: ${results.length} pages, the largest ${largest.routeId} at ${kb(largest.gzip)} KB gzip (goal < ${goalKb} KB each)`);
  if (results.some((result) => result.gzip > goalKb * 1024)) process.exitCode = 1;
  return results;
}
