import { ConnectedAccountView, NetworkName } from '@chorus/shared/contracts';
import { networkLabel } from '@chorus/web/ui';

/** What each network lets an advocate do, as told on the Connected accounts page. */
interface NetworkInfo {
  /** Why connect, in one line. */
  why: string;
  /** Post length when no account tells us the configured one. */
  defaultMaxLength: number;
  /** How long a connection lasts. */
  lifetime: string;
}

export const NETWORK_INFO: Readonly<Record<NetworkName, NetworkInfo>> = {
  linkedin: {
    why: 'Share approved posts with your professional network in one click, and see how far they reach.',
    defaultMaxLength: 3000,
    lifetime: 'LinkedIn connections last 60 days; Chorus reminds you 7 days and 1 day before.',
  },
  x: {
    why: 'Post to your X timeline straight from Chorus, now or at the times you choose.',
    defaultMaxLength: 280,
    lifetime: 'X stays connected until you disconnect it or revoke access at X.',
  },
};

const number = new Intl.NumberFormat('en');

/** "Posts up to 3,000 characters"; X adds how it counts links. */
export function limitsText(network: NetworkName, maxLength = NETWORK_INFO[network].defaultMaxLength): string {
  const base = `Posts up to ${number.format(maxLength)} characters`;
  return network === 'x' ? `${base}; X counts every link as 23` : base;
}

export function metricsText(account: ConnectedAccountView): string {
  return account.capabilities.metrics
    ? `Chorus reads impressions and reactions back from ${networkLabel(account.network)}.`
    : 'Post metrics are not available with your organisation’s app; clicks are still counted.';
}

/** "AL" for Ada Lovelace, "A" for a single name, "?" for none. */
export function initials(name: string): string {
  const words = name
    .replace(/^@/, '')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return '?';
  const first = Array.from(words[0])[0] ?? '';
  const last = words.length > 1 ? (Array.from(words[words.length - 1])[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** The state chip's text: "Connected", "Expires in 5 days", "Needs reconnect". */
export function stateLabel(account: ConnectedAccountView): string {
  if (account.state === 'needs_reconnect') return 'Needs reconnect';
  if (account.state === 'connected') return 'Connected';
  const days = account.daysLeft ?? 0;
  if (days <= 0) return 'Expires today';
  return days === 1 ? 'Expires in 1 day' : `Expires in ${days} days`;
}
