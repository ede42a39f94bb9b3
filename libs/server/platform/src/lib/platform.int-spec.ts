import { migrationsUpToDate } from '@chorus/server/core';
import { seedDemo } from '@chorus/server/demo';
import { User } from '@chorus/server/identity';
import { sharedTestApi, TestApi, testEnvironment } from '@chorus/server/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { standaloneDataSource } from './entities';
import { buildOpenApiDocument } from './openapi';

describe('platform (API, real Postgres)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await sharedTestApi();
  });

  it('answers unknown API routes with a JSON problem, not HTML', async () => {
    const response = await api.client().get('/api/no/such/route');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toEqual(jasmine.objectContaining({ status: 404, title: 'Not Found' }));
  });

  it('answers a malformed JSON body with 400 and no stack trace', async () => {
    const client = api.client();
    await client.fetchCsrf();
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        'content-type': 'application/json',
        cookie: `XSRF-TOKEN=${client.cookies.get('XSRF-TOKEN')}`,
        'x-xsrf-token': client.cookies.get('XSRF-TOKEN') as string,
      },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('echoes a sane x-request-id and quotes it in problems', async () => {
    const response = await api.client().get('/api/nothing-here', { 'x-request-id': 'trace-1234567' });
    expect(response.body.requestId).toBe('trace-1234567');
  });

  it('has entities that agree with the migrations', async () => {
    const env = await testEnvironment();
    const dataSource = await standaloneDataSource(env.databaseUrl).initialize();
    try {
      expect(await migrationsUpToDate(dataSource)).toBeTrue();
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query))
        .withContext('run npm run db:migration:generate')
        .toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('seeds the demo organisation once, idempotently', async () => {
    const first = await seedDemo(api.dataSource);
    const second = await seedDemo(api.dataSource);
    expect(first.usersCreated + first.groupsCreated).toBeGreaterThan(0);
    expect(second).toEqual({ usersCreated: 0, groupsCreated: 0 });
    const admin = await api.dataSource.getRepository(User).findOneByOrFail({ email: 'admin@chorus.example' });
    expect(admin.roles).toEqual(['admin']);
    expect(
      (await api.client().post('/api/auth/login', { email: 'admin@chorus.example', password: 'chorus-demo-pass' }))
        .status,
    ).toBe(200);
  });

  it('serves the OpenAPI document, and docs/openapi.json is up to date with the code', async () => {
    const served = await api.client().get('/api/docs/openapi.json');
    expect(served.status).toBe(200);
    const generated = JSON.parse(JSON.stringify(buildOpenApiDocument(api.app)));
    expect(Object.keys(generated.paths)).toContain('/api/admin/users/invite');
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../../../docs/openapi.json'), 'utf8'));
    expect(committed).withContext('run npm run openapi and commit docs/openapi.json').toEqual(generated);
  });
});
