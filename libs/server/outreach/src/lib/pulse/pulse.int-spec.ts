import { getQueueToken } from '@nestjs/bull';
import type { CurrentPulse, PulseResults, PulseSurvey } from '@chorus/shared/contracts';
import { Clock, OUTREACH_JOBS, QUEUES, SendPulseJob } from '@chorus/server/core';
import { createGroup, createUser, startTestApi, TestApi, TestClient, testEnvironment } from '@chorus/server/testing';
import type { Queue } from 'bull';
import { SignedLinks } from '../links/signed-links';
import { PulseMailer } from './pulse-mailer.service';
import { addWeeks, mondayOf } from './pulse-weeks';

type Role = 'advocate' | 'curator' | 'lead' | 'admin';

/** The distinct fields a 400 names. */
function fieldsOf(body: { errors?: Array<{ field: string }> }): string[] {
  return [...new Set((body.errors ?? []).map((e) => e.field))];
}

describe('weekly pulse (API, real Postgres)', () => {
  let api: TestApi;
  let lead: TestClient;
  let leadUser: { email: string; password: string };
  let clock: Clock;
  let queue: Queue<SendPulseJob>;

  beforeAll(async () => {
    const env = await testEnvironment();
    // A queue of its own: the send jobs this spec queues are run by the spec, not by another spec's worker.
    api = await startTestApi({ QUEUE_PREFIX: `${env.queuePrefix}_pulse` });
    clock = api.app.get(Clock);
    queue = api.app.get<Queue<SendPulseJob>>(getQueueToken(QUEUES.outreach));
    const first = await person(['lead']);
    leadUser = first.user;
    lead = first.client;
  }, 30_000);

  afterAll(async () => {
    await api.close();
  });

  afterEach(async () => {
    if (clock.now().getTime() - Date.now() > 60_000) await travel(0);
  });

  async function person(roles: Role[], groupIds: string[] = []) {
    const user = await createUser(api.dataSource, { roles, groupIds, name: `Pat ${roles[0]}` });
    const client = api.client();
    await client.login(user.email, user.password);
    return { user, client };
  }

  /** Moves the API's clock; sessions older than the jump have expired, so everyone signs in again. */
  async function travel(
    days: number,
    ...people: Array<{ user: { email: string; password: string }; client: TestClient }>
  ) {
    clock.setOffset(days * 86_400_000);
    for (const p of people) await p.client.login(p.user.email, p.user.password);
    const again = api.client();
    await again.login(leadUser.email, leadUser.password);
    lead = again;
  }

  async function survey(body: Record<string, unknown>): Promise<PulseSurvey> {
    const response = await lead.post<PulseSurvey>('/api/outreach/pulse/surveys', body);
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
    return response.body;
  }

  it('asks only the groups chosen: members answer in the app and may change their answer', async () => {
    const [a, b] = [await createGroup(api.dataSource), await createGroup(api.dataSource)];
    const inA = await person(['advocate'], [a.id]);
    const inB = await person(['curator'], [b.id]);
    const created = await survey({
      title: 'How is sharing going?',
      questions: ['I find good items', 'Sharing is easy'],
      groupIds: [a.id],
    });
    expect(created).toEqual(
      jasmine.objectContaining({
        weekStart: mondayOf(new Date()),
        groupIds: [a.id],
        responseCount: 0,
        questions: [
          { id: 'q1', text: 'I find good items' },
          { id: 'q2', text: 'Sharing is easy' },
        ],
      }),
    );

    const seen = await inA.client.get<CurrentPulse>('/api/outreach/pulse/current');
    expect(seen.status).toBe(200);
    expect(seen.body.survey?.id).toBe(created.id);
    expect(seen.body.myAnswers).toEqual({});
    expect((await inB.client.get<CurrentPulse>('/api/outreach/pulse/current')).body).toEqual({
      survey: null,
      myAnswers: {},
    });

    const url = `/api/outreach/pulse/${created.id}/answers`;
    const answered = await inA.client.post<CurrentPulse>(url, {
      answers: [
        { questionId: 'q1', value: 4 },
        { questionId: 'q2', value: 2 },
      ],
    });
    expect(answered.status).toBe(200);
    expect(answered.body.myAnswers).toEqual({ q1: 4, q2: 2 });
    expect(answered.body.survey?.responseCount).toBe(1);
    await inA.client.post(url, { answers: [{ questionId: 'q2', value: 5 }] });
    expect((await inA.client.get<CurrentPulse>('/api/outreach/pulse/current')).body.myAnswers).toEqual({
      q1: 4,
      q2: 5,
    });

    const notAsked = await inB.client.post(url, { answers: [{ questionId: 'q1', value: 3 }] });
    expect(notAsked.status).toBe(403);
    expect(notAsked.body.code).toBe('pulse.not_asked');
    const badQuestion = await inA.client.post(url, { answers: [{ questionId: 'q9', value: 3 }] });
    expect(badQuestion.status).toBe(400);
    expect(fieldsOf(badQuestion.body)).toEqual(['answers.0.questionId']);
    const badValue = await inA.client.post(url, {
      answers: [
        { questionId: 'q1', value: 6 },
        { questionId: 'q2', value: 2.5 },
      ],
    });
    expect(badValue.status).toBe(400);
    expect(fieldsOf(badValue.body).sort()).toEqual(['answers.0.value', 'answers.1.value']);
    expect((await inA.client.post(`/api/outreach/pulse/${created.id}/answers`, { answers: [] })).status).toBe(400);
    expect(
      (
        await inA.client.post('/api/outreach/pulse/00000000-0000-4000-8000-000000000000/answers', {
          answers: [{ questionId: 'q1', value: 1 }],
        })
      ).status,
    ).toBe(404);

    const listed = (await lead.get<PulseSurvey[]>('/api/outreach/pulse/surveys')).body.find((s) => s.id === created.id);
    expect(listed?.responseCount).toBe(1);
  });

  it('allows one pulse per person and week, and opens a later week’s pulse only when its week starts', async () => {
    const [a, b] = [await createGroup(api.dataSource), await createGroup(api.dataSource)];
    const member = await person(['advocate'], [a.id]);
    const nextWeek = addWeeks(mondayOf(new Date()), 1);
    const later = await survey({
      title: 'Next week',
      questions: ['Question one'],
      groupIds: [a.id, b.id],
      weekStart: nextWeek,
    });
    const clash = await lead.post('/api/outreach/pulse/surveys', {
      title: 'Clash',
      questions: ['Another one'],
      groupIds: [b.id],
      weekStart: nextWeek,
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('pulse.week_taken');
    expect(fieldsOf(clash.body)).toEqual(['weekStart']);

    const early = await member.client.post(`/api/outreach/pulse/${later.id}/answers`, {
      answers: [{ questionId: 'q1', value: 3 }],
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('pulse.not_open');
    expect((await member.client.get<CurrentPulse>('/api/outreach/pulse/current')).body.survey).toBeNull();

    await travel(7, member);
    expect((await member.client.get<CurrentPulse>('/api/outreach/pulse/current')).body.survey?.id).toBe(later.id);
    expect(
      (
        await member.client.post(`/api/outreach/pulse/${later.id}/answers`, {
          answers: [{ questionId: 'q1', value: 3 }],
        })
      ).status,
    ).toBe(200);
  });

  it('mails everyone asked once, with one-click answers that work and cannot be forged', async () => {
    const a = await createGroup(api.dataSource);
    const advocate = await person(['advocate'], [a.id]);
    const curator = await person(['curator'], [a.id]);
    const optedOut = await person(['advocate'], [a.id]);
    await api.dataSource.query(`INSERT INTO outreach_preferences (user_id, pulse_mail) VALUES ($1, false)`, [
      optedOut.user.id,
    ]);
    const leadInGroup = await person(['lead'], [a.id]);
    const outsider = await person(['advocate']);
    const created = await survey({
      title: 'Mail <pulse>',
      questions: ['I like the digest', 'I share weekly'],
      groupIds: [a.id],
      sendMail: true,
    });

    const jobs = (await queue.getJobs(['waiting', 'delayed', 'active'])).filter((j) => j.data.surveyId === created.id);
    expect(jobs.every((j) => j.name === OUTREACH_JOBS.sendPulse)).toBeTrue();
    expect(jobs.map((j) => j.data.userId).sort()).toEqual([advocate.user.id, curator.user.id].sort());

    const mailer = api.app.get(PulseMailer);
    for (const job of jobs) {
      expect(await mailer.send(job.data.surveyId, job.data.userId)).toBe('sent');
      expect(await mailer.send(job.data.surveyId, job.data.userId)).toBe('already_sent');
      await job.remove();
    }
    expect(await mailer.send(created.id, optedOut.user.id)).toBe('skipped');
    expect(await mailer.send(created.id, outsider.user.id)).toBe('skipped');
    for (const who of [advocate, curator, optedOut, leadInGroup, outsider]) {
      const count = api.mail.sent.filter((m) => m.to === who.user.email).length;
      expect(count)
        .withContext(who.user.email)
        .toBe(who === advocate || who === curator ? 1 : 0);
    }
    const [delivery] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM outreach_deliveries WHERE kind = 'pulse' AND period_key = $1`,
      [created.id],
    );
    expect(delivery.n).toBe(2);

    const mail = api.mail.lastTo(advocate.user.email);
    if (!mail) throw new Error('no pulse mail to the advocate');
    expect(mail.subject).toBe('This week’s pulse: Mail <pulse>');
    expect(mail.html).toContain('Mail &lt;pulse&gt;');
    expect(mail.text).toContain('Or answer in Chorus: http://chorus.test/feed');
    expect(mail.text).toContain('Strongly disagree: http://chorus.test/pulse-answer?token=');
    const links = [...mail.text.matchAll(/http:\/\/chorus\.test\/pulse-answer\?token=([\w.-]+)&value=(\d)/g)];
    expect(links.length).toBe(10);
    const unsubscribe = /http:\/\/chorus\.test\/unsubscribe\?token=([\w.%-]+)/.exec(mail.text)?.[1];
    expect(api.app.get(SignedLinks).verify('unsubscribe', decodeURIComponent(unsubscribe ?? ''))).toEqual({
      u: advocate.user.id,
      k: 'pulse',
    });
    expect(mail.headers?.['List-Unsubscribe']).toContain('/api/outreach/unsubscribe/one-click?token=');

    // The link for q2 = "Agree" (4), answered without signing in.
    const agree = links.find(([, t, v]) => v === '4' && api.app.get(SignedLinks).verify('pulse', t)?.['q'] === 'q2');
    if (!agree) throw new Error('no "Agree" link for q2');
    const [, token, value] = agree;
    const anonymous = api.client();
    expect((await anonymous.post('/api/outreach/pulse/mail-answers', { token, value: Number(value) })).status).toBe(
      204,
    );
    expect((await advocate.client.get<CurrentPulse>('/api/outreach/pulse/current')).body.myAnswers).toEqual({ q2: 4 });

    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const badToken = await anonymous.post('/api/outreach/pulse/mail-answers', { token: forged, value: 4 });
    expect(badToken.status).toBe(400);
    expect(fieldsOf(badToken.body)).toEqual(['token']);
    const otherPurpose = api.app.get(SignedLinks).sign('unsubscribe', { s: created.id, u: advocate.user.id, q: 'q1' });
    expect(
      fieldsOf((await anonymous.post('/api/outreach/pulse/mail-answers', { token: otherPurpose, value: 4 })).body),
    ).toEqual(['token']);
    const badValue = await anonymous.post('/api/outreach/pulse/mail-answers', { token, value: 0 });
    expect(badValue.status).toBe(400);
    expect(fieldsOf(badValue.body)).toEqual(['value']);
  });

  it('reports results per group over the weeks from the group snapshot taken when answering', async () => {
    const [a, b] = [await createGroup(api.dataSource), await createGroup(api.dataSource)];
    const u1 = await person(['advocate'], [a.id]);
    const u2 = await person(['advocate'], [a.id]);
    const u3 = await person(['advocate'], [b.id]);
    const u4 = await person(['curator'], [a.id, b.id]);
    const thisWeek = mondayOf(new Date());
    const s1 = await survey({
      title: 'Week one',
      questions: ['First statement', 'Second statement'],
      groupIds: [a.id, b.id],
      weekStart: addWeeks(thisWeek, 1),
    });
    const s2 = await survey({
      title: 'Week two',
      questions: ['Only statement'],
      groupIds: [a.id],
      weekStart: addWeeks(thisWeek, 2),
    });

    await travel(14, u1, u2, u3, u4);
    const answer = async (who: { client: TestClient }, surveyId: string, value: number) =>
      expect(
        (await who.client.post(`/api/outreach/pulse/${surveyId}/answers`, { answers: [{ questionId: 'q1', value }] }))
          .status,
      ).toBe(200);
    await answer(u1, s1.id, 5);
    await answer(u2, s1.id, 3);
    await answer(u3, s1.id, 1);
    await answer(u4, s1.id, 4);
    await answer(u1, s2.id, 2);
    await answer(u2, s2.id, 4);
    // Leaving group A later does not move u1's answers out of A's results.
    await api.dataSource.query(`DELETE FROM group_members WHERE user_id = $1`, [u1.user.id]);

    const results = async (query: string) => {
      const response = await lead.get<PulseResults>(`/api/outreach/pulse/results${query}`);
      expect(response.status).toBe(200);
      return { ...response.body, series: response.body.series.filter((r) => [s1.id, s2.id].includes(r.surveyId)) };
    };
    const forA = await results(`?groupId=${a.id}&weeks=3`);
    expect(forA.groupId).toBe(a.id);
    expect(forA.groups).toContain({ id: a.id, name: a.name });
    expect(forA.series).toEqual([
      {
        surveyId: s1.id,
        weekStart: s1.weekStart,
        questionId: 'q1',
        question: 'First statement',
        responses: 3,
        average: 4,
        distribution: [0, 0, 1, 1, 1],
      },
      {
        surveyId: s1.id,
        weekStart: s1.weekStart,
        questionId: 'q2',
        question: 'Second statement',
        responses: 0,
        average: null,
        distribution: [0, 0, 0, 0, 0],
      },
      {
        surveyId: s2.id,
        weekStart: s2.weekStart,
        questionId: 'q1',
        question: 'Only statement',
        responses: 2,
        average: 3,
        distribution: [0, 1, 0, 1, 0],
      },
    ]);
    const forB = await results(`?groupId=${b.id}&weeks=3`);
    expect(forB.series.map((r) => [r.surveyId, r.questionId, r.responses, r.average])).toEqual([
      [s1.id, 'q1', 2, 2.5],
      [s1.id, 'q2', 0, null],
    ]);
    const everyone = await results('?weeks=3');
    expect(everyone.groupId).toBeNull();
    expect(everyone.series[0]).toEqual(
      jasmine.objectContaining({ responses: 4, average: 3.25, distribution: [1, 0, 1, 1, 1] }),
    );
    expect((await results('?weeks=1')).series.map((r) => r.surveyId)).toEqual([s2.id]);
    expect((await results('')).series.length).toBe(3);
  });

  it('validates surveys and result queries, naming the fields', async () => {
    const bad = await lead.post('/api/outreach/pulse/surveys', {
      title: ' ',
      questions: ['ok?', 'no', 'x'.repeat(201)],
      groupIds: ['nope'],
      weekStart: '2026-13-01',
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['groupIds', 'questions', 'title', 'weekStart']);
    const many = await lead.post('/api/outreach/pulse/surveys', {
      title: 'T',
      questions: ['one', 'two', 'three', 'four'],
    });
    expect(fieldsOf(many.body)).toEqual(['questions']);
    const tuesday = addWeeks(mondayOf(new Date()), 5).replace(/\d{2}$/, (d) => String(Number(d) + 1).padStart(2, '0'));
    expect(
      fieldsOf(
        (await lead.post('/api/outreach/pulse/surveys', { title: 'T', questions: ['one'], weekStart: tuesday })).body,
      ),
    ).toEqual(['weekStart']);
    const past = await lead.post('/api/outreach/pulse/surveys', {
      title: 'T',
      questions: ['one'],
      weekStart: addWeeks(mondayOf(new Date()), -1),
    });
    expect(past.status).toBe(400);
    expect(fieldsOf(past.body)).toEqual(['weekStart']);
    const missingGroup = await lead.post('/api/outreach/pulse/surveys', {
      title: 'T',
      questions: ['one'],
      groupIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(fieldsOf(missingGroup.body)).toEqual(['groupIds']);
    expect(fieldsOf((await lead.get('/api/outreach/pulse/results?weeks=0')).body)).toEqual(['weeks']);
    expect(fieldsOf((await lead.get('/api/outreach/pulse/results?groupId=x')).body)).toEqual(['groupId']);
    expect(
      fieldsOf((await lead.get('/api/outreach/pulse/results?groupId=00000000-0000-4000-8000-000000000000')).body),
    ).toEqual(['groupId']);
  });

  it('lets leads and admins manage surveys (audited), and only advocates and curators answer', async () => {
    const group = await createGroup(api.dataSource);
    const advocate = await person(['advocate'], [group.id]);
    const admin = await person(['admin']);
    const body = { title: 'Roles', questions: ['Statement'], groupIds: [group.id] };
    expect((await advocate.client.post('/api/outreach/pulse/surveys', body)).status).toBe(403);
    expect((await advocate.client.get('/api/outreach/pulse/results')).status).toBe(403);
    expect((await lead.get('/api/outreach/pulse/current')).status).toBe(403);
    expect((await api.client().get('/api/outreach/pulse/current')).status).toBe(401);

    const created = (await admin.client.post<PulseSurvey>('/api/outreach/pulse/surveys', body)).body;
    expect((await advocate.client.delete(`/api/outreach/pulse/surveys/${created.id}`)).status).toBe(403);
    expect((await lead.delete(`/api/outreach/pulse/surveys/${created.id}`)).status).toBe(204);
    expect((await lead.delete(`/api/outreach/pulse/surveys/${created.id}`)).status).toBe(404);
    const events = await api.dataSource.query(
      `SELECT action, actor_id FROM audit_events WHERE target_type = 'pulse_survey' AND target_id = $1 ORDER BY id`,
      [created.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual(['pulse.survey_created', 'pulse.survey_deleted']);
    expect(events[0].actor_id).toBe(admin.user.id);
  });
});
