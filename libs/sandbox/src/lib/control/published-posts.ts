import type { LinkedInState } from '../linkedin/linkedin-state';
import type { XState } from '../x/x-state';

/** One post as `GET /__sandbox/posts` lists it: what the client sent and what members would read. */
export interface PublishedPostView {
  network: 'linkedin' | 'x';
  id: string;
  url: string;
  authorId: string;
  authorName: string | null;
  /** The text exactly as the client sent it (LinkedIn: escaped little text). */
  rawText: string;
  /** The text as shown on the network (LinkedIn: escapes resolved, cut at an unescaped reserved character; X: t.co links). */
  renderedText: string;
  truncated: boolean;
  hashtags: string[];
  mentions: Array<{ name: string; urn: string }>;
  link: { url: string; title: string | null; description: string | null; thumbnail: string | null } | null;
  mediaIds: string[];
  createdAt: string;
  deletedAt: string | null;
}

export function publishedPosts(
  deps: { linkedin: LinkedInState; x: XState },
  network?: 'linkedin' | 'x',
): PublishedPostView[] {
  const posts: PublishedPostView[] = [];
  if (network !== 'x') {
    for (const post of deps.linkedin.posts.values()) {
      const sub = post.author.replace('urn:li:person:', '');
      posts.push({
        network: 'linkedin',
        id: post.urn,
        url: `https://www.linkedin.com/feed/update/${post.urn}/`,
        authorId: sub,
        authorName: deps.linkedin.members.get(sub)?.name ?? null,
        rawText: post.commentary,
        renderedText: post.rendering.text,
        truncated: post.rendering.truncated,
        hashtags: post.rendering.hashtags,
        mentions: post.rendering.mentions,
        link: post.article
          ? {
              url: post.article.source,
              title: post.article.title ?? null,
              description: post.article.description ?? null,
              thumbnail: post.article.thumbnail ?? null,
            }
          : null,
        mediaIds: post.media ? [post.media.id] : [],
        createdAt: new Date(post.createdAtMs).toISOString(),
        deletedAt: post.deletedAtMs === null ? null : new Date(post.deletedAtMs).toISOString(),
      });
    }
  }
  if (network !== 'linkedin') {
    for (const tweet of deps.x.tweets.values()) {
      const user = deps.x.users.get(tweet.authorId);
      posts.push({
        network: 'x',
        id: tweet.id,
        url: `https://x.com/${user?.username ?? 'i/web'}/status/${tweet.id}`,
        authorId: tweet.authorId,
        authorName: user?.name ?? null,
        rawText: tweet.rawText,
        renderedText: tweet.text,
        truncated: false,
        hashtags: [...tweet.rawText.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((match) => match[1]),
        mentions: [],
        link: tweet.urls[0]
          ? { url: tweet.urls[0].expandedUrl, title: null, description: null, thumbnail: null }
          : null,
        mediaIds: tweet.mediaIds,
        createdAt: new Date(tweet.createdAtMs).toISOString(),
        deletedAt: tweet.deletedAtMs === null ? null : new Date(tweet.deletedAtMs).toISOString(),
      });
    }
  }
  return posts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
