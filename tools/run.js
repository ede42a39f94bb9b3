#!/usr/bin/env node
// Entry point of the npm scripts: runs a TypeScript tool from tools/ through the same SWC loader the
// apps and the API tests use, so there is no build step between a change and `npm start`.
const path = require('node:path');
const root = path.resolve(__dirname, '..');
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(root, 'tsconfig.node.json');
process.chdir(root);
require('@swc-node/register');
const [command, ...args] = process.argv.slice(2);
const scripts = {
  start: './start.ts',
  test: './test.ts',
  migrate: './migrate.ts',
  seed: './seed.ts',
  openapi: './openapi.ts',
  'migration-generate': './migration-generate.ts',
};
if (!scripts[command]) {
  console.error(`Unknown command "${command}". One of: ${Object.keys(scripts).join(', ')}`);
  process.exit(2);
}
require(scripts[command])
  .main(args)
  .catch((error) => {
    console.error(error && error.message ? error.message : error);
    process.exit(1);
  });
