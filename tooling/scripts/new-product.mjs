// `pnpm new-product <id> --name "<Display name>" [--port N]`: a product configuration, its registry line and its portal.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nextSteps, scaffoldProduct } from '../product-kit/src/index.mjs';

const USAGE = 'usage: pnpm new-product <id> --name "<Display name>" [--port N]';

function readArguments() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 1) return { problems: values.help ? [] : ['give exactly one product id'] };
  if (values.port !== undefined && !/^\d+$/.test(values.port)) return { problems: [`port "${values.port}" is not a whole number`] };
  return { id: positionals[0], name: values.name, port: values.port === undefined ? undefined : Number(values.port) };
}

function main() {
  let request;
  try {
    request = readArguments();
  } catch (error) {
    request = { problems: [error.message] };
  }
  if (request.problems) {
    for (const problem of request.problems) console.error(`new-product: ${problem}`);
    console.error(USAGE);
    return request.problems.length > 0 ? 1 : 0;
  }
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = scaffoldProduct({ root, ...request });
  if (!result.ok) {
    for (const problem of result.problems) console.error(`new-product: ${problem}`);
    console.error('Nothing was changed.');
    return 1;
  }
  console.log(nextSteps({ product: result.product }));
  return 0;
}

process.exitCode = main();
