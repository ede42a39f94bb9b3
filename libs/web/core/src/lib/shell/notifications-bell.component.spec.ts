import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { NotificationList, NotificationView } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { NotificationsBellComponent, timeAgo } from './notifications-bell.component';
import { NOTIFICATIONS_POLL_MS, NotificationsStore } from './notifications.store';

function notification(id: string, over: Partial<NotificationView> = {}): NotificationView {
  return {
    id,
    kind: 'share_failed',
    title: `Title ${id}`,
    body: `Body ${id}`,
    link: '/my-posts?view=attention',
    readAt: null,
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ...over,
  };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('NotificationsBellComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<NotificationsBellComponent>;
  let store: NotificationsStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [NotificationsBellComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(NotificationsStore);
  });

  afterEach(() => {
    store.stop();
    backend.verify();
  });

  async function render(list: NotificationList): Promise<HTMLElement> {
    fixture = TestBed.createComponent(NotificationsBellComponent);
    store.start('u1');
    backend.expectOne('/api/notifications').flush(list);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function openMenu(element: HTMLElement): Promise<void> {
    element.querySelector<HTMLButtonElement>('[data-testid="notifications-button"]')?.click();
    await fixture.whenStable();
  }

  it('shows the unread count on the bell and names it for screen readers', async () => {
    const element = await render({
      items: [notification('n1'), notification('n2'), notification('n3', { readAt: '2026-11-20T10:00:00Z' })],
      unread: 2,
    });
    expect(text(element.querySelector('[data-testid="notifications-count"]'))).toBe('2');
    expect(element.querySelector('[data-testid="notifications-button"]')?.getAttribute('aria-label')).toBe(
      'Notifications, 2 unread',
    );
  });

  it('has no badge when everything is read, and says so in the menu when there is nothing', async () => {
    const element = await render({ items: [], unread: 0 });
    expect(element.querySelector('[data-testid="notifications-count"]')).toBeNull();
    expect(element.querySelector('[data-testid="notifications-button"]')?.getAttribute('aria-label')).toBe(
      'Notifications',
    );
    await openMenu(element);
    expect(text(document.querySelector('[data-testid="notifications-empty"]'))).toBe('No notifications yet.');
  });

  it('lists title, body and time; opening one marks it read and follows its link', async () => {
    const element = await render({ items: [notification('n1'), notification('n2')], unread: 2 });
    const router = TestBed.inject(Router);
    const navigate = spyOn(router, 'navigateByUrl').and.resolveTo(true);
    await openMenu(element);
    const items = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-testid="notification"]'));
    expect(items.length).toBe(2);
    expect(text(items[0])).toContain('Title n1');
    expect(text(items[0])).toContain('Body n1');
    expect(text(items[0])).toContain('5 min ago');

    items[0].click();
    const read = backend.expectOne('/api/notifications/n1/read');
    expect(read.request.method).toBe('POST');
    read.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/my-posts?view=attention');
    expect(text(element.querySelector('[data-testid="notifications-count"]'))).toBe('1');
    expect(store.items()[0].readAt).not.toBeNull();
  });

  it('marks all read', async () => {
    const element = await render({ items: [notification('n1'), notification('n2')], unread: 2 });
    await openMenu(element);
    document.querySelector<HTMLButtonElement>('[data-testid="notifications-read-all"]')?.click();
    const call = backend.expectOne('/api/notifications/read-all');
    expect(call.request.method).toBe('POST');
    call.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="notifications-count"]')).toBeNull();
    expect(store.items().every((n) => n.readAt !== null)).toBeTrue();
  });

  it('polls every 30 seconds until stopped', () => {
    jasmine.clock().install();
    try {
      store.start('u1');
      backend.expectOne('/api/notifications').flush({ items: [], unread: 0 });
      jasmine.clock().tick(NOTIFICATIONS_POLL_MS - 1);
      backend.expectNone('/api/notifications');
      jasmine.clock().tick(1);
      backend.expectOne('/api/notifications').flush({ items: [notification('n9')], unread: 1 });
      expect(store.unread()).toBe(1);
      store.stop();
      jasmine.clock().tick(NOTIFICATIONS_POLL_MS * 2);
      backend.expectNone('/api/notifications');
      expect(store.unread()).toBe(0);
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('says how long ago', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(timeAgo('2026-11-25T11:59:40Z', now)).toBe('just now');
    expect(timeAgo('2026-11-25T11:15:00Z', now)).toBe('45 min ago');
    expect(timeAgo('2026-11-25T09:00:00Z', now)).toBe('3 h ago');
    expect(timeAgo('2026-11-23T12:00:00Z', now)).toBe('2 d ago');
  });
});
