import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CurrentPulse, PulseSurvey } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { byTestId, overflowing, text } from '../testing';
import { PulseCardComponent } from './pulse-card.component';

const SURVEY: PulseSurvey = {
  id: 's1',
  title: 'How was your week?',
  weekStart: '2026-11-23',
  questions: [
    { id: 'q1', text: 'I found something worth sharing.' },
    { id: 'q2', text: 'Sharing took little time.' },
  ],
  groupIds: [],
  responseCount: 4,
  createdAt: '2026-11-23T08:00:00Z',
};

describe('PulseCardComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PulseCardComponent>;
  let element: HTMLElement;

  async function open(current: CurrentPulse | 'error'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [PulseCardComponent],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PulseCardComponent);
    element = fixture.nativeElement;
    await fixture.whenStable();
    const call = backend.expectOne({ url: '/api/outreach/pulse/current', method: 'GET' });
    if (current === 'error') call.flush(null, { status: 500, statusText: 'Server Error' });
    else call.flush(current);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const question = (id: string) =>
    element.querySelector<HTMLElement>(`[data-testid="pulse-question"][data-question="${id}"]`);
  async function choose(questionId: string, value: number): Promise<void> {
    question(questionId)?.querySelector<HTMLInputElement>(`[data-testid="pulse-value-${value}"] input`)?.click();
    await fixture.whenStable();
  }

  it('asks each statement on a five-point scale and sends the answers', async () => {
    await open({ survey: SURVEY, myAnswers: {} });
    expect(text(byTestId(element, 'pulse-card'))).toContain('How was your week?');
    expect(element.querySelectorAll('[data-testid="pulse-question"]').length).toBe(2);
    const radios = question('q1')?.querySelectorAll('input[type="radio"]') ?? [];
    expect(radios.length).toBe(5);
    expect(text(question('q1'))).toContain('Strongly disagree');
    expect(text(question('q1'))).toContain('Strongly agree');
    expect(question('q1')?.querySelector('mat-radio-group')?.getAttribute('aria-labelledby')).toBe('pulse-q-q1');

    // Not every statement answered: nothing is sent.
    await choose('q1', 4);
    byTestId(element, 'pulse-submit').click();
    await fixture.whenStable();
    backend.expectNone('/api/outreach/pulse/s1/answers');
    expect(text(byTestId(element, 'pulse-error'))).toBe('Choose an answer for every statement.');

    await choose('q2', 2);
    byTestId(element, 'pulse-submit').click();
    await fixture.whenStable();
    const post = backend.expectOne({ url: '/api/outreach/pulse/s1/answers', method: 'POST' });
    expect(post.request.body).toEqual({
      answers: [
        { questionId: 'q1', value: 4 },
        { questionId: 'q2', value: 2 },
      ],
    });
    post.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    const thanks = text(byTestId(element, 'pulse-thanks'));
    expect(thanks).toContain('Thanks');
    expect(thanks).toContain('Agree');
    expect(thanks).toContain('Disagree');
    expect(element.querySelector('[data-testid="pulse-submit"]')).toBeNull();
  });

  it('shows earlier answers and lets the advocate change them', async () => {
    await open({ survey: SURVEY, myAnswers: { q1: 5, q2: 3 } });
    expect(text(byTestId(element, 'pulse-thanks'))).toContain('Strongly agree');
    byTestId(element, 'pulse-change').click();
    await fixture.whenStable();
    expect(question('q1')?.querySelector<HTMLInputElement>('[data-testid="pulse-value-5"] input')?.checked).toBeTrue();
    await choose('q1', 1);
    byTestId(element, 'pulse-submit').click();
    await fixture.whenStable();
    const post = backend.expectOne('/api/outreach/pulse/s1/answers');
    expect(post.request.body.answers).toEqual([
      { questionId: 'q1', value: 1 },
      { questionId: 'q2', value: 3 },
    ]);
    post.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(text(byTestId(element, 'pulse-thanks'))).toContain('Strongly disagree');
  });

  it('keeps the answers and says what went wrong when sending fails', async () => {
    await open({ survey: SURVEY, myAnswers: {} });
    await choose('q1', 3);
    await choose('q2', 3);
    byTestId(element, 'pulse-submit').click();
    await fixture.whenStable();
    backend
      .expectOne('/api/outreach/pulse/s1/answers')
      .flush(
        { title: 'Conflict', status: 409, detail: 'This pulse survey has closed.' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(text(byTestId(element, 'pulse-error'))).toBe('This pulse survey has closed.');
    expect(question('q1')?.querySelector<HTMLInputElement>('[data-testid="pulse-value-3"] input')?.checked).toBeTrue();
  });

  it('fits a phone screen', async () => {
    await open({ survey: SURVEY, myAnswers: {} });
    element.style.display = 'block';
    element.style.width = '358px';
    await fixture.whenStable();
    expect(overflowing(element, 358)).toEqual([]);
  });

  it('shows nothing without a survey this week', async () => {
    await open({ survey: null, myAnswers: {} });
    expect(element.querySelector('[data-testid="pulse-card"]')).toBeNull();
  });

  it('shows nothing when the survey cannot be loaded', async () => {
    await open('error');
    expect(element.querySelector('[data-testid="pulse-card"]')).toBeNull();
  });
});
