import { Challenge } from '@chorus/shared/contracts';
import { formatDateTime, METRIC_LABELS } from '../shared/labels';

/** "Most clicks on “Quarterly results”". */
export function goalText(challenge: Challenge): string {
  const goal = METRIC_LABELS[challenge.metric];
  return challenge.contentItem ? `${goal} on “${challenge.contentItem.title}”` : goal;
}

export function periodText(challenge: Challenge): string {
  return `${formatDateTime(challenge.startsAt)} – ${formatDateTime(challenge.endsAt)}`;
}

function span(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}

/** "Ends in 2 d 4 h", "Starts in 3 h 10 min", "Ended". */
export function countdownText(challenge: Challenge, now: number): string {
  const starts = Date.parse(challenge.startsAt);
  const ends = Date.parse(challenge.endsAt);
  if (challenge.state === 'ended' || ends <= now) return 'Ended';
  if (challenge.state === 'scheduled' && starts > now) return `Starts in ${span(starts - now)}`;
  return `Ends in ${span(ends - now)}`;
}
