import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, MailOutbox } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { SignedLinks } from '../links/signed-links';
import { mailLinks } from '../links/unsubscribe-links';
import { PulseAnswersService } from './pulse-answers.service';
import { renderPulseMail } from './pulse-mail';
import { addWeeks, startOfDay } from './pulse-weeks';
import { isAsked, SURVEY_COLUMNS, SurveyRow } from './pulse-rows';

export type PulseMailOutcome = 'sent' | 'already_sent' | 'skipped';

/** Mails one person one pulse (the sendPulse job), at most once: the delivery row is the proof. */
@Injectable()
export class PulseMailer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly links: SignedLinks,
    private readonly answers: PulseAnswersService,
    private readonly mail: MailOutbox,
  ) {}

  async send(surveyId: string, userId: string): Promise<PulseMailOutcome> {
    const [survey]: SurveyRow[] = await this.dataSource.query(
      `SELECT ${SURVEY_COLUMNS} FROM pulse_surveys s WHERE s.id = $1`,
      [surveyId],
    );
    // Deleted, or its week is over (a worker that was down for long): nothing worth mailing any more.
    if (!survey || startOfDay(addWeeks(survey.week_start, 1)) <= this.clock.now()) return 'skipped';
    const [user] = await this.dataSource.query(
      `SELECT u.email, u.name, u.status, u.roles, coalesce(p.pulse_mail, true) AS pulse_mail,
              ARRAY(SELECT gm.group_id FROM group_members gm WHERE gm.user_id = u.id) AS group_ids
         FROM users u LEFT JOIN outreach_preferences p ON p.user_id = u.id WHERE u.id = $1`,
      [userId],
    );
    // Whatever changed since the job was queued (deactivated, unsubscribed, moved out of the groups) wins.
    if (!user || user.status !== 'active' || !user.pulse_mail || !isAsked(survey.group_ids, user.group_ids ?? []))
      return 'skipped';

    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query(
        `INSERT INTO outreach_deliveries (user_id, kind, period_key, sent_at) VALUES ($1, 'pulse', $2, $3)
         ON CONFLICT (user_id, kind, period_key) DO NOTHING RETURNING id`,
        [userId, survey.id, this.clock.now()],
      );
      if (!inserted.length) return 'already_sent';
      const unsubscribe = mailLinks(this.links, userId, 'pulse');
      const message = renderPulseMail({
        recipientName: user.name ?? '',
        title: survey.title,
        questions: survey.questions,
        answerLink: (questionId, value) => this.answers.answerLink(survey.id, userId, questionId, value),
        appLink: this.links.url('/feed'),
        unsubscribe: unsubscribe.unsubscribe,
        oneClick: unsubscribe.oneClick,
      });
      // Queued inside the transaction: if queueing fails the delivery row rolls back and the job retries.
      await this.mail.send({ to: user.email, ...message });
      return 'sent';
    });
  }
}
