import { MailStore, NewMail } from './mail-store';

function mail(overrides: Partial<NewMail> = {}): NewMail {
  return { from: 'no-reply@chorus.test', to: ['ann@example.test'], subject: 'Hello', text: 'Hi', ...overrides };
}

describe('MailStore', () => {
  it('gives each message an id and the time it was received', () => {
    const store = new MailStore({ now: () => new Date('2030-01-02T03:04:05.000Z') });
    const stored = store.add(mail());
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored.receivedAt).toBe('2030-01-02T03:04:05.000Z');
    expect(store.get(stored.id)).toEqual(stored);
    expect(store.get('missing')).toBeUndefined();
  });

  it('lists the newest message first', () => {
    const store = new MailStore();
    store.add(mail({ subject: 'first' }));
    store.add(mail({ subject: 'second' }));
    store.add(mail({ subject: 'third' }));
    expect(store.list().map((m) => m.subject)).toEqual(['third', 'second', 'first']);
  });

  it('filters by recipient, ignoring case and surrounding spaces', () => {
    const store = new MailStore();
    store.add(mail({ to: ['Ann@Example.test'], subject: 'for ann' }));
    store.add(mail({ to: ['bob@example.test', 'ann@example.test'], subject: 'for both' }));
    store.add(mail({ to: ['bob@example.test'], subject: 'for bob' }));
    expect(store.list({ to: ' ANN@example.TEST ' }).map((m) => m.subject)).toEqual(['for both', 'for ann']);
    expect(store.list({ to: 'nobody@example.test' })).toEqual([]);
    expect(store.list({ to: '' }).length).toBe(3);
  });

  it('keeps only the newest messages up to its capacity', () => {
    const store = new MailStore({ capacity: 3 });
    for (let i = 1; i <= 5; i++) store.add(mail({ subject: `#${i}` }));
    expect(store.size).toBe(3);
    expect(store.list().map((m) => m.subject)).toEqual(['#5', '#4', '#3']);
  });

  it('keeps 200 messages by default', () => {
    const store = new MailStore();
    for (let i = 1; i <= 205; i++) store.add(mail({ subject: `#${i}` }));
    expect(store.size).toBe(200);
    expect(store.list()[199].subject).toBe('#6');
  });

  it('does not let callers change stored messages', () => {
    const store = new MailStore();
    const recipients = ['ann@example.test'];
    const stored = store.add(mail({ to: recipients }));
    recipients.push('mallory@example.test');
    expect(() => (stored.to as string[]).push('eve@example.test')).toThrow();
    expect(store.list()[0].to).toEqual(['ann@example.test']);
  });

  it('forgets everything on reset', () => {
    const store = new MailStore();
    store.add(mail());
    store.reset();
    expect(store.list()).toEqual([]);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new MailStore({ capacity: 0 })).toThrowError(RangeError);
  });

  it('keeps the HTML part when there is one, and leaves the field out otherwise', () => {
    const store = new MailStore();
    const rich = store.add(mail({ html: '<p>Hi</p>' }));
    const plain = store.add(mail());
    const empty = store.add(mail({ html: '' }));
    expect(rich.html).toBe('<p>Hi</p>');
    expect('html' in plain).toBeFalse();
    expect('html' in empty).toBeFalse();
    expect(() => ((rich as { html?: string }).html = 'changed')).toThrow();
  });
});
