import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NetworkName, PostingSchedule, PublishingLimitsView, PublishingSettings } from '@chorus/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { LimitRules, PlannedPost } from '../policy/publishing-limits';
import type { EngagementSample } from '../policy/suggested-times';
import { PostingScheduleService } from '../settings/posting-schedule.service';
import { PublishingSettingsService } from '../settings/publishing-settings.service';

/** Shares that occupy a slot: they will be (or are) on the advocate's profile. */
const PLANNED_STATES = `('scheduled', 'publishing', 'published', 'outcome_unknown')`;

export interface AdvocateRules {
  settings: PublishingSettings;
  schedule: PostingSchedule;
  limits: LimitRules;
}

/** Everything the limits, the queue and the time suggestions need about one advocate. */
@Injectable()
export class PublishingRules {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: PublishingSettingsService,
    private readonly schedules: PostingScheduleService,
  ) {}

  async forAdvocate(userId: string): Promise<AdvocateRules> {
    const [settings, schedule] = await Promise.all([this.settings.get(), this.schedules.get(userId)]);
    return {
      settings,
      schedule,
      limits: {
        maxPerDay: settings.maxPerDay,
        minSpacingMinutes: settings.minSpacingMinutes,
        timeZone: schedule.timeZone,
        blackouts: [
          ...settings.blackouts.map((b) => ({ ...b, scope: 'organisation' as const })),
          ...schedule.blackouts.map((b) => ({ ...b, scope: 'personal' as const })),
        ],
      },
    };
  }

  limitsView(rules: AdvocateRules): PublishingLimitsView {
    return { maxPerDay: rules.limits.maxPerDay, minSpacingMinutes: rules.limits.minSpacingMinutes, blackouts: rules.limits.blackouts };
  }

  /** The advocate's posts from two days before `from` to two days after `to` (enough for day caps and spacing). */
  async plannedPosts(
    userId: string,
    from: Date,
    to: Date,
    excludeShareId?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlannedPost[]> {
    const rows: Array<{ at: Date; network: NetworkName }> = await manager.query(
      `SELECT COALESCE(published_at, scheduled_at) AS at, network FROM shares
        WHERE user_id = $1 AND state IN ${PLANNED_STATES}
          AND scheduled_at BETWEEN $2 AND $3 AND ($4::uuid IS NULL OR id <> $4)`,
      [userId, new Date(from.getTime() - 2 * 86_400_000), new Date(to.getTime() + 2 * 86_400_000), excludeShareId ?? null],
    );
    return rows.map((r) => ({ at: new Date(r.at), network: r.network }));
  }

  /** Reach of the advocate's own published posts: what "best times" learn from. */
  async engagementHistory(userId: string): Promise<EngagementSample[]> {
    const rows: Array<{ published_at: Date; network: NetworkName; impressions: number | null; engagements: number | null }> =
      await this.dataSource.query(
        `SELECT published_at, network, impressions, engagements FROM shares
          WHERE user_id = $1 AND state = 'published' AND published_at IS NOT NULL
          ORDER BY published_at DESC LIMIT 500`,
        [userId],
      );
    return rows.map((r) => ({ at: new Date(r.published_at), network: r.network, impressions: r.impressions, engagements: r.engagements }));
  }
}
