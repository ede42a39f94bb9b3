import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { GroupSummary, PulseResults, PulseSurvey } from '@chorus/shared/contracts';
import { provideAnalyticsCharts } from '@chorus/web/analytics';
import { provideChorusIcons } from '@chorus/web/ui';
import { mondayOf } from '../labels';
import { byTestId, clearOverlays, overflowing, text, typeInto } from '../testing';
import { PulsePage } from './pulse.page';

const GROUPS: GroupSummary[] = [
  { id: 'g1', name: 'Sales', description: '', memberCount: 4 } as GroupSummary,
  { id: 'g2', name: 'Marketing', description: '', memberCount: 3 } as GroupSummary,
];

const SURVEY: PulseSurvey = {
  id: 's1',
  title: 'How was your week?',
  weekStart: '2026-11-16',
  questions: [{ id: 'q1', text: 'I found something worth sharing.' }],
  groupIds: ['g1'],
  responseCount: 3,
  createdAt: '2026-11-16T08:00:00Z',
};

const RESULTS: PulseResults = {
  groupId: null,
  groups: [
    { id: 'g1', name: 'Sales' },
    { id: 'g2', name: 'Marketing' },
  ],
  series: [
    {
      surveyId: 's0',
      weekStart: '2026-11-09',
      questionId: 'q1',
      question: 'I found something worth sharing.',
      responses: 2,
      average: 3,
      distribution: [0, 1, 0, 1, 0],
    },
    {
      surveyId: 's1',
      weekStart: '2026-11-16',
      questionId: 'q1',
      question: 'I found something worth sharing.',
      responses: 3,
      average: 4.333,
      distribution: [0, 0, 0, 2, 1],
    },
  ],
};

