import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@chorus/server/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { utcDay } from './click';

/** Salts are kept for today and yesterday (late clicks of yesterday are still being written). */
const KEEP_DAYS = 2;

/**
 * The random salt of each UTC day, shared by every API instance through Postgres: the first instance that
 * needs a day's salt creates it (`ON CONFLICT DO NOTHING`, then everybody reads the winner). Salts older
 * than yesterday are deleted, after which their visitor keys can no longer be recomputed from an address.
 * Only the click writer calls this, off the redirect's path.
 */
@Injectable()
export class VisitorSalts {
  private readonly cache = new Map<string, Buffer>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async saltsFor(days: Iterable<string>): Promise<Map<string, Buffer>> {
    const result = new Map<string, Buffer>();
    for (const day of new Set(days)) {
      let salt = this.cache.get(day);
      if (!salt) {
        salt = await this.load(day);
        this.cache.set(day, salt);
      }
      result.set(day, salt);
    }
    return result;
  }

  private async load(day: string): Promise<Buffer> {
    await this.dataSource.query(
      `INSERT INTO link_visitor_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING`,
      [day, randomBytes(32)],
    );
    const [row] = await this.dataSource.query(`SELECT salt FROM link_visitor_salts WHERE day = $1`, [day]);
    if (!row) throw new Error(`the visitor salt of ${day} vanished`);
    // A new day is the moment to forget the salts of days past, here and in memory.
    const oldest = this.oldestKeptDay();
    await this.dataSource.query(`DELETE FROM link_visitor_salts WHERE day < $1`, [oldest]);
    for (const cached of this.cache.keys()) if (cached < oldest) this.cache.delete(cached);
    return row.salt as Buffer;
  }

  private oldestKeptDay(): string {
    return utcDay(new Date(this.clock.now().getTime() - (KEEP_DAYS - 1) * 86_400_000));
  }
}
