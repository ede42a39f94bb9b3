import { Injectable } from '@nestjs/common';
import type { NetworkName } from '@chorus/shared/contracts';

export interface ColleaguePostsQuery {
  /** The author, whose own posts are not compared. */
  authorId: string;
  networks: NetworkName[];
  contentItemId: string | null;
}

/**
 * Colleagues' recent posts on the same network, for the originality rule (X forbids near-identical posts
 * across accounts). Shares do not exist yet, so this returns nothing: the sharing issue replaces it with
 * a query over recent shares of the same content item by other authors. The browser never gets these.
 */
@Injectable()
export class ColleaguePostsProvider {
  async recentPosts(query: ColleaguePostsQuery): Promise<string[]> {
    void query;
    return [];
  }
}
