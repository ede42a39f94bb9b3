import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PulseResults, PulseResultsQuery } from '@chorus/shared/contracts';
import { Clock, invalid } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { addWeeks, mondayOf } from './pulse-weeks';

interface SeriesRow {
  survey_id: string;
  week_start: string;
  question_id: string;
  question: string;
  responses: number;
  average: number | null;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
}

/**
 * Pulse results over the last weeks. With a group: only surveys that asked that group (or everyone), and
 * only answers of people who were in the group when they answered (the snapshot on the answer), so moving
 * someone between teams does not rewrite history. Averages are rounded to two decimals.
 */
@Injectable()
export class PulseResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async results(query: PulseResultsQuery): Promise<PulseResults> {
    const groupId = query.groupId ?? null;
    const groups: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT id, name FROM groups ORDER BY name, id`,
    );
    if (groupId && !groups.some((g) => g.id === groupId)) throw invalid('groupId', 'is not a group');
    const to = mondayOf(this.clock.now());
    const from = addWeeks(to, -((query.weeks ?? 12) - 1));
    const rows: SeriesRow[] = await this.dataSource.query(
      `SELECT s.id AS survey_id, to_char(s.week_start, 'YYYY-MM-DD') AS week_start,
              q.question->>'id' AS question_id, q.question->>'text' AS question,
              count(a.value)::int AS responses, round(avg(a.value), 2)::float AS average,
              count(*) FILTER (WHERE a.value = 1)::int AS d1, count(*) FILTER (WHERE a.value = 2)::int AS d2,
              count(*) FILTER (WHERE a.value = 3)::int AS d3, count(*) FILTER (WHERE a.value = 4)::int AS d4,
              count(*) FILTER (WHERE a.value = 5)::int AS d5
         FROM pulse_surveys s
        CROSS JOIN LATERAL jsonb_array_elements(s.questions) WITH ORDINALITY AS q(question, ord)
         LEFT JOIN pulse_answers a
           ON a.survey_id = s.id AND a.question_id = q.question->>'id'
          AND ($3::uuid IS NULL OR $3::uuid = ANY(a.group_ids))
        WHERE s.week_start BETWEEN $1::date AND $2::date
          AND ($3::uuid IS NULL OR s.group_ids = '{}' OR $3::uuid = ANY(s.group_ids))
        GROUP BY s.id, s.week_start, s.created_at, q.ord, q.question
        ORDER BY s.week_start, s.created_at, s.id, q.ord`,
      [from, to, groupId],
    );
    return {
      groupId,
      groups: groups.map((g) => ({ id: g.id, name: g.name })),
      series: rows.map((r) => ({
        surveyId: r.survey_id,
        weekStart: r.week_start,
        questionId: r.question_id,
        question: r.question,
        responses: r.responses,
        average: r.average === null ? null : Number(r.average),
        distribution: [r.d1, r.d2, r.d3, r.d4, r.d5],
      })),
    };
  }
}
