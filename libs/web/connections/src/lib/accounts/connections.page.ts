import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import {
  ConnectedAccountView,
  ConnectionsOverview,
  NETWORK_NAMES,
  NetworkName,
} from '@chorus/shared/contracts';
import { BrowserLocation, ConnectionAlertsStore, describeError } from '@chorus/web/core';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  networkLabel,
  PageHeaderComponent,
} from '@chorus/web/ui';
import { ConnectionsApi } from '../connections.api';
import { NETWORK_INFO } from '../network-info';
import { NetworkCardComponent } from './network-card.component';

export const APP_NOT_CONFIGURED = 'connections.app_not_configured';

function isNetwork(value: string | null): value is NetworkName {
  return value !== null && (NETWORK_NAMES as readonly string[]).includes(value);
}

/** The question asked before disconnecting. */
export function disconnectQuestion(account: ConnectedAccountView): string {
  return (
    `Disconnect ${networkLabel(account.network)} (${account.handle || account.displayName})? ` +
    'Scheduled posts to it will not go out until you connect again.'
  );
}

@Component({
  selector: 'chorus-connections-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatIcon,
    MatIconButton,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    NetworkCardComponent,
  ],
  templateUrl: './connections.page.html',
  styleUrl: './connections.page.scss',
})
export class ConnectionsPage implements OnInit {
  private readonly api = inject(ConnectionsApi);
  private readonly alerts = inject(ConnectionAlertsStore);
  private readonly location = inject(BrowserLocation);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly overview = signal<ConnectionsOverview | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  /** A failed connection attempt or action, shown above the cards until dismissed. */
  protected readonly problem = signal<string | null>(null);
  protected readonly redirecting = signal<NetworkName | null>(null);
  protected readonly disconnecting = signal<string | null>(null);
  protected readonly redirectingTo = computed(() => {
    const network = this.redirecting();
    return network ? networkLabel(network) : null;
  });
  protected readonly busy = computed(() => this.redirecting() !== null || this.disconnecting() !== null);

  protected readonly cards = computed(() => {
    const overview = this.overview();
    if (!overview) return [];
    return NETWORK_NAMES.map((network) => ({
      network,
      account: overview.accounts.find((account) => account.network === network) ?? null,
      available: overview.availableNetworks.includes(network),
    }));
  });
  /** Nothing connected and nothing that could be: the admin has work to do first. */
  protected readonly empty = computed(() => {
    const overview = this.overview();
    return !!overview && overview.accounts.length === 0 && overview.availableNetworks.length === 0;
  });
  protected readonly lifetimes = NETWORK_NAMES.map((network) => NETWORK_INFO[network].lifetime);

  ngOnInit(): void {
    this.readCallbackResult();
    this.load();
  }

  /** The API's OAuth callback lands here with `?connected=<network>` or `?error=<message>`. */
  private readCallbackResult(): void {
    const params = this.route.snapshot.queryParamMap;
    const connected = params.get('connected');
    const error = params.get('error');
    if (connected === null && error === null) return;
    if (isNetwork(connected)) {
      this.snackBar.open(`${networkLabel(connected)} connected`, undefined, { duration: 5000 });
    }
    if (error !== null) {
      this.problem.set(error.trim() || 'The network did not connect. Please try again.');
    }
    // Reloading or sharing the address must not repeat the message.
    void this.router.navigate([], { relativeTo: this.route, queryParams: {}, replaceUrl: true });
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.overview().subscribe({
      next: (overview) => {
        this.overview.set(overview);
        this.alerts.update(overview.accounts);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err).message);
      },
    });
  }

  protected connect(network: NetworkName): void {
    if (this.busy()) return;
    this.redirecting.set(network);
    this.problem.set(null);
    this.api.start(network).subscribe({
      // The page stays "busy" while the browser leaves for the network's consent page.
      next: ({ authorizationUrl }) => this.location.assign(authorizationUrl),
      error: (err: unknown) => {
        this.redirecting.set(null);
        const info = describeError(err, `Could not open ${networkLabel(network)}. Please try again.`);
        if (info.code === APP_NOT_CONFIGURED) {
          this.problem.set(`An admin has not set up the ${networkLabel(network)} app yet.`);
          this.overview.update((overview) =>
            overview
              ? { ...overview, availableNetworks: overview.availableNetworks.filter((name) => name !== network) }
              : overview,
          );
        } else {
          this.problem.set(info.message);
        }
      },
    });
  }

  protected disconnect(account: ConnectedAccountView): void {
    if (this.busy()) return;
    confirmAction(this.dialog, {
      title: 'Disconnect account?',
      message: disconnectQuestion(account),
      confirmLabel: 'Disconnect',
      destructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.disconnecting.set(account.id);
      this.problem.set(null);
      this.api.disconnect(account.id).subscribe({
        next: () => {
          this.disconnecting.set(null);
          this.snackBar.open(`${networkLabel(account.network)} disconnected`, undefined, { duration: 4000 });
          this.load();
        },
        error: (err: unknown) => {
          this.disconnecting.set(null);
          this.problem.set(describeError(err, 'Could not disconnect. Please try again.').message);
        },
      });
    });
  }
}
