import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Access, ACCESS_METADATA } from '@chorus/server/core';
import { createUser, sharedTestApi, TestApi, TestClient } from '@chorus/server/testing';
import { Role, ROLES } from '@chorus/shared/contracts';

interface RouteInfo {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  access: Access | undefined;
}

const METHODS: Partial<Record<RequestMethod, RouteInfo['method']>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.DELETE]: 'DELETE',
};

/** Every route of the API, read from the same metadata Nest routes by. */
function discoverRoutes(api: TestApi): RouteInfo[] {
  const discovery = api.app.get(DiscoveryService);
  const scanner = api.app.get(MetadataScanner);
  const reflector = api.app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prefix = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance);
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[methodName];
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (requestMethod === undefined) continue;
      const subPath = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const path = `/api/${[prefix, subPath].filter((p) => p && p !== '/').join('/')}`
        // Path parameters get a well-formed id that exists nowhere.
        .replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const method = METHODS[requestMethod];
      if (!method) throw new Error(`unsupported method on ${wrapper.name}.${methodName}`);
      routes.push({
        name: `${method} ${path} (${wrapper.name}.${methodName})`,
        method,
        path,
        access: reflector.getAllAndOverride<Access>(ACCESS_METADATA, [handler, wrapper.metatype]),
      });
    }
  }
  return routes;
}

function allowed(access: Access, role: Role): boolean {
  return access.kind !== 'roles' || access.roles.includes(role);
}

/**
 * Walks every route × role: anonymous callers get 401 unless the route is public, callers without a
 * declared role get 403, callers with one get past the guard. A route without a declaration fails here.
 */
describe('access matrix: every route × every role', () => {
  let api: TestApi;
  let routes: RouteInfo[];
  const clients = new Map<Role, TestClient>();

  beforeAll(async () => {
    api = await sharedTestApi();
    routes = discoverRoutes(api);
    for (const role of ROLES) {
      const user = await createUser(api.dataSource, { roles: [role] });
      const client = api.client();
      await client.login(user.email, user.password);
      clients.set(role, client);
    }
  });

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.map((r) => r.name)).toContain(jasmine.stringContaining('GET /api/admin/users'));
  });

  it('has an access declaration on every route', () => {
    const undeclared = routes.filter((r) => !r.access).map((r) => r.name);
    expect(undeclared).withContext('routes without @Public(), @SignedIn() or @Roles()').toEqual([]);
  });

  it('answers anonymous callers with 401 on every non-public route', async () => {
    for (const route of routes.filter((r) => r.access && r.access.kind !== 'public')) {
      const response = await api.client().request(route.method, route.path, route.method === 'GET' ? undefined : {});
      expect(response.status).withContext(route.name).toBe(401);
    }
  });

  for (const role of ROLES) {
    it(`gives a ${role} exactly the routes declared for the role`, async () => {
      const client = clients.get(role) as TestClient;
      for (const route of routes.filter((r) => r.access && r.access.kind !== 'public' && !r.path.endsWith('/logout'))) {
        const response = await client.request(route.method, route.path, route.method === 'GET' ? undefined : {});
        if (allowed(route.access as Access, role)) {
          expect([401, 403])
            .withContext(`${route.name} as ${role}: ${JSON.stringify(response.body)}`)
            .not.toContain(response.status);
        } else {
          expect(response.status).withContext(`${route.name} as ${role}`).toBe(403);
          expect(response.body.code).withContext(route.name).toBe('auth.forbidden');
        }
      }
    });
  }
});
