import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { ConnectedAccountView, ConnectionsOverview, Role } from '@chorus/shared/contracts';
import { networkLabel } from '@chorus/web/ui';

/** Roles that connect their own accounts (and so may see the reconnect reminder). */
export const CONNECTING_ROLES: readonly Role[] = ['advocate', 'curator'];

function phrase(account: ConnectedAccountView): string {
  const name = networkLabel(account.network);
  if (account.state === 'needs_reconnect') return `${name} connection needs reconnecting`;
  const days = account.daysLeft;
  if (days === null) return `${name} connection expires soon`;
  if (days <= 0) return `${name} connection expires today`;
  if (days === 1) return `${name} connection expires tomorrow`;
  return `${name} connection expires in ${days} days`;
}

/** Accounts that need the advocate: the broken ones first, then the one that runs out soonest. */
export function accountsNeedingAttention(accounts: readonly ConnectedAccountView[]): ConnectedAccountView[] {
  return accounts
    .filter((account) => account.state === 'expiring' || account.state === 'needs_reconnect')
    .sort((a, b) => {
      if (a.state !== b.state) return a.state === 'needs_reconnect' ? -1 : 1;
      return (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity);
    });
}

/** "Your LinkedIn connection expires in 5 days", or null when nothing needs doing. */
export function reconnectMessage(accounts: readonly ConnectedAccountView[]): string | null {
  const attention = accountsNeedingAttention(accounts);
  if (attention.length === 0) return null;
  return `Your ${attention.map(phrase).join(' and your ')}`;
}

/**
 * The signed-in user's connected accounts as far as the shell's reminder needs them. Asked once after
 * sign-in; the Connected accounts page hands in what it loads, so the reminder follows every change there.
 * Never polls.
 */
@Injectable({ providedIn: 'root' })
export class ConnectionAlertsStore {
  private readonly http = inject(HttpClient);
  private readonly accountsState = signal<readonly ConnectedAccountView[]>([]);
  private loadedFor: string | null = null;
  /** Bumped by every change, so a slow first answer cannot overwrite what the page handed in since. */
  private version = 0;

  readonly accounts = this.accountsState.asReadonly();
  readonly message = computed(() => reconnectMessage(this.accountsState()));

  /** Loads the accounts of this user unless they are already known. */
  loadFor(userId: string): void {
    if (this.loadedFor === userId) return;
    this.loadedFor = userId;
    const version = ++this.version;
    this.http.get<ConnectionsOverview>('/api/connections').subscribe({
      next: (overview) => {
        if (version === this.version) this.accountsState.set(overview.accounts);
      },
      // The reminder is a courtesy: a failed call just shows none (the page itself reports errors).
      error: () => undefined,
    });
  }

  /** What the Connected accounts page just loaded. */
  update(accounts: readonly ConnectedAccountView[]): void {
    this.version++;
    this.accountsState.set(accounts);
  }

  clear(): void {
    this.version++;
    this.loadedFor = null;
    this.accountsState.set([]);
  }
}
