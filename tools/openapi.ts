import { buildOpenApiDocument } from '@chorus/server/platform';
import { startTestApi, destroyTestEnvironment } from '@chorus/server/testing';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './stack/paths';
import { startServices } from './stack/stack';
import { dataDir } from './stack/paths';

/** `npm run openapi`: writes docs/openapi.json from the code (a test fails when it is stale). */
export async function main(): Promise<void> {
  const services =
    process.env['DATABASE_URL'] && process.env['REDIS_URL'] ? null : await startServices(dataDir(), console.log);
  if (services) {
    process.env['DATABASE_URL'] = services.postgres.adminUrl;
    process.env['REDIS_URL'] = services.redis.url;
  }
  const api = await startTestApi();
  try {
    const document = buildOpenApiDocument(api.app);
    writeFileSync(join(REPO_ROOT, 'docs/openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
    console.log(`Wrote docs/openapi.json (${Object.keys(document.paths).length} paths).`);
  } finally {
    await api.close();
    await destroyTestEnvironment();
    await services?.stop();
  }
}
