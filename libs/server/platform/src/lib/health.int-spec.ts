import { INestApplicationContext } from '@nestjs/common';
import { startTestApi, TestApi, testEnvironment } from '@chorus/server/testing';
import { createWorker } from './create-worker';

describe('health and the worker heartbeat (real Postgres and Redis)', () => {
  let api: TestApi;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    // A queue prefix of its own, so no other worker of this run can beat for it.
    api = await startTestApi({
      QUEUE_PREFIX: `${(await testEnvironment()).queuePrefix}_health`,
      READY_HEARTBEAT_MAX_AGE_SECONDS: '5',
    });
    await api.dataSource.query('DELETE FROM worker_heartbeats');
  });

  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('is live at once', async () => {
    const response = await api.client().get('/api/health/live');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'live' });
  });

  // One spec, because the order matters: first without a worker, then with one.
  it('is not ready without a worker (saying which check is down), and ready once a worker beat through Bull', async () => {
    const before = await api.client().get('/api/health/ready');
    expect(before.status).toBe(503);
    const byName = Object.fromEntries(
      before.body.checks.map((c: { name: string; status: string }) => [c.name, c.status]),
    );
    expect(byName).toEqual({ database: 'up', redis: 'up', migrations: 'up', worker: 'down' });

    const env = await testEnvironment();
    worker = await createWorker(
      env.config({ QUEUE_PREFIX: `${env.queuePrefix}_health`, HEARTBEAT_INTERVAL_SECONDS: '1' }),
      { quiet: true },
    );
    await worker.init();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await api.client().get('/api/health/ready')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
  }, 20_000);
});
