import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PostingSchedule } from '@chorus/shared/contracts';
import { DataSource } from 'typeorm';
import { PostingScheduleRecord } from '../entities';
import { withIds } from './publishing-settings.service';

/** Until an advocate saves a schedule: no queue slots, and UTC (the composer proposes the browser's zone). */
export const DEFAULT_SCHEDULE: PostingSchedule = { timeZone: 'UTC', slots: [], blackouts: [] };

/** The advocate's weekly queue slots, personal blackouts and time zone. */
@Injectable()
export class PostingScheduleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(userId: string): Promise<PostingSchedule> {
    const row = await this.dataSource.getRepository(PostingScheduleRecord).findOneBy({ userId });
    return row ? { timeZone: row.timeZone, slots: row.slots, blackouts: row.blackouts } : { ...DEFAULT_SCHEDULE };
  }

  async put(userId: string, body: PostingSchedule): Promise<PostingSchedule> {
    const slots = [...new Map(body.slots.map((s) => [`${s.day} ${s.time}`, { day: s.day, time: s.time }])).values()].sort(
      (a, b) => a.day - b.day || a.time.localeCompare(b.time),
    );
    await this.dataSource
      .getRepository(PostingScheduleRecord)
      .upsert({ userId, timeZone: body.timeZone, slots, blackouts: withIds(body.blackouts) }, ['userId']);
    return this.get(userId);
  }
}
