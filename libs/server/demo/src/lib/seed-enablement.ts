import {
  defaultPathDefinition,
  SkillAssignmentEntity,
  SkillLevelEntity,
  SkillPathEntity,
  SkillStepEntity,
} from '@chorus/server/enablement';
import type { ProfileChecklistItem, PulseQuestion } from '@chorus/shared/contracts';
import { PROFILE_CHECKLIST } from '@chorus/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * The groups the demo path is rolled out to: every demo advocate's group. Not "everyone" (no groups) so
 * that, in a shared test database, users and groups that specs create for themselves never get the demo
 * path before their own (general paths are picked first).
 */
const PATH_GROUPS = ['Sales DACH', 'Marketing Benelux'];
const LEAD = 'lead@chorus.example';
const ADA = 'advocate@chorus.example';
const JONAS = 'jonas.becker@chorus.example';
const SANNE = 'sanne.devries@chorus.example';

/** Where each demo advocate stands on the Discoverer level (steps by name, days ago they were completed). */
const PROGRESS: Array<{
  email: string;
  reads: number;
  learned: string[];
  checklist: readonly ProfileChecklistItem[];
  reactions: number;
  /** `Level/Step` and how many days ago it was completed. */
  steps: Array<[string, number]>;
}> = [
  {
    email: ADA,
    reads: 4,
    learned: ['Why we share: the programme in five minutes', 'The perfect profile'],
    checklist: PROFILE_CHECKLIST,
    reactions: 0,
    // Stuck on Critique for weeks: what the lead's matrix shows as a stall.
    steps: [
      ['Discoverer/Watch', 30],
      ['Discoverer/Join', 25],
      // Her shared history already counts for it; recorded here so it is not "completed" on first view.
      ['Discoverer/Collect & Share', 18],
    ],
  },
  {
    email: JONAS,
    reads: 7,
    learned: [
      'Why we share: the programme in five minutes',
      'The perfect profile',
      'Writing a post people read',
      'Recording: social selling masterclass',
    ],
    checklist: PROFILE_CHECKLIST,
    reactions: 3,
    // Through the whole path: an Explorer, so he holds the ambassador capability the lead marked him for.
    steps: [
      ['Discoverer/Watch', 80],
      ['Discoverer/Join', 76],
      ['Discoverer/Collect & Share', 70],
      ['Discoverer/Critique', 62],
      ['Discoverer/Create', 55],
      ['Explorer/Watch', 45],
      ['Explorer/Join', 44],
      ['Explorer/Collect & Share', 33],
      ['Explorer/Critique', 26],
      ['Explorer/Create', 21],
    ],
  },
];

const REACTIONS = [
  { rating: 5, comment: 'Customers ask me about this all the time, great to have it in the feed.' },
  { rating: 4, comment: 'Good read; a German summary would help my DACH contacts.' },
  { rating: 4, comment: null },
];

const PULSE_QUESTIONS = ['I know what to share this week.', 'Sharing company content is worth my time.'];

/** Answers per survey, oldest week first (three weeks back … this week); null: did not answer. */
const PULSE_ANSWERS: Record<string, Array<[number, number] | null>> = {
  [ADA]: [[3, 3], [3, 4], [4, 4], null],
  [JONAS]: [
    [2, 3],
    [3, 3],
    [4, 4],
    [4, 5],
  ],
  [SANNE]: [
    [3, 2],
    [3, 3],
    [3, 4],
    [4, 4],
  ],
};

interface DemoUserRow {
  id: string;
  email: string;
  groupIds: string[];
}

/**
 * Enablement for the demo: the default skill path with the demo advocates part of the way along it, point
 * values, a running and a finished challenge, Jonas as Sales DACH's ambassador, four weeks of pulse surveys
 * with answers, and the outreach settings. Idempotent by part: each part is added only when nothing of its
 * kind exists yet, so what someone changed in the demo stays as it is. Points for seeded shares, clicks and
 * steps are left to the worker's points sync, which reads those events like real ones; Sanne de Vries gets
 * no shares (the publishing e2e counts hers).
 */
