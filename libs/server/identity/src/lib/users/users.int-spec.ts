import { createGroup, createUser, sharedTestApi, TestApi, TestClient, uniqueEmail } from '@chorus/server/testing';
import { AuditEventRecord } from '../entities';

describe('users and invites (API, real Postgres)', () => {
  let api: TestApi;
  let admin: TestClient;
  let adminId: string;

  beforeAll(async () => {
    api = await sharedTestApi();
    const user = await createUser(api.dataSource, { roles: ['admin'] });
    adminId = user.id;
    admin = api.client();
    await admin.login(user.email, user.password);
  });

  it('invites a user with roles and groups; the invitee sets a password and is signed in', async () => {
    const group = await createGroup(api.dataSource);
    const email = uniqueEmail('invitee');
    const created = await admin.post('/api/admin/users/invite', {
      email: ` ${email.toUpperCase()} `,
      roles: ['advocate'],
      groupIds: [group.id],
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toEqual(jasmine.objectContaining({ email, status: 'invited', roles: ['advocate'] }));
    expect(created.body.user.groups).toEqual([{ id: group.id, name: group.name }]);
    const token = api.mail.linkTo(email, '/invite');
    expect(created.body.inviteUrl).toBe(`http://chorus.test/invite?token=${token}`);

    const preview = await api.client().get(`/api/auth/invites/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body.email).toBe(email);

    const invitee = api.client();
    const accepted = await invitee.post('/api/auth/invites/accept', {
      token,
      name: 'New Person',
      password: 'invitee-password-1',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual(jasmine.objectContaining({ email, name: 'New Person', roles: ['advocate'] }));
    expect((await invitee.get('/api/auth/session')).status).toBe(200);
    expect((await api.client().get(`/api/auth/invites/${token}`)).status).toBe(410);
    expect(
      (await api.client().post('/api/auth/invites/accept', { token, name: 'X', password: 'another-password-1' }))
        .status,
    ).toBe(410);
  });

  it('rejects malformed invites with a 400 that names each field', async () => {
    const response = await admin.post('/api/admin/users/invite', {
      email: 'not-an-address',
      roles: ['boss'],
      colour: 'red',
    });
    expect(response.status).toBe(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['colour', 'email', 'roles']);
    expect(response.body.errors).toContain({ field: 'colour', message: 'is not an allowed field' });
  });

  it('answers an e-mail that is already used with 409 naming the field, and writes nothing', async () => {
    const existing = await createUser(api.dataSource);
    const before = await api.dataSource.getRepository(AuditEventRecord).count();
    const response = await admin.post('/api/admin/users/invite', { email: existing.email, roles: ['curator'] });
    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([{ field: 'email', message: 'is already used by another user' }]);
    expect(await api.dataSource.getRepository(AuditEventRecord).count()).toBe(before);
  });

  it('rejects an unknown group without creating the user', async () => {
    const email = uniqueEmail();
    const response = await admin.post('/api/admin/users/invite', {
      email,
      roles: ['advocate'],
      groupIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('groupIds');
    expect((await admin.get(`/api/admin/users?search=${encodeURIComponent(email)}`)).body).toEqual([]);
  });

  it('changes roles and groups, filters the list, and records both in the audit log', async () => {
    const user = await createUser(api.dataSource, { roles: ['advocate'] });
    const group = await createGroup(api.dataSource);
    const updated = await admin.patch(`/api/admin/users/${user.id}`, {
      roles: ['advocate', 'lead'],
      groupIds: [group.id],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.roles).toEqual(['advocate', 'lead']);

    const leads = await admin.get(`/api/admin/users?role=lead&groupId=${group.id}`);
    expect(leads.body.map((u: { id: string }) => u.id)).toEqual([user.id]);

    const audit = await admin.get('/api/admin/audit?action=user.updated');
    expect(audit.body.items.find((e: { targetId: string }) => e.targetId === user.id)).toEqual(
      jasmine.objectContaining({ actorId: adminId, action: 'user.updated' }),
    );
  });

  it('deactivates a user, which ends their sessions; reactivation lets them back in', async () => {
    const user = await createUser(api.dataSource);
    const their = api.client();
    await their.login(user.email, user.password);
    expect((await admin.post(`/api/admin/users/${user.id}/deactivate`)).body.status).toBe('deactivated');
    expect((await their.get('/api/auth/session')).status).toBe(401);
    expect((await admin.post(`/api/admin/users/${user.id}/reactivate`)).body.status).toBe('active');
    expect((await api.client().post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(
      200,
    );
  });

  it('keeps an admin from locking themselves out', async () => {
    const demote = await admin.patch(`/api/admin/users/${adminId}`, { roles: ['advocate'] });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('users.self_lockout');
    expect((await admin.post(`/api/admin/users/${adminId}/deactivate`)).status).toBe(409);
  });

  it('answers unknown and malformed user ids with 404', async () => {
    expect((await admin.get('/api/admin/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin.get('/api/admin/users/not-a-uuid')).status).toBe(404);
  });

  it('re-sends an invitation with a new link and voids the old one', async () => {
    const email = uniqueEmail();
    const first = await admin.post('/api/admin/users/invite', { email, roles: ['advocate'] });
    const oldToken = api.mail.linkTo(email, '/invite');
    const again = await admin.post(`/api/admin/users/${first.body.user.id}/invite`);
    expect(again.status).toBe(201);
    const newToken = api.mail.linkTo(email, '/invite');
    expect(newToken).not.toBe(oldToken);
    expect((await api.client().get(`/api/auth/invites/${oldToken}`)).status).toBe(410);
    expect((await api.client().get(`/api/auth/invites/${newToken}`)).status).toBe(200);
  });
});
