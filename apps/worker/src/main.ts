import 'reflect-metadata';
import { ConfigError, HealthService, loadConfig } from '@chorus/server/core';
import { createWorker } from '@chorus/server/platform';
import { createServer } from 'node:http';

async function main(): Promise<void> {
  const config = loadConfig();
  const worker = await createWorker(config);
  const health = worker.get(HealthService);
  // The worker's only HTTP: a health endpoint for orchestrators.
  const server = createServer((request, response) => {
    if (request.url !== '/health') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404}');
      return;
    }
    health
      .readiness()
      .then((report) =>
        response
          .writeHead(report.status === 'ready' ? 200 : 503, {
            'content-type': 'application/json',
          })
          .end(JSON.stringify(report)),
      )
      .catch(() => response.writeHead(503).end());
  });
  server.listen(config.WORKER_HEALTH_PORT, config.WORKER_HEALTH_HOST);
  const stop = () => server.close();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
