import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PulseSurvey, PulseSurveyRequest } from '@chorus/shared/contracts';
import { Clock, DomainError, invalid, notFound, OUTREACH_JOBS, QUEUES, SendPulseJob } from '@chorus/server/core';
import { Actor, AuditService } from '@chorus/server/identity';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { isMonday, mondayOf, startOfDay } from './pulse-weeks';
import { SURVEY_COLUMNS, SurveyRow, toSurvey } from './pulse-rows';

/**
 * The lead's side of the weekly pulse. Rule: one survey per person per week — a new survey may not share
 * its week with one whose audience overlaps (either for everyone, or a group in common), so "this week's
 * pulse" is always one survey for every advocate.
 */
@Injectable()
export class PulseSurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.outreach) private readonly queue: Queue<SendPulseJob>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Newest week first. */
  async list(): Promise<PulseSurvey[]> {
    const rows: SurveyRow[] = await this.dataSource.query(
      `SELECT ${SURVEY_COLUMNS} FROM pulse_surveys s ORDER BY s.week_start DESC, s.created_at DESC`,
    );
    return rows.map(toSurvey);
  }

  async get(id: string): Promise<PulseSurvey> {
    const [row]: SurveyRow[] = await this.dataSource.query(
      `SELECT ${SURVEY_COLUMNS} FROM pulse_surveys s WHERE s.id = $1`,
      [id],
    );
    if (!row) throw notFound('Pulse survey', 'pulse.not_found');
    return toSurvey(row);
  }

  async create(actor: Actor, body: PulseSurveyRequest): Promise<PulseSurvey> {
    const thisWeek = mondayOf(this.clock.now());
    const weekStart = body.weekStart ?? thisWeek;
    if (!isMonday(weekStart)) throw invalid('weekStart', 'must be a Monday (YYYY-MM-DD)');
    if (weekStart < thisWeek) throw invalid('weekStart', `must be this week (${thisWeek}) or later`);
    const groupIds = [...new Set(body.groupIds ?? [])];
    await this.assertGroupsExist(groupIds);
    const questions = body.questions.map((text, index) => ({ id: `q${index + 1}`, text }));

    const id = await this.dataSource.transaction(async (manager) => {
      // Serialises creations for one week, so two leads cannot both pass the overlap check.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('chorus:pulse-week'), hashtext($1))`, [weekStart]);
      const [taken] = await manager.query(
        `SELECT title FROM pulse_surveys
          WHERE week_start = $1 AND (group_ids = '{}' OR $2::uuid[] = '{}' OR group_ids && $2::uuid[])
          LIMIT 1`,
        [weekStart, groupIds],
      );
      if (taken) {
        const message = `The week of ${weekStart} already has a pulse ("${taken.title}") for some of these people: one pulse per person and week.`;
        throw new DomainError(409, 'pulse.week_taken', message, [{ field: 'weekStart', message }]);
      }
      const [row] = await manager.query(
        `INSERT INTO pulse_surveys (title, week_start, questions, group_ids, created_by, created_at)
         VALUES ($1, $2, $3::jsonb, $4::uuid[], $5, $6) RETURNING id`,
        [body.title, weekStart, JSON.stringify(questions), groupIds, actor.id, this.clock.now()],
      );
      await this.audit.record(
        actor,
        {
          action: 'pulse.survey_created',
          targetType: 'pulse_survey',
          targetId: row.id,
          details: { title: body.title, weekStart, groupIds, questions: questions.length, sendMail: !!body.sendMail },
        },
        manager,
      );
      return row.id as string;
    });
    if (body.sendMail) await this.queueMails(id, weekStart, groupIds);
    return this.get(id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // A CTE, so the driver returns rows (a bare DELETE … RETURNING comes back as [rows, count]).
      const [row] = await manager.query(
        `WITH gone AS (DELETE FROM pulse_surveys WHERE id = $1 RETURNING title, week_start)
         SELECT title, to_char(week_start, 'YYYY-MM-DD') AS week_start FROM gone`,
        [id],
      );
      if (!row) throw notFound('Pulse survey', 'pulse.not_found');
      await this.audit.record(
        actor,
        {
          action: 'pulse.survey_deleted',
          targetType: 'pulse_survey',
          targetId: id,
          details: { title: row.title, weekStart: row.week_start },
        },
        manager,
      );
    });
  }

  /**
   * One send job per active advocate or curator asked who has pulse mails on (no preferences row = on). A
   * survey for a later week is mailed when its week starts (a delayed job); the job id and the delivery row
   * of the job make every person's mail go out once.
   */
  private async queueMails(surveyId: string, weekStart: string, groupIds: string[]): Promise<number> {
    const recipients: Array<{ id: string }> = await this.dataSource.query(
      `SELECT u.id FROM users u
         LEFT JOIN outreach_preferences p ON p.user_id = u.id
        WHERE u.status = 'active' AND u.roles && ARRAY['advocate', 'curator']::text[]
          AND coalesce(p.pulse_mail, true)
          AND ($1::uuid[] = '{}' OR EXISTS (
                SELECT 1 FROM group_members gm WHERE gm.user_id = u.id AND gm.group_id = ANY($1::uuid[])))`,
      [groupIds],
    );
    const delay = Math.max(0, startOfDay(weekStart).getTime() - this.clock.now().getTime());
    await this.queue.addBulk(
      recipients.map(({ id: userId }) => ({
        name: OUTREACH_JOBS.sendPulse,
        data: { surveyId, userId },
        opts: {
          jobId: `pulse.${surveyId}.${userId}`,
          delay,
          attempts: 5,
          backoff: { type: 'exponential', delay: 30_000 },
        },
      })),
    );
    return recipients.length;
  }

  private async assertGroupsExist(groupIds: string[]): Promise<void> {
    if (!groupIds.length) return;
    const found: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM groups WHERE id = ANY($1::uuid[])`,
      [groupIds],
    );
    if (found.length !== groupIds.length) throw invalid('groupIds', 'contains a group that does not exist');
  }
}
