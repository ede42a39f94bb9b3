import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@chorus/server/core';
import type { NetworkName } from '@chorus/shared/contracts';
import { DataSource } from 'typeorm';
import { LruCache } from './lru-cache';
import { advocateKey, slugify, UTM_MEDIUM, withUtm } from './utm';

/** Everything the redirect needs about a code, computed once per process and code. */
export interface ResolvedLink {
  linkId: string;
  contentItemId: string;
  network: NetworkName;
  /** The target URL with its UTM parameters: the `Location` of every redirect of this code. */
  location: string;
}

/** Unknown codes are remembered this long (a link created meanwhile works after at most this delay). */
export const NEGATIVE_TTL_MS = 30_000;
const NEGATIVE_MAX = 10_000;

/** Shapes a code can have (`newCode` issues 8 characters of a smaller alphabet); anything else is a 404 at once. */
export const CODE_PATTERN = /^[A-Za-z0-9_-]{1,16}$/;

/**
 * Code → redirect target. Codes never change, so a resolved code is cached for the life of the process
 * (LRU-bounded); unknown codes are cached briefly, in a cache of their own so that someone trying random
 * codes cannot push real links out. Concurrent misses for one code share one query.
 */
@Injectable()
export class LinkResolver {
  private readonly known: LruCache<ResolvedLink>;
  private readonly unknown: LruCache<true>;
  private readonly inFlight = new Map<string, Promise<ResolvedLink | null>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.known = new LruCache(config.LINK_CACHE_SIZE);
    this.unknown = new LruCache(NEGATIVE_MAX);
  }

  /** Synchronous answer from memory: the link, null (known to be unknown) or undefined (ask `resolve`). */
  peek(code: string): ResolvedLink | null | undefined {
    const link = this.known.get(code);
    if (link) return link;
    return this.unknown.get(code) ? null : undefined;
  }

  resolve(code: string): Promise<ResolvedLink | null> {
    const cached = this.peek(code);
    if (cached !== undefined) return Promise.resolve(cached);
    let pending = this.inFlight.get(code);
    if (!pending) {
      pending = this.load(code).finally(() => this.inFlight.delete(code));
      this.inFlight.set(code, pending);
    }
    return pending;
  }

  get size(): number {
    return this.known.size;
  }

  private async load(code: string): Promise<ResolvedLink | null> {
    const rows: Array<{
      id: string;
      user_id: string;
      content_item_id: string;
      network: NetworkName;
      target_url: string;
      title: string;
    }> = await this.dataSource.query(
      `SELECT l.id, l.user_id, l.content_item_id, l.network, l.target_url, c.title
         FROM tracked_links l JOIN content_items c ON c.id = l.content_item_id
        WHERE l.code = $1`,
      [code],
    );
    const row = rows[0];
    if (!row) {
      this.unknown.set(code, true, NEGATIVE_TTL_MS);
      return null;
    }
    const link: ResolvedLink = {
      linkId: row.id,
      contentItemId: row.content_item_id,
      network: row.network,
      location: withUtm(row.target_url, {
        source: row.network,
        medium: UTM_MEDIUM,
        campaign: slugify(row.title),
        content: advocateKey(this.config.SESSION_SECRET, row.user_id),
      }),
    };
    this.known.set(code, link);
    return link;
  }
}
