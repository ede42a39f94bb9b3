import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatIcon } from '@angular/material/icon';
import { MatListItem, MatListItemIcon, MatListItemTitle, MatNavList } from '@angular/material/list';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import {
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  NavigationStart,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { LogoComponent } from '@chorus/web/ui';
import { filter, map } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { CONNECTING_ROLES, ConnectionAlertsStore } from '../connections/connection-alerts.store';
import { navTestId } from '../nav/nav-items';
import { SandboxBannerComponent } from '../system/sandbox-banner.component';
import { NotificationsBellComponent } from './notifications-bell.component';
import { NotificationsStore } from './notifications.store';

/** Below this width the navigation slides over the content behind a menu button. */
export const PHONE_QUERY = '(max-width: 839.98px)';

@Component({
  selector: 'chorus-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbar,
    MatButton,
    MatIconButton,
    MatIcon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatDivider,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatNavList,
    MatListItem,
    MatListItemIcon,
    MatListItemTitle,
    MatProgressBar,
    LogoComponent,
    SandboxBannerComponent,
    NotificationsBellComponent,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly alerts = inject(ConnectionAlertsStore);
  private readonly notifications = inject(NotificationsStore);
  private readonly sidenav = viewChild.required(MatSidenav);

  protected readonly user = this.auth.user;
  protected readonly links = computed(() =>
    this.auth.navItems().map((item) => ({ ...item, testId: navTestId(item.path) })),
  );
  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly navigating = toSignal(
    this.router.events.pipe(
      filter(
        (event) =>
          event instanceof NavigationStart ||
          event instanceof NavigationEnd ||
          event instanceof NavigationCancel ||
          event instanceof NavigationError,
      ),
      map((event) => event instanceof NavigationStart),
    ),
    { initialValue: false },
  );

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  private readonly connects = computed(() => this.auth.hasAnyRole(CONNECTING_ROLES));
  /** The reminder to reconnect; not on the Connected accounts page itself, which shows the same. */
  protected readonly reconnectMessage = computed(() => {
    if (!this.connects()) return null;
    const path = this.url().split(/[?#]/)[0];
    return path === '/connections' ? null : this.alerts.message();
  });

  constructor() {
    // Who may connect accounts gets their state once after sign-in (the page refreshes it); no polling.
    effect(() => {
      const user = this.auth.user();
      const connects = this.connects();
      untracked(() => (user && connects ? this.alerts.loadFor(user.id) : this.alerts.clear()));
    });
    // The bell polls while someone is signed in, and stops with the shell.
    effect(() => {
      const user = this.auth.user();
      untracked(() => (user ? this.notifications.start(user.id) : this.notifications.stop()));
    });
    inject(DestroyRef).onDestroy(() => this.notifications.stop());
  }

  protected closeOnPhone(): void {
    if (this.phone()) void this.sidenav().close();
  }

  protected signOut(): void {
    this.auth.logout().subscribe({
      complete: () => void this.router.navigate(['/login']),
    });
  }
}
