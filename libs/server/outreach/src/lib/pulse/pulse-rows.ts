import type { PulseQuestion, PulseSurvey } from '@chorus/shared/contracts';

/** The columns every survey query selects (raw SQL: `date` stays a string, the count comes along). */
export const SURVEY_COLUMNS = `
  s.id, s.title, to_char(s.week_start, 'YYYY-MM-DD') AS week_start, s.questions, s.group_ids, s.created_at,
  (SELECT count(DISTINCT a.user_id)::int FROM pulse_answers a WHERE a.survey_id = s.id) AS response_count`;

export interface SurveyRow {
  id: string;
  title: string;
  week_start: string;
  questions: PulseQuestion[];
  group_ids: string[];
  created_at: Date;
  response_count: number;
}

export function toSurvey(row: SurveyRow): PulseSurvey {
  return {
    id: row.id,
    title: row.title,
    weekStart: row.week_start,
    questions: row.questions.map((q) => ({ id: q.id, text: q.text })),
    groupIds: row.group_ids ?? [],
    responseCount: Number(row.response_count ?? 0),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Whether someone in `memberOf` is asked by a survey for `groupIds` (empty = everyone). */
export function isAsked(groupIds: readonly string[], memberOf: readonly string[]): boolean {
  return groupIds.length === 0 || groupIds.some((id) => memberOf.includes(id));
}
