import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentPulse, PulseAnswerRequest, PulseMailAnswerRequest } from '@chorus/shared/contracts';
import { Clock, DomainError, forbidden, invalid, notFound } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { SignedLinks } from '../links/signed-links';
import { mondayOf } from './pulse-weeks';
import { isAsked, SURVEY_COLUMNS, SurveyRow, toSurvey } from './pulse-rows';

/** The purpose of the signed answer links in pulse mails; payload `{s: surveyId, u: userId, q: questionId}`. */
export const PULSE_LINK_PURPOSE = 'pulse';

/** Advocates answer the pulse: in the app, or with one click from the mail. */
@Injectable()
export class PulseAnswersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly links: SignedLinks,
  ) {}

  /** This week's survey that asks the caller (at most one: see PulseSurveysService), with their answers. */
  async current(userId: string): Promise<CurrentPulse> {
    const groups = await this.groupsOf(userId);
    const [row]: SurveyRow[] = await this.dataSource.query(
      `SELECT ${SURVEY_COLUMNS} FROM pulse_surveys s
        WHERE s.week_start = $1::date AND (s.group_ids = '{}' OR s.group_ids && $2::uuid[])
        ORDER BY s.created_at LIMIT 1`,
      [mondayOf(this.clock.now()), groups],
    );
    if (!row) return { survey: null, myAnswers: {} };
    return { survey: toSurvey(row), myAnswers: await this.answersOf(row.id, userId) };
  }

  /** Answers (or changes answers to) a survey that asks the caller; returns the survey with their answers. */
  async answer(userId: string, surveyId: string, body: PulseAnswerRequest): Promise<CurrentPulse> {
    const survey = await this.openSurvey(surveyId);
    const groups = await this.groupsOf(userId);
    if (!isAsked(survey.group_ids, groups)) throw forbidden('pulse.not_asked', 'This pulse does not ask your groups.');
    const seen = new Set<string>();
    body.answers.forEach((answer, index) => {
      if (!survey.questions.some((q) => q.id === answer.questionId))
        throw invalid(`answers.${index}.questionId`, 'is not a question of this pulse');
      if (seen.has(answer.questionId)) throw invalid(`answers.${index}.questionId`, 'is answered twice');
      seen.add(answer.questionId);
    });
    await this.save(survey.id, userId, body.answers, groups);
    return { survey: toSurvey(await this.row(survey.id)), myAnswers: await this.answersOf(survey.id, userId) };
  }

  /** The one-click answer from the mail: the signed token names survey, person and question. */
  async answerFromMail(body: PulseMailAnswerRequest): Promise<void> {
    const payload = this.links.verify(PULSE_LINK_PURPOSE, body.token);
    const [surveyId, userId, questionId] = [payload?.['s'], payload?.['u'], payload?.['q']];
    if (!surveyId || !userId || !questionId) throw invalid('token', 'is not a valid pulse link');
    const [user] = await this.dataSource.query(`SELECT status FROM users WHERE id = $1`, [userId]);
    if (user?.status !== 'active') throw invalid('token', 'is not a valid pulse link');
    const survey = await this.openSurvey(surveyId);
    if (!survey.questions.some((q) => q.id === questionId)) throw invalid('token', 'is not a valid pulse link');
    await this.save(survey.id, userId, [{ questionId, value: body.value }], await this.groupsOf(userId));
  }

  /** A link a mail carries for one question and value. */
  answerLink(surveyId: string, userId: string, questionId: string, value: number): string {
    const token = this.links.sign(PULSE_LINK_PURPOSE, { s: surveyId, u: userId, q: questionId });
    return this.links.url(`/pulse-answer?token=${encodeURIComponent(token)}&value=${value}`);
  }

  private async save(
    surveyId: string,
    userId: string,
    answers: PulseAnswerRequest['answers'],
    groups: string[],
  ): Promise<void> {
    const now = this.clock.now();
    const values = answers.map((_, i) => `($1, $2, $${i * 2 + 5}, $${i * 2 + 6}, $3::uuid[], $4)`).join(', ');
    await this.dataSource.query(
      `INSERT INTO pulse_answers (survey_id, user_id, question_id, value, group_ids, answered_at) VALUES ${values}
       ON CONFLICT (survey_id, user_id, question_id)
       DO UPDATE SET value = EXCLUDED.value, group_ids = EXCLUDED.group_ids, answered_at = EXCLUDED.answered_at`,
      [surveyId, userId, groups, now, ...answers.flatMap((a) => [a.questionId, a.value])],
    );
  }

  /** A survey that exists and whose week has started (this week's or a past one). */
  private async openSurvey(surveyId: string): Promise<SurveyRow> {
    const survey = await this.row(surveyId);
    const thisWeek = mondayOf(this.clock.now());
    if (survey.week_start > thisWeek)
      throw new DomainError(409, 'pulse.not_open', `This pulse opens in the week of ${survey.week_start}.`);
    return survey;
  }

  private async row(surveyId: string): Promise<SurveyRow> {
    const [row]: SurveyRow[] = await this.dataSource.query(
      `SELECT ${SURVEY_COLUMNS} FROM pulse_surveys s WHERE s.id = $1`,
      [surveyId],
    );
    if (!row) throw notFound('Pulse survey', 'pulse.not_found');
    return row;
  }

  private async answersOf(surveyId: string, userId: string): Promise<Record<string, number>> {
    const rows: Array<{ question_id: string; value: number }> = await this.dataSource.query(
      `SELECT question_id, value FROM pulse_answers WHERE survey_id = $1 AND user_id = $2 ORDER BY question_id`,
      [surveyId, userId],
    );
    return Object.fromEntries(rows.map((r) => [r.question_id, Number(r.value)]));
  }

  private async groupsOf(userId: string): Promise<string[]> {
    const rows: Array<{ group_id: string }> = await this.dataSource.query(
      `SELECT group_id FROM group_members WHERE user_id = $1 ORDER BY group_id`,
      [userId],
    );
    return rows.map((r) => r.group_id);
  }
}
