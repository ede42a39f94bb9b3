import type { FastifyPluginAsync } from 'fastify';
import { MailStore } from '../mail/mail-store';
import { buildSandboxServer, SandboxServer } from './sandbox-server';

describe('buildSandboxServer', () => {
  let mail: MailStore;
  let server: SandboxServer;

  beforeEach(() => {
    mail = new MailStore();
    server = buildSandboxServer({ mail });
  });

  afterEach(async () => {
    await server.app.close();
  });

  it('answers the health check on any host', async () => {
    for (const host of ['127.0.0.1:3100', 'api.example.test']) {
      const response = await server.app.inject({ method: 'GET', url: '/__sandbox/health', headers: { host } });
      expect(response.statusCode).withContext(host).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    }
  });

  it('answers unknown routes with a problem', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No sandbox route for GET /nowhere',
    });
  });

  it('accepts a reset with a JSON content type and no body, but not broken JSON', async () => {
    const headers = { 'content-type': 'application/json' };
    const empty = await server.app.inject({ method: 'POST', url: '/__sandbox/reset', headers });
    expect(empty.statusCode).toBe(204);
    const broken = await server.app.inject({ method: 'POST', url: '/__sandbox/reset', headers, payload: '{' });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    expect(broken.json()).toEqual(jasmine.objectContaining({ status: 400, title: 'Bad Request' }));
  });

  it('turns errors into problems, without internals for server errors', async () => {
    server.registerNetwork('broken.test', async (app) => {
      app.get('/client', async () => {
        throw Object.assign(new Error('bad input'), { statusCode: 422 });
      });
      app.get('/server', async () => {
        throw new Error('secret internals');
      });
    });
    const client = await server.app.inject({ method: 'GET', url: '/client', headers: { host: 'broken.test' } });
    expect(client.statusCode).toBe(422);
    expect(client.json()).toEqual(
      jasmine.objectContaining({ status: 422, title: 'Unprocessable Entity', detail: 'bad input' }),
    );
    const failure = await server.app.inject({ method: 'GET', url: '/server', headers: { host: 'broken.test' } });
    expect(failure.statusCode).toBe(500);
    expect(failure.body).not.toContain('secret');
  });

  describe('registerNetwork', () => {
    const network =
      (name: string): FastifyPluginAsync =>
      async (app) => {
        app.get('/me', async () => ({ network: name }));
      };

    it('routes on the Host header, ignoring port and case', async () => {
      server.registerNetwork('api.linkedin.test', network('linkedin'));
      server.registerNetwork('api.x.test', network('x'));
      const get = (host: string) => server.app.inject({ method: 'GET', url: '/me', headers: { host } });

      expect((await get('api.linkedin.test')).json()).toEqual({ network: 'linkedin' });
      expect((await get('API.LinkedIn.test:3100')).json()).toEqual({ network: 'linkedin' });
      expect((await get('api.x.test:80')).json()).toEqual({ network: 'x' });
      expect((await get('api.x.test.')).json()).toEqual({ network: 'x' });
      expect((await get('xapi.x.test')).statusCode).toBe(404);
      expect((await get('api.x.test.evil')).statusCode).toBe(404);
      expect((await get('127.0.0.1:3100')).statusCode).toBe(404);
    });

    it('constrains routes of plugins the network registers itself', async () => {
      server.registerNetwork('api.linkedin.test', async (app) => {
        await app.register(network('nested'), { prefix: '/rest' });
      });
      const nested = await server.app.inject({
        method: 'GET',
        url: '/rest/me',
        headers: { host: 'api.linkedin.test' },
      });
      expect(nested.json()).toEqual({ network: 'nested' });
      const elsewhere = await server.app.inject({ method: 'GET', url: '/rest/me', headers: { host: 'localhost' } });
      expect(elsewhere.statusCode).toBe(404);
    });

    it('wipes the network state on reset', async () => {
      const state = { posts: 1, reset: jasmine.createSpy('reset') };
      server.registerNetwork('api.x.test', network('x'), state);
      mail.add({ from: 'a@x.test', to: ['b@x.test'], subject: 's', text: 't' });
      const response = await server.app.inject({ method: 'POST', url: '/__sandbox/reset' });
      expect(response.statusCode).toBe(204);
      expect(state.reset).toHaveBeenCalledTimes(1);
      expect(mail.size).toBe(0);
    });

    it('refuses a second network on the same host and names that are not host names', () => {
      server.registerNetwork('api.x.test', network('x'));
      expect(() => server.registerNetwork('API.X.TEST', network('again'))).toThrowError(/already registered/);
      expect(() => server.registerNetwork('api.x.test:443', network('port'))).toThrowError(/not a host name/);
      expect(() => server.registerNetwork('.*', network('regex'))).toThrowError(/not a host name/);
    });
  });
});
