import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { ConnectedAccountView, NetworkName } from '@chorus/shared/contracts';
import { NetworkMarkComponent, networkLabel } from '@chorus/web/ui';
import { initials, limitsText, metricsText, NETWORK_INFO, stateLabel } from '../network-info';

let nextId = 0;

/** One network on the Connected accounts page: the account linked to it, or an invitation to link one. */
@Component({
  selector: 'chorus-network-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButton, MatIcon, MatProgressBar, MatProgressSpinner, NetworkMarkComponent],
  templateUrl: './network-card.component.html',
  styleUrl: './network-card.component.scss',
})
export class NetworkCardComponent {
  readonly network = input.required<NetworkName>();
  readonly account = input<ConnectedAccountView | null>(null);
  /** Whether an admin has set up this network's app. */
  readonly available = input(true);
  /** This card's network is being opened (the browser is about to leave). */
  readonly redirecting = input(false);
  /** Another action on the page is running: buttons wait. */
  readonly locked = input(false);
  readonly disconnecting = input(false);
  readonly connect = output<void>();
  readonly disconnect = output<void>();

  protected readonly id = `chorus-network-card-${nextId++}`;
  protected readonly label = computed(() => networkLabel(this.network()));
  protected readonly info = computed(() => NETWORK_INFO[this.network()]);
  protected readonly limits = computed(() => limitsText(this.network(), this.account()?.capabilities.maxLength));
  protected readonly metrics = computed(() => {
    const account = this.account();
    return account ? metricsText(account) : '';
  });
  protected readonly stateText = computed(() => {
    const account = this.account();
    return account ? stateLabel(account) : 'Not connected';
  });
  protected readonly stateClass = computed(() => `chip state-${this.account()?.state ?? 'none'}`);
  protected readonly initials = computed(() => initials(this.account()?.displayName || this.account()?.handle || ''));
  /** LinkedIn's handle is the member's name: say it once. */
  protected readonly showHandle = computed(() => {
    const account = this.account();
    return !!account && !!account.handle && account.handle !== account.displayName;
  });
  protected readonly avatarFailed = signal(false);
  protected readonly busy = computed(() => this.redirecting() || this.disconnecting());
}
