import { NewWebhook, WebhookStore } from './webhook-store';

function hook(overrides: Partial<NewWebhook> = {}): NewWebhook {
  return { name: 'general', status: 200, contentType: 'application/json', body: { text: 'Hi' }, ...overrides };
}

describe('WebhookStore', () => {
  it('gives each request an id and the time it was received', () => {
    const store = new WebhookStore({ now: () => new Date('2030-01-02T03:04:05.000Z') });
    const stored = store.add(hook());
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored.receivedAt).toBe('2030-01-02T03:04:05.000Z');
    expect(stored).toEqual(jasmine.objectContaining({ name: 'general', status: 200, body: { text: 'Hi' } }));
  });

  it('lists the newest first and filters by name', () => {
    const store = new WebhookStore();
    store.add(hook({ name: 'slack', body: 1 }));
    store.add(hook({ name: 'teams', body: 2 }));
    store.add(hook({ name: 'slack', body: 3 }));
    expect(store.list().map((h) => h.body)).toEqual([3, 2, 1]);
    expect(store.list({ name: 'slack' }).map((h) => h.body)).toEqual([3, 1]);
    expect(store.list({ name: 'Slack' })).toEqual([]);
    expect(store.list({ name: '' }).length).toBe(3);
  });

  it('keeps only the newest requests up to its capacity (200 by default)', () => {
    const small = new WebhookStore({ capacity: 2 });
    for (let i = 1; i <= 4; i++) small.add(hook({ body: i }));
    expect(small.list().map((h) => h.body)).toEqual([4, 3]);
    const store = new WebhookStore();
    for (let i = 1; i <= 205; i++) store.add(hook({ body: i }));
    expect(store.size).toBe(200);
    expect(store.list()[199].body).toBe(6);
  });

  it('does not let callers change stored requests', () => {
    const store = new WebhookStore();
    const body = { blocks: [{ type: 'section' }] };
    const stored = store.add(hook({ body }));
    body.blocks.push({ type: 'divider' });
    expect(() => (stored.body as typeof body).blocks.push({ type: 'x' })).toThrow();
    expect(store.list()[0].body).toEqual({ blocks: [{ type: 'section' }] });
  });

  it('forgets everything on reset and clear', () => {
    const store = new WebhookStore();
    store.add(hook());
    store.reset();
    expect(store.size).toBe(0);
    store.add(hook());
    store.clear();
    expect(store.list()).toEqual([]);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new WebhookStore({ capacity: 0 })).toThrowError(RangeError);
  });
});
