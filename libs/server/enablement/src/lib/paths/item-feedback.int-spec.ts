import type { ItemFeedback, TextSuggestion } from '@chorus/shared/contracts';
import { ContentItem } from '@chorus/server/content';
import { createUser, sharedTestApi, TestApi, TestClient } from '@chorus/server/testing';
import { randomUUID } from 'node:crypto';

/**
 * Curators see what advocates said about an item: ratings (count, average, distribution), comments newest
 * first and the better texts they proposed. Advocates react through the real endpoints; every spec uses
 * its own items and users.
 */
describe('item feedback for curators (API)', () => {
  let api: TestApi;
  let curator: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    api = await sharedTestApi();
    curator = await signedIn(['curator']);
    admin = await signedIn(['admin']);
  });

  async function signedIn(roles: Array<'curator' | 'admin' | 'advocate' | 'lead'>, name?: string): Promise<TestClient> {
    const user = await createUser(api.dataSource, { roles, name });
    const client = api.client();
    await client.login(user.email, user.password);
    return client;
  }

  /** An approved item in everyone's feed, so any advocate may react to it. */
  async function item(overrides: Partial<ContentItem> = {}): Promise<ContentItem> {
    const url = `https://news.chorus.test/feedback/${randomUUID()}`;
    const repository = api.dataSource.getRepository(ContentItem);
    return repository.save(
      repository.create({
        origin: 'curator',
        state: 'approved',
        title: 'Feedback wanted',
        summary: 'An item advocates react to.',
        bodyHtml: '<p>An item advocates react to.</p>',
        url,
        canonicalUrl: url,
        language: 'en',
        feedAt: new Date(Date.now() - 3_600_000),
        approvedAt: new Date(Date.now() - 3_600_000),
        suggestedTexts: [{ id: randomUUID(), network: 'linkedin', text: `Have a look ${url}` }],
        ...overrides,
      }),
    );
  }

  async function react(client: TestClient, itemId: string, body: { rating?: number; comment?: string }): Promise<void> {
    const response = await client.put(`/api/enablement/reactions/${itemId}`, body);
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
  }

  async function feedback(client: TestClient, itemId: string): Promise<ItemFeedback> {
    const response = await client.get<ItemFeedback>(`/api/enablement/items/${itemId}/feedback`);
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
    return response.body;
  }

  it('sums up ratings, lists comments newest first and the text suggestions', async () => {
    const target = await item();
    const ann = await signedIn(['advocate'], 'Ann Advocate');
    const bob = await signedIn(['advocate'], 'Bob Advocate');
    const cem = await signedIn(['advocate'], 'Cem Advocate');
    const dee = await signedIn(['advocate'], 'Dee Advocate');

    await react(ann, target.id, { rating: 5, comment: 'Loved it' });
    await react(bob, target.id, { rating: 3 });
    await react(cem, target.id, { comment: 'Too long for X' });
    await react(dee, target.id, { rating: 4 });
    // Changing one's mind replaces the earlier reaction and makes its comment the newest.
    await react(bob, target.id, { rating: 2, comment: 'Headline is off' });

    const first = await ann.post<TextSuggestion>('/api/enablement/text-suggestions', { contentItemId: target.id, network: 'linkedin', text: 'A warmer opening' });
    expect(first.status).toBe(201);
    const second = await cem.post<TextSuggestion>('/api/enablement/text-suggestions', { contentItemId: target.id, network: 'x', text: 'Short and sweet' });
    expect(second.status).toBe(201);

    const body = await feedback(curator, target.id);
    expect(body.contentItemId).toBe(target.id);
    expect(body.ratingCount).toBe(3);
    expect(body.averageRating).toBe(3.67);
    expect(body.distribution).toEqual([0, 1, 0, 1, 1]);
    expect(body.comments.map((c) => [c.authorName, c.rating, c.comment])).toEqual([
      ['Bob Advocate', 2, 'Headline is off'],
      ['Cem Advocate', null, 'Too long for X'],
      ['Ann Advocate', 5, 'Loved it'],
    ]);
    expect(body.comments[0].updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(body.textSuggestions.map((t) => [t.id, t.network, t.text, t.authorName])).toEqual([
      [second.body.id, 'x', 'Short and sweet', 'Cem Advocate'],
      [first.body.id, 'linkedin', 'A warmer opening', 'Ann Advocate'],
    ]);

    // Admins see the same.
    expect((await feedback(admin, target.id)).ratingCount).toBe(3);
  });

  it('answers an item without feedback with zeros and empty lists', async () => {
    const quiet = await item({ state: 'draft', approvedAt: null, feedAt: null });
    expect(await feedback(curator, quiet.id)).toEqual({
      contentItemId: quiet.id,
      ratingCount: 0,
      averageRating: null,
      distribution: [0, 0, 0, 0, 0],
      comments: [],
      textSuggestions: [],
    });
  });

  it('answers 404 for an unknown item and a malformed id', async () => {
    const unknown = await curator.get(`/api/enablement/items/${randomUUID()}/feedback`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
    expect((await curator.get('/api/enablement/items/not-an-id/feedback')).status).toBe(404);
  });

  it('keeps feedback away from advocates and leads', async () => {
    const target = await item();
    const advocate = await signedIn(['advocate']);
    await react(advocate, target.id, { rating: 1, comment: 'Meh' });
    const asAdvocate = await advocate.get(`/api/enablement/items/${target.id}/feedback`);
    expect(asAdvocate.status).toBe(403);
    expect(asAdvocate.body.code).toBe('auth.forbidden');
    const lead = await signedIn(['lead']);
    expect((await lead.get(`/api/enablement/items/${target.id}/feedback`)).status).toBe(403);
  });
});
