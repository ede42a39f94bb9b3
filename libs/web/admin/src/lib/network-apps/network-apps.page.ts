import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NETWORK_NAMES, NetworkAppSettings } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { NetworkAppFormComponent } from './network-app-form.component';
import { NetworkAppsApi } from './network-apps.api';

@Component({
  selector: 'chorus-network-apps-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeaderComponent, LoadingStateComponent, ErrorStateComponent, NetworkAppFormComponent],
  template: `
    <chorus-page-header
      heading="Network apps"
      subtitle="Your organisation's developer apps at LinkedIn and X. Advocates connect their accounts through them."
    />
    @if (loading()) {
      <chorus-loading-state label="Loading network apps…" />
    } @else if (error(); as message) {
      <chorus-error-state heading="Could not load the network apps" [message]="message" (retry)="load()" />
    } @else {
      <div class="apps">
        @for (app of apps(); track app.network) {
          <chorus-network-app-form [settings]="app" (saved)="replace($event)" />
        }
      </div>
    }
  `,
  styles: `
    .apps {
      display: flex;
      flex-direction: column;
      gap: 24px;
      max-width: 760px;
    }
  `,
})
export class NetworkAppsPage implements OnInit {
  private readonly api = inject(NetworkAppsApi);

  protected readonly apps = signal<NetworkAppSettings[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.list().subscribe({
      next: (apps) => {
        // Always LinkedIn first, then X, whatever order the server uses.
        const order = (app: NetworkAppSettings) => NETWORK_NAMES.indexOf(app.network);
        this.apps.set([...apps].sort((a, b) => order(a) - order(b)));
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.error.set(describeError(err).message);
      },
    });
  }

  protected replace(saved: NetworkAppSettings): void {
    this.apps.update((apps) => apps.map((app) => (app.network === saved.network ? saved : app)));
  }
}
