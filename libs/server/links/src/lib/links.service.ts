import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NetworkName } from '@chorus/shared/contracts';
import { APP_CONFIG, AppConfig } from '@chorus/server/core';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { TrackedLink } from './tracked-link.entity';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
/** 57^8 ≈ 1.1e14 codes: guessing a live one is hopeless, and the link stays short (23 chars on X anyway). */
const CODE_LENGTH = 8;

export interface LinkOwner {
  userId: string;
  contentItemId: string;
  network: NetworkName;
  targetUrl: string;
}

export interface IssuedLink {
  id: string;
  code: string;
  url: string;
}

/** Issues the advocate's tracked links; the redirect and click counting read the same table. */
@Injectable()
export class LinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The public address of a code. */
  urlOf(code: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/l/${code}`;
  }

  /** The link of this advocate × item × network, created on first use; concurrent callers get the same row. */
  async ensure(owner: LinkOwner, manager: EntityManager = this.dataSource.manager): Promise<IssuedLink> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const rows: Array<{ id: string; code: string }> = await manager.query(
        `INSERT INTO tracked_links (code, user_id, content_item_id, network, target_url)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, content_item_id, network) DO UPDATE SET target_url = tracked_links.target_url
         RETURNING id, code`,
        [newCode(), owner.userId, owner.contentItemId, owner.network, owner.targetUrl],
      ).catch((error: { code?: string; constraint?: string }) => {
        // A code collision (astronomically rare): try another code.
        if (error.code === '23505' && error.constraint === 'uq_tracked_links_code') return [];
        throw error;
      });
      if (rows.length > 0) return { id: rows[0].id, code: rows[0].code, url: this.urlOf(rows[0].code) };
    }
    throw new Error('Could not issue a unique link code');
  }

  /** The advocate's tracked links for an item on the given networks (a post carries its own network's). */
  async urlsFor(userId: string, contentItemId: string, networks: readonly NetworkName[]): Promise<string[]> {
    const links = await this.dataSource
      .getRepository(TrackedLink)
      .find({ where: { userId, contentItemId, network: In([...networks]) }, order: { network: 'ASC' } });
    return links.map((l) => this.urlOf(l.code));
  }

  async byId(id: string): Promise<IssuedLink | null> {
    const link = await this.dataSource.getRepository(TrackedLink).findOne({ where: { id } });
    return link ? { id: link.id, code: link.code, url: this.urlOf(link.code) } : null;
  }
}

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
