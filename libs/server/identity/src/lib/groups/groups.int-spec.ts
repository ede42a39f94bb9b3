import { createUser, sharedTestApi, TestApi, TestClient } from '@chorus/server/testing';
import { randomBytes } from 'node:crypto';

describe('groups (API, real Postgres)', () => {
  let api: TestApi;
  let admin: TestClient;

  beforeAll(async () => {
    api = await sharedTestApi();
    const user = await createUser(api.dataSource, { roles: ['admin'] });
    admin = api.client();
    await admin.login(user.email, user.password);
  });

  const name = () => `Team ${randomBytes(3).toString('hex')}`;

  it('creates, renames and deletes a group; a duplicate name is a 409 naming the field', async () => {
    const groupName = name();
    const created = await admin.post('/api/groups', { name: `  ${groupName} `, description: 'Region' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(jasmine.objectContaining({ name: groupName, memberCount: 0 }));

    const duplicate = await admin.post('/api/groups', { name: groupName });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toEqual([{ field: 'name', message: 'is already used by another group' }]);

    const renamed = await admin.patch(`/api/groups/${created.body.id}`, { name: `${groupName} West` });
    expect(renamed.body.name).toBe(`${groupName} West`);
    expect((await admin.delete(`/api/groups/${created.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/groups/${created.body.id}/members`)).status).toBe(404);
  });

  it('adds and removes members, and counts them', async () => {
    const group = (await admin.post('/api/groups', { name: name() })).body;
    const a = await createUser(api.dataSource, { name: 'Anna' });
    const b = await createUser(api.dataSource, { name: 'Bert' });
    const added = await admin.post(`/api/groups/${group.id}/members`, { userIds: [a.id, b.id] });
    expect(added.status).toBe(201);
    expect(added.body.map((m: { name: string }) => m.name)).toEqual(['Anna', 'Bert']);
    // Adding someone twice is harmless.
    expect((await admin.post(`/api/groups/${group.id}/members`, { userIds: [a.id] })).body.length).toBe(2);
    expect((await admin.get('/api/groups')).body.find((g: { id: string }) => g.id === group.id).memberCount).toBe(2);

    expect((await admin.delete(`/api/groups/${group.id}/members/${a.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/groups/${group.id}/members/${a.id}`)).status).toBe(404);
    expect((await admin.get(`/api/groups/${group.id}/members`)).body.map((m: { id: string }) => m.id)).toEqual([b.id]);
  });

  it('rejects unknown users and empty member lists', async () => {
    const group = (await admin.post('/api/groups', { name: name() })).body;
    const unknown = await admin.post(`/api/groups/${group.id}/members`, {
      userIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('userIds');
    const empty = await admin.post(`/api/groups/${group.id}/members`, { userIds: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'userIds', message: 'must name at least one user' }]);
  });

  it('lets leads and curators read groups and members but not change them', async () => {
    const group = (await admin.post('/api/groups', { name: name() })).body;
    for (const role of ['lead', 'curator'] as const) {
      const user = await createUser(api.dataSource, { roles: [role] });
      const client = api.client();
      await client.login(user.email, user.password);
      expect((await client.get('/api/groups')).status).toBe(200);
      expect((await client.get(`/api/groups/${group.id}/members`)).status).toBe(200);
      expect((await client.post('/api/groups', { name: name() })).status).toBe(403);
    }
  });
});
