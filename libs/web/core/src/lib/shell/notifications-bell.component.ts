import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconButton, MatButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatIcon, MatIconRegistry } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { DomSanitizer } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { NotificationView } from '@chorus/shared/contracts';
import { iconSvg } from '@chorus/web/ui';
import { NotificationsStore } from './notifications.store';

/** Material Icons (baseline, Apache 2.0), registered here until the shared icon set carries them. */
const BELL_ICONS: Readonly<Record<string, string>> = {
  notifications:
    'M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z',
  done_all:
    'M18 7l-1.41-1.41-6.34 6.34 1.41 1.41L18 7zm4.24-1.41L11.66 16.17 7.48 12l-1.41 1.41L11.66 19l12-12-1.42-1.41zM.41 13.41L6 19l1.41-1.41L1.83 12 .41 13.41z',
};

/** "just now", "5 min ago", "3 h ago", "2 d ago", else the date. */
export function timeAgo(at: string, now: number = Date.now()): string {
  const minutes = Math.round((now - new Date(at).getTime()) / 60_000);
  if (!Number.isFinite(minutes)) return '';
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)} h ago`;
  if (minutes < 7 * 24 * 60) return `${Math.round(minutes / (24 * 60))} d ago`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(new Date(at));
}

/** The toolbar bell: unread count, the latest notifications, and "Mark all read". */
@Component({
  selector: 'chorus-notifications-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconButton, MatButton, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, MatDivider],
  template: `
    <button
      mat-icon-button
      type="button"
      class="bell"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="label()"
      data-testid="notifications-button"
    >
      <mat-icon svgIcon="notifications" aria-hidden="true" />
      @if (store.unread() > 0) {
        <span class="count" aria-hidden="true" data-testid="notifications-count">{{ badge() }}</span>
      }
    </button>
    <mat-menu #menu="matMenu" xPosition="before" class="chorus-notifications-menu">
      <div class="head" role="presentation">
        <span class="heading">Notifications</span>
        @if (store.unread() > 0) {
          <button
            mat-button
            type="button"
            (click)="$event.stopPropagation(); store.markAllRead()"
            data-testid="notifications-read-all"
          >
            <mat-icon svgIcon="done_all" aria-hidden="true" />
            Mark all read
          </button>
        }
      </div>
      <mat-divider />
      @for (n of store.items(); track n.id) {
        <button
          mat-menu-item
          type="button"
          class="item"
          [class.unread]="!n.readAt"
          (click)="open(n)"
          data-testid="notification"
          [attr.data-read]="!!n.readAt"
        >
          <span class="text">
            <span class="title">
              @if (!n.readAt) {
                <span class="dot" aria-hidden="true"></span><span class="visually-hidden">Unread: </span>
              }
              {{ n.title }}
            </span>
            <span class="body">{{ n.body }}</span>
            <span class="time">{{ ago(n.createdAt) }}</span>
          </span>
        </button>
      } @empty {
        <p class="empty" data-testid="notifications-empty">
          {{ store.loaded() ? 'No notifications yet.' : 'Loading…' }}
        </p>
      }
    </mat-menu>
  `,
  styles: `
    .bell {
      position: relative;
    }
    .count {
      position: absolute;
      top: 4px;
      right: 2px;
      min-width: 18px;
      height: 18px;
      padding: 0 5px;
      box-sizing: border-box;
      border-radius: 999px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-small);
      line-height: 18px;
      text-align: center;
      pointer-events: none;
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 4px 8px 8px 16px;
      min-width: 240px;
    }
    .heading {
      font: var(--mat-sys-title-small);
    }
    .item {
      height: auto;
      min-height: 64px;
      padding-top: 8px;
      padding-bottom: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 2px;
      white-space: normal;
      line-height: 1.3;
    }
    .title {
      font: var(--mat-sys-label-large);
    }
    .unread .title {
      font-weight: 700;
    }
    .dot {
      display: inline-block;
      width: 8px;
      height: 8px;
      margin-right: 6px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .body {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .time {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin: 0;
      padding: 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotificationsBellComponent {
  protected readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);

  protected readonly badge = computed(() => (this.store.unread() > 99 ? '99+' : String(this.store.unread())));
  protected readonly label = computed(() => {
    const unread = this.store.unread();
    return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
  });
  protected readonly ago = timeAgo;

  constructor() {
    const registry = inject(MatIconRegistry);
    const sanitizer = inject(DomSanitizer);
    for (const [name, path] of Object.entries(BELL_ICONS)) {
      // Compile-time constants above, never user input.
      registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(iconSvg(path)));
    }
  }

  protected open(notification: NotificationView): void {
    this.store.markRead(notification);
    if (notification.link) void this.router.navigateByUrl(notification.link);
  }
}