export async function seedDemoEnablement(dataSource: DataSource, now = new Date()): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('demo:enablement'))`);
    await manager.query(`INSERT INTO points_settings (id) VALUES (1) ON CONFLICT DO NOTHING`);
    await manager.query(`INSERT INTO outreach_settings (id) VALUES (1) ON CONFLICT DO NOTHING`);
    const users = await demoUsers(manager);
    if (!users.has(LEAD)) return;
    await seedPath(manager, users, now);
    await seedChallenges(manager, users, now);
    await seedPulse(manager, users, now);
  });
}

async function demoUsers(manager: EntityManager): Promise<Map<string, DemoUserRow>> {
  const rows: DemoUserRow[] = await manager.query(
    `SELECT u.id, u.email, ARRAY(SELECT gm.group_id FROM group_members gm WHERE gm.user_id = u.id) AS "groupIds"
       FROM users u WHERE u.email = ANY($1) AND u.status = 'active'`,
    [[LEAD, ADA, JONAS, SANNE]],
  );
  return new Map(rows.map((r) => [r.email, r]));
}

async function seedPath(manager: EntityManager, users: Map<string, DemoUserRow>, now: Date): Promise<void> {
  if ((await manager.query(`SELECT 1 FROM skill_paths LIMIT 1`)).length > 0) return;
  const groups: Array<{ id: string; name: string }> = await manager.query(
    `SELECT id, name FROM groups WHERE name = ANY($1)`,
    [PATH_GROUPS],
  );
  if (groups.length === 0) return;
  const definition = defaultPathDefinition();
  const path = await manager.save(
    manager.create(SkillPathEntity, {
      name: definition.name,
      description: definition.description,
      groupIds: groups.map((g) => g.id),
      active: true,
    }),
  );
  /** "Level/Step" → step id, and assignment title → id within the first level (Discoverer). */
  const stepIds = new Map<string, string>();
  const learningIds = new Map<string, string>();
  for (const [levelPosition, level] of definition.levels.entries()) {
    const levelRow = await manager.save(
      manager.create(SkillLevelEntity, {
        pathId: path.id,
        position: levelPosition,
        name: level.name,
        hours: level.hours,
      }),
    );
    for (const [stepPosition, step] of level.steps.entries()) {
      const stepRow = await manager.save(
        manager.create(SkillStepEntity, {
          levelId: levelRow.id,
          position: stepPosition,
          name: step.name,
          description: step.description,
          unlocks: step.unlocks,
        }),
      );
      stepIds.set(`${level.name}/${step.name}`, stepRow.id);
      for (const [position, assignment] of step.assignments.entries()) {
        const row = await manager.save(
          manager.create(SkillAssignmentEntity, {
            stepId: stepRow.id,
            position,
            kind: assignment.kind,
            title: assignment.title,
            learningType: assignment.kind === 'learning' ? (assignment.learningType ?? 'tutorial') : null,
            bodyMarkdown: assignment.bodyMarkdown ?? '',
            url: assignment.url ?? null,
            goal: assignment.kind === 'practice' ? (assignment.goal ?? null) : null,
            target: assignment.kind === 'practice' ? (assignment.target ?? 1) : null,
          }),
        );
        if (assignment.kind === 'learning' && !learningIds.has(assignment.title))
          learningIds.set(assignment.title, row.id);
      }
    }
  }

  for (const progress of PROGRESS) {
    const user = users.get(progress.email);
    if (!user) continue;
    const items: Array<{ id: string }> = await manager.query(
      `SELECT id FROM content_items
        WHERE state = 'approved' AND canonical_url LIKE 'https://demo.chorus.example/%'
          AND (cardinality(audience_ids) = 0 OR audience_ids && $1::uuid[])
        ORDER BY canonical_url`,
      [user.groupIds],
    );
    const firstStepDaysAgo = Math.max(...progress.steps.map(([, days]) => days));
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    // In office hours (UTC) that many days ago, in whole days.
    const at = (daysAgo: number, hour: number) => new Date(today - Math.round(daysAgo) * DAY + hour * HOUR);
    const reads = items.slice(0, progress.reads);
    await manager.query(
      `INSERT INTO item_reads (user_id, content_item_id, read_at)
       SELECT $1, i, r FROM unnest($2::uuid[], $3::timestamptz[]) AS t(i, r) ON CONFLICT DO NOTHING`,
      [user.id, reads.map((r) => r.id), reads.map((_, i) => at(firstStepDaysAgo + 2, 9 + i).toISOString())],
    );
    const learned = progress.learned.map((title) => learningIds.get(title)).filter((id): id is string => !!id);
    await manager.query(
      `INSERT INTO learning_completions (user_id, assignment_id, completed_at)
       SELECT $1, a, $3 FROM unnest($2::uuid[]) AS t(a) ON CONFLICT DO NOTHING`,
      [user.id, learned, at(firstStepDaysAgo, 11)],
    );
    await manager.query(
      `INSERT INTO profile_checklist_items (user_id, item, checked_at)
       SELECT $1, i, $3 FROM unnest($2::varchar[]) AS t(i) ON CONFLICT DO NOTHING`,
      [user.id, [...progress.checklist], at(firstStepDaysAgo - 3, 14)],
    );
    for (const [index, item] of items.slice(0, progress.reactions).entries()) {
      const reaction = REACTIONS[index % REACTIONS.length];
      const when = at(firstStepDaysAgo - 12 + index, 15);
      await manager.query(
        `INSERT INTO item_reactions (user_id, content_item_id, rating, comment, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT DO NOTHING`,
        [user.id, item.id, reaction.rating, reaction.comment, when],
      );
    }
    for (const [step, daysAgo] of progress.steps) {
      const stepId = stepIds.get(step);
      if (!stepId) continue;
      await manager.query(
        `INSERT INTO step_completions (user_id, step_id, completed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [user.id, stepId, at(daysAgo, 16)],
      );
    }
  }

  // Jonas answers his colleagues' questions in Sales DACH; the lead marked him.
  const jonas = users.get(JONAS);
  const lead = users.get(LEAD);
  const salesDach = groups.find((g) => g.name === 'Sales DACH');
  if (jonas && lead && salesDach && jonas.groupIds.includes(salesDach.id)) {
    await manager.query(
      `INSERT INTO ambassadors (user_id, group_id, marked_by, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [jonas.id, salesDach.id, lead.id, new Date(now.getTime() - 20 * DAY)],
    );
  }
}

/** This month's clicks challenge (running) and last month's shares challenge, finished with its winner. */
async function seedChallenges(manager: EntityManager, users: Map<string, DemoUserRow>, now: Date): Promise<void> {
  if ((await manager.query(`SELECT 1 FROM challenges LIMIT 1`)).length > 0) return;
  const lead = users.get(LEAD);
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const nextMonthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const lastMonthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const lastMonth = lastMonthStart.toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  await manager.query(
    `INSERT INTO challenges (title, description, prize, metric, starts_at, ends_at, winner_count, created_by, created_at)
     VALUES ($1, $2, $3, 'clicks', $4, $5, 1, $6, $4)`,
    [
      'Most clicks this month',
      'Who brings the most readers to our content this month? Every human click on your tracked links counts.',
      'Lunch with the CMO',
      monthStart,
      nextMonthStart,
      lead?.id ?? null,
    ],
  );
  const finalizedAt = new Date(Math.min(monthStart.getTime() + 10 * 60_000, now.getTime()));
  const [ended]: Array<{ id: string }> = await manager.query(
    `INSERT INTO challenges (title, description, prize, metric, starts_at, ends_at, winner_count, finalized_at, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, 'shares', $4, $5, 1, $6, $7, $4, $6) RETURNING id`,
    [
      `Share-a-thon ${lastMonth}`,
      `Most curated posts published in ${lastMonth}.`,
      'A ticket to a conference of your choice',
      lastMonthStart,
      monthStart,
      finalizedAt,
      lead?.id ?? null,
    ],
  );
  // The winner as the worker's finisher computes it: most published shares in the period, ties to whoever
  // got there first.
  const [winner]: Array<{ userId: string; score: number }> = await manager.query(
    `SELECT s.user_id AS "userId", count(*)::int AS score FROM shares s JOIN users u ON u.id = s.user_id
      WHERE s.state = 'published' AND s.published_at >= $1 AND s.published_at < $2 AND u.status = 'active'
      GROUP BY s.user_id ORDER BY score DESC, max(s.published_at), s.user_id LIMIT 1`,
    [lastMonthStart, monthStart],
  );
  if (!winner) return;
  await manager.query(`INSERT INTO challenge_winners (challenge_id, user_id, rank, score) VALUES ($1, $2, 1, $3)`, [
    ended.id,
    winner.userId,
    winner.score,
  ]);
  // Finishing pays the prize's points (as of the end, labelled like the finisher does); the seeded challenge
  // never passes through the worker.
  await manager.query(
    `INSERT INTO point_awards (user_id, reason, ref, points, label, awarded_at)
     SELECT $1, 'challenge_won', $2, ps.challenge_won, $3, $4 FROM points_settings ps WHERE ps.id = 1
     ON CONFLICT DO NOTHING`,
    [winner.userId, ended.id, `Won the challenge “Share-a-thon ${lastMonth}”`, monthStart],
  );
}

/** The lead's weekly pulse for the demo groups: three past weeks and this one, with answers. */
async function seedPulse(manager: EntityManager, users: Map<string, DemoUserRow>, now: Date): Promise<void> {
  if ((await manager.query(`SELECT 1 FROM pulse_surveys LIMIT 1`)).length > 0) return;
  const groups: Array<{ id: string }> = await manager.query(`SELECT id FROM groups WHERE name = ANY($1)`, [
    PATH_GROUPS,
  ]);
  if (groups.length === 0) return;
  const lead = users.get(LEAD);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY;
  const questions: PulseQuestion[] = PULSE_QUESTIONS.map((text, i) => ({ id: `q${i + 1}`, text }));
  for (let week = 0; week < 4; week++) {
    const weekStart = monday - (3 - week) * 7 * DAY;
    const createdAt = new Date(Math.min(weekStart + 8 * HOUR, now.getTime()));
    const [survey]: Array<{ id: string }> = await manager.query(
      `INSERT INTO pulse_surveys (title, week_start, questions, group_ids, created_by, created_at)
       VALUES ('How is sharing going?', $1, $2, $3, $4, $5) RETURNING id`,
      [
        new Date(weekStart).toISOString().slice(0, 10),
        JSON.stringify(questions),
        groups.map((g) => g.id),
        lead?.id ?? null,
        createdAt,
      ],
    );
    for (const [email, answers] of Object.entries(PULSE_ANSWERS)) {
      const user = users.get(email);
      const values = answers[week];
      if (!user || !values) continue;
      // Answered within a day or so of the survey; never in the future.
      const answeredAt = new Date(
        Math.min(createdAt.getTime() + (2 + Object.keys(PULSE_ANSWERS).indexOf(email)) * HOUR, now.getTime()),
      );
      await manager.query(
        `INSERT INTO pulse_answers (survey_id, user_id, question_id, value, group_ids, answered_at)
         SELECT $1, $2, q, v, $5, $6 FROM unnest($3::varchar[], $4::smallint[]) AS t(q, v)`,
        [survey.id, user.id, questions.map((q) => q.id), values, user.groupIds, answeredAt],
      );
    }
  }
}
