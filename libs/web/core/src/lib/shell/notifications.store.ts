import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { NotificationList, NotificationView } from '@chorus/shared/contracts';
import { interval, Subscription } from 'rxjs';

/** How often the bell asks for new notifications while someone is signed in. */
export const NOTIFICATIONS_POLL_MS = 30_000;

/**
 * The signed-in user's in-app notifications (a post failed, needs a reconnect, went out…), polled while
 * they are signed in. Marking read updates the bell at once; the next poll brings the server's view.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly http = inject(HttpClient);
  private polling: Subscription | null = null;
  private userId: string | null = null;
  /** Bumped by every local change, so an answer that left before it cannot undo it. */
  private version = 0;

  readonly items = signal<NotificationView[]>([]);
  readonly unread = signal(0);
  readonly loaded = signal(false);

  /** Loads now and then every {@link NOTIFICATIONS_POLL_MS}; a no-op when already polling for this user. */
  start(userId: string): void {
    if (this.polling && this.userId === userId) return;
    this.stop();
    this.userId = userId;
    this.refresh();
    this.polling = interval(NOTIFICATIONS_POLL_MS).subscribe(() => this.refresh());
  }

  stop(): void {
    this.polling?.unsubscribe();
    this.polling = null;
    this.userId = null;
    this.version++;
    this.items.set([]);
    this.unread.set(0);
    this.loaded.set(false);
  }

  refresh(): void {
    const version = this.version;
    this.http.get<NotificationList>('/api/notifications').subscribe({
      next: (list) => {
        if (version !== this.version) return;
        this.items.set(list.items);
        this.unread.set(list.unread);
        this.loaded.set(true);
      },
      // The bell is a courtesy: a failed poll keeps what it showed and tries again next time.
      error: () => undefined,
    });
  }

  markRead(notification: NotificationView): void {
    if (notification.readAt) return;
    this.version++;
    const now = new Date().toISOString();
    this.items.update((items) => items.map((n) => (n.id === notification.id ? { ...n, readAt: now } : n)));
    this.unread.update((count) => Math.max(0, count - 1));
    this.http.post<void>(`/api/notifications/${encodeURIComponent(notification.id)}/read`, {}).subscribe({
      error: () => this.refresh(),
    });
  }

  markAllRead(): void {
    this.version++;
    const now = new Date().toISOString();
    this.items.update((items) => items.map((n) => (n.readAt ? n : { ...n, readAt: now })));
    this.unread.set(0);
    this.http.post<void>('/api/notifications/read-all', {}).subscribe({ error: () => this.refresh() });
  }
}