describe('PulsePage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PulsePage>;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  async function open(surveys: PulseSurvey[] = [SURVEY], results: PulseResults = RESULTS): Promise<void> {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [PulsePage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        provideAnalyticsCharts(),
        { provide: MatSnackBar, useValue: snackBar },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PulsePage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne('/api/groups').flush(GROUPS);
    backend.expectOne({ url: '/api/outreach/pulse/surveys', method: 'GET' }).flush(surveys);
    backend.expectOne((req) => req.url === '/api/outreach/pulse/results').flush(results);
    await fixture.whenStable();
  }

  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
    clearOverlays();
  });

  const input = (testId: string) => byTestId<HTMLInputElement>(element, testId);

  it('fits a phone screen', async () => {
    await open();
    element.style.display = 'block';
    element.style.width = '390px';
    byTestId(element, 'pulse-add-question').click();
    await fixture.whenStable();
    expect(overflowing(element)).toEqual([]);
  });

  it('checks the new pulse before sending and names the fields', async () => {
    await open();
    byTestId(element, 'pulse-create').click();
    await fixture.whenStable();
    backend.expectNone({ url: '/api/outreach/pulse/surveys', method: 'POST' });
    expect(text(byTestId(element, 'pulse-form-error'))).toBe('Some fields need your attention.');
    expect(text(byTestId(element, 'pulse-title-error'))).toBe('Enter a title.');
    expect(text(byTestId(element, 'pulse-question-0-error'))).toBe('Enter statement 1.');
  });

  it('adds up to three statements, removes one and creates the pulse', async () => {
    await open();
    await typeInto(fixture, input('pulse-title'), '  Week 48  ');
    await typeInto(fixture, input('pulse-question-0'), 'I had time to share.');
    byTestId(element, 'pulse-add-question').click();
    await fixture.whenStable();
    byTestId(element, 'pulse-add-question').click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="pulse-add-question"]')).toBeNull();
    await typeInto(fixture, input('pulse-question-1'), 'To be removed');
    await typeInto(fixture, input('pulse-question-2'), 'The feed had good content.');
    byTestId(element, 'pulse-remove-question-1').click();
    await fixture.whenStable();
    byTestId(element, 'pulse-send-mail').querySelector('input')?.click();
    await fixture.whenStable();

    byTestId(element, 'pulse-create').click();
    await fixture.whenStable();
    const post = backend.expectOne({ url: '/api/outreach/pulse/surveys', method: 'POST' });
    expect(post.request.body).toEqual({
      title: 'Week 48',
      questions: ['I had time to share.', 'The feed had good content.'],
      groupIds: [],
      weekStart: mondayOf(new Date()),
      sendMail: true,
    });
    post.flush({ ...SURVEY, id: 's2', title: 'Week 48' });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith('Pulse “Week 48” created', undefined, jasmine.any(Object));
    backend.expectOne('/api/outreach/pulse/surveys').flush([SURVEY, { ...SURVEY, id: 's2', title: 'Week 48' }]);
    backend.expectOne((req) => req.url === '/api/outreach/pulse/results').flush(RESULTS);
    await fixture.whenStable();
    expect(element.querySelectorAll('[data-testid="pulse-survey"]').length).toBe(2);
    expect(input('pulse-title').value).toBe('');
  });

  it('shows the server’s field errors at their statement', async () => {
    await open();
    await typeInto(fixture, input('pulse-title'), 'Week 48');
    await typeInto(fixture, input('pulse-question-0'), 'x');
    byTestId(element, 'pulse-create').click();
    await fixture.whenStable();
    backend.expectOne({ url: '/api/outreach/pulse/surveys', method: 'POST' }).flush(
      {
        title: 'Bad Request',
        status: 400,
        detail: 'questions.0 must be longer than or equal to 3 characters',
        errors: [{ field: 'questions.0', message: 'must be longer than or equal to 3 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(byTestId(element, 'pulse-question-0-error'))).toBe('must be longer than or equal to 3 characters');
    expect(text(byTestId(element, 'pulse-form-error'))).toBe('Some fields need your attention.');
  });

  it('lists the surveys with their groups and answers', async () => {
    await open([
      SURVEY,
      { ...SURVEY, id: 's3', title: 'Everyone', groupIds: [], responseCount: 1, weekStart: '2026-11-23' },
    ]);
    const rows = element.querySelectorAll('[data-testid="pulse-survey"]');
    expect(rows.length).toBe(2);
    expect(text(rows[0])).toContain('Everyone');
    expect(text(rows[0])).toContain('1 answer');
    expect(text(rows[1])).toContain('Sales');
    expect(text(rows[1])).toContain('3 answers');
    expect(text(rows[1])).toContain('16 Nov 2026');
  });

  it('deletes a survey after confirming', async () => {
    await open();
    byTestId(element, 'pulse-survey-delete').click();
    await fixture.whenStable();
    byTestId(document.body, 'confirm-ok').click();
    await fixture.whenStable();
    backend
      .expectOne({ url: '/api/outreach/pulse/surveys/s1', method: 'DELETE' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    backend.expectOne((req) => req.url === '/api/outreach/pulse/results').flush({ ...RESULTS, series: [] });
    await fixture.whenStable();
    expect(byTestId(element, 'pulse-surveys-empty')).toBeTruthy();
  });

  it('draws the results as charts with a table alternative', async () => {
    await open();
    expect(byTestId(element, 'pulse-results-trend').tagName).toBe('CANVAS');
    expect(byTestId(element, 'pulse-results-trend').getAttribute('aria-label')).toContain('latest average 4.3 of 5');
    expect(byTestId(element, 'pulse-results-latest').getAttribute('aria-label')).toContain('2 Agree, 1 Strongly agree');
    const rows = element.querySelectorAll('[data-testid="pulse-results-row"]');
    expect(rows.length).toBe(2);
    expect(Array.from(rows[1].querySelectorAll('td')).map((cell) => text(cell))).toEqual([
      '16 Nov 2026',
      'I found something worth sharing.',
      '3',
      '4.3',
      '0',
      '0',
      '0',
      '2',
      '1',
    ]);
  });

  it('reloads the results for another group and period', async () => {
    await open();
    byTestId(element, 'pulse-results-group').click();
    await fixture.whenStable();
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
      (o) => text(o) === 'Marketing',
    );
    option?.click();
    await fixture.whenStable();
    const call = backend.expectOne((req) => req.url === '/api/outreach/pulse/results');
    expect(call.request.params.get('groupId')).toBe('g2');
    expect(call.request.params.get('weeks')).toBe('12');
    call.flush({ ...RESULTS, groupId: 'g2', series: [] });
    await fixture.whenStable();
    expect(text(byTestId(element, 'pulse-results-empty'))).toContain('No pulse surveys in this period');
  });
});
