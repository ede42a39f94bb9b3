import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PostingSchedule } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { ScheduleEditorComponent } from './schedule-editor.component';

const NEXT_YEAR = new Date().getFullYear() + 1;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ScheduleEditorComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ScheduleEditorComponent>;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  async function render(schedule: PostingSchedule): Promise<void> {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [ScheduleEditorComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ScheduleEditorComponent);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne('/api/me/posting-schedule').flush(schedule);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const q = <T extends HTMLElement = HTMLElement>(testId: string): T => {
    const found = element.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  };

  async function type(testId: string, value: string): Promise<void> {
    const input = q<HTMLInputElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function click(testId: string): Promise<void> {
    q<HTMLButtonElement>(testId).click();
    await fixture.whenStable();
  }

  it('starts a never-saved schedule in the browser’s time zone and saves slots and blackouts', async () => {
    await render({ timeZone: 'UTC', slots: [], blackouts: [] });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(q<HTMLInputElement>('schedule-time-zone').value).toBe(zone);
    expect(text(q('schedule-no-slots'))).toBe('No weekly slots yet.');

    await click('schedule-add-slot');
    await type('schedule-slot-time-0', '08:15');
    await click('schedule-add-slot');
    await type('schedule-slot-time-1', '17:45');
    await click('schedule-add-slot');
    await click('schedule-slot-remove-2');
    await click('schedule-add-blackout');
    await type('schedule-blackout-label-0', '  Summer holiday ');
    await type('schedule-blackout-start-0', `${NEXT_YEAR}-08-01T00:00`);
    await type('schedule-blackout-end-0', `${NEXT_YEAR}-08-15T18:00`);

    await click('schedule-save');
    const call = backend.expectOne('/api/me/posting-schedule');
    expect(call.request.method).toBe('PUT');
    const body = call.request.body as PostingSchedule;
    expect(body.timeZone).toBe(zone);
    // A new slot follows the last one: the next day at the same time.
    expect(body.slots).toEqual([
      { day: 1, time: '08:15' },
      { day: 2, time: '17:45' },
    ]);
    expect(body.blackouts.length).toBe(1);
    expect(body.blackouts[0].label).toBe('Summer holiday');
    expect(body.blackouts[0].startsAt).toMatch(new RegExp(`^${NEXT_YEAR}-08-01T00:00:00[+-]\\d{2}:\\d{2}$`));
    expect(new Date(body.blackouts[0].startsAt).getTime()).toBe(new Date(NEXT_YEAR, 7, 1, 0, 0).getTime());
    expect(new Date(body.blackouts[0].endsAt).getTime()).toBe(new Date(NEXT_YEAR, 7, 15, 18, 0).getTime());
    call.flush(body);
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith('Posting schedule saved', undefined, jasmine.any(Object));
  });

  it('keeps a saved zone and shows the server’s complaint at the field', async () => {
    await render({
      timeZone: 'Europe/Berlin',
      slots: [{ day: 3, time: '12:00' }],
      blackouts: [{ id: 'b1', label: 'Offsite', startsAt: '2030-02-01T08:00:00Z', endsAt: '2030-02-03T18:00:00Z' }],
    });
    expect(q<HTMLInputElement>('schedule-time-zone').value).toBe('Europe/Berlin');
    expect(q<HTMLInputElement>('schedule-slot-time-0').value).toBe('12:00');
    expect(q<HTMLInputElement>('schedule-blackout-label-0').value).toBe('Offsite');

    await click('schedule-save');
    const call = backend.expectOne('/api/me/posting-schedule');
    const body = call.request.body as PostingSchedule;
    expect(body.slots).toEqual([{ day: 3, time: '12:00' }]);
    expect(body.blackouts[0].id).toBe('b1');
    expect(new Date(body.blackouts[0].startsAt).toISOString()).toBe('2030-02-01T08:00:00.000Z');
    call.flush(
      {
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        detail: 'slots.0.time overlaps a blackout',
        errors: [{ field: 'slots.0.time', message: 'falls inside an organisation blackout' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(element.querySelector('mat-error'))).toBe('falls inside an organisation blackout');
    expect(text(q('schedule-error'))).toBe('Some fields need your attention.');
  });

  it('refuses a zone that is not in the list', async () => {
    await render({ timeZone: 'UTC', slots: [], blackouts: [] });
    await type('schedule-time-zone', 'Mars/Olympus');
    await click('schedule-save');
    backend.expectNone('/api/me/posting-schedule');
    expect(text(element)).toContain('Pick a time zone from the list.');
  });
});
