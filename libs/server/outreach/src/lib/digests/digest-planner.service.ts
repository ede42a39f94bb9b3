import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DigestRunResult } from '@chorus/shared/contracts';
import { Clock, OUTREACH_JOBS, QUEUES, SendDigestJob } from '@chorus/server/core';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { MAIL_AUDIENCE, NUDGE_CANDIDATES } from './digest-queries';
import { OutreachSettingsService } from './outreach-settings.service';
import { daysBefore, dueCadences, digestPeriodKey, utcDayKey } from './periods';

const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: true,
  removeOnFail: 1000,
};

/** The Bull job id of one person's mail for one period (no colons: they separate Redis keys). */
export function sendJobId(job: SendDigestJob): string {
  return `${job.kind}-${job.userId}-${job.periodKey}`;
}

/**
 * Decides who gets mail now and queues one send job per person: the hourly tick, and the admin's "run now"
 * (`force`: the current period's digests whatever the hour and weekday). Those who already have this
 * period's delivery are left out here; the send job's unique delivery row makes sure of it.
 */
@Injectable()
export class DigestPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.outreach) private readonly queue: Queue<SendDigestJob>,
    private readonly settings: OutreachSettingsService,
    private readonly clock: Clock,
  ) {}

  async run(force = false): Promise<DigestRunResult> {
    const jobs = await this.due(this.clock.now(), force);
    if (jobs.length > 0) {
      await this.queue.addBulk(
        jobs.map((data) => ({
          name: OUTREACH_JOBS.sendDigest,
          data,
          opts: { ...JOB_OPTIONS, jobId: sendJobId(data) },
        })),
      );
    }
    return {
      digests: jobs.filter((j) => j.kind === 'digest').length,
      nudges: jobs.filter((j) => j.kind === 'nudge').length,
    };
  }

  /** The send jobs due at `now`. */
  async due(now: Date, force = false): Promise<SendDigestJob[]> {
    const settings = await this.settings.settings();
    const cadences = dueCadences(settings, now, force);
    const jobs: SendDigestJob[] = [];
    if (cadences.length > 0) {
      const rows: Array<{ id: string; period_key: string }> = await this.dataSource.query(
        `SELECT u.id, CASE WHEN pref.digest = 'daily' THEN $2 ELSE $3 END AS period_key
           FROM users u
           CROSS JOIN LATERAL (SELECT coalesce((SELECT p.digest FROM outreach_preferences p WHERE p.user_id = u.id), 'weekly') AS digest) pref
          WHERE ${MAIL_AUDIENCE} AND pref.digest = ANY($1::text[])
            AND NOT EXISTS (SELECT 1 FROM outreach_deliveries d WHERE d.user_id = u.id AND d.kind = 'digest'
                              AND d.period_key = CASE WHEN pref.digest = 'daily' THEN $2 ELSE $3 END)
          ORDER BY u.id`,
        [cadences, digestPeriodKey('daily', now), digestPeriodKey('weekly', now)],
      );
      jobs.push(...rows.map((r) => ({ userId: r.id, kind: 'digest' as const, periodKey: r.period_key })));
    }
    // Nudges go out with the day's digests (not at midnight), and only when the admin has them on.
    const nudgeTime = force || now.getUTCHours() >= settings.digestHourUtc;
    if (settings.nudgeAfterDays > 0 && nudgeTime) {
      const day = utcDayKey(now);
      const rows: Array<{ id: string }> = await this.dataSource.query(`${NUDGE_CANDIDATES} ORDER BY u.id`, [
        daysBefore(now, settings.nudgeAfterDays),
        day,
        null,
      ]);
      jobs.push(...rows.map((r) => ({ userId: r.id, kind: 'nudge' as const, periodKey: day })));
    }
    return jobs;
  }
}
