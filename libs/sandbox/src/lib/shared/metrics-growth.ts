import { createHash } from 'node:crypto';

/** What a post has gathered by a given age; both networks' metrics are read off this. */
export interface GrownMetrics {
  impressions: number;
  membersReached: number;
  reactions: number;
  comments: number;
  reposts: number;
  quotes: number;
  bookmarks: number;
  linkClicks: number;
  profileClicks: number;
}

const HOUR_SECONDS = 3600;

/**
 * Metrics as a deterministic function of the post's id and its age on the sandbox clock: they start at
 * zero, grow quickly for the first day and level off, and never go down. Tests advance the clock instead
 * of waiting, and two reads at the same age always agree.
 */
export function metricsAt(postId: string, ageSeconds: number): GrownMetrics {
  const [reachSeed, engagementSeed] = seeds(postId);
  const ceiling = 400 + Math.floor(reachSeed * 3600);
  const progress = 1 - Math.exp(-Math.max(0, ageSeconds) / (12 * HOUR_SECONDS));
  const impressions = Math.floor(ceiling * progress);
  const engagement = 0.02 + engagementSeed * 0.03;
  return {
    impressions,
    membersReached: Math.floor(impressions * 0.7),
    reactions: Math.floor(impressions * engagement),
    comments: Math.floor(impressions * engagement * 0.15),
    reposts: Math.floor(impressions * engagement * 0.1),
    quotes: Math.floor(impressions * engagement * 0.03),
    bookmarks: Math.floor(impressions * engagement * 0.05),
    linkClicks: Math.floor(impressions * engagement * 0.4),
    profileClicks: Math.floor(impressions * engagement * 0.08),
  };
}

function seeds(postId: string): [number, number] {
  const digest = createHash('sha256').update(postId).digest();
  return [digest.readUInt32BE(0) / 0xffffffff, digest.readUInt32BE(4) / 0xffffffff];
}
