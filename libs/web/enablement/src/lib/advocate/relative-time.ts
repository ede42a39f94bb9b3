/** "just now", "5 min ago", "3 h ago", "2 d ago", else the date ("4 Nov"). */
export function timeAgo(at: string, now: number = Date.now()): string {
  const minutes = Math.round((now - new Date(at).getTime()) / 60_000);
  if (!Number.isFinite(minutes)) return '';
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)} h ago`;
  if (minutes < 7 * 24 * 60) return `${Math.round(minutes / (24 * 60))} d ago`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(at));
}
