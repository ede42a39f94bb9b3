import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSelect } from '@angular/material/select';
import type { PostingSchedule } from '@chorus/shared/contracts';
import { describeError, FormSaver } from '@chorus/web/core';
import {
  BlackoutWindowForm,
  blackoutWindowForm,
  blackoutWindowsValue,
  BlackoutWindowsEditorComponent,
  ErrorStateComponent,
  LoadingStateComponent,
} from '@chorus/web/ui';
import { map, startWith } from 'rxjs';
import { PublishingApi } from '../publishing.api';
import { browserTimeZone, supportedTimeZones, zoneLabel } from '../time';

export const WEEKDAYS: ReadonlyArray<{ day: number; label: string }> = [
  { day: 1, label: 'Monday' },
  { day: 2, label: 'Tuesday' },
  { day: 3, label: 'Wednesday' },
  { day: 4, label: 'Thursday' },
  { day: 5, label: 'Friday' },
  { day: 6, label: 'Saturday' },
  { day: 7, label: 'Sunday' },
];

type SlotGroup = FormGroup<{ day: FormControl<number>; time: FormControl<string> }>;

/**
 * The advocate's posting schedule: their time zone, the weekly slots "Add to my queue" fills, and personal
 * blackout windows in which nothing of theirs is posted.
 */
@Component({
  selector: 'chorus-schedule-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatIconButton,
    MatIcon,
    MatProgressSpinner,
    LoadingStateComponent,
    ErrorStateComponent,
    BlackoutWindowsEditorComponent,
  ],
  templateUrl: './schedule-editor.component.html',
  styleUrl: './schedule-editor.component.scss',
})
export class ScheduleEditorComponent implements OnInit {
  private readonly api = inject(PublishingApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly weekdays = WEEKDAYS;
  protected readonly browserZone = zoneLabel();
  private readonly zones = supportedTimeZones();
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saver = new FormSaver();

  protected readonly form = this.fb.group({
    timeZone: ['', [Validators.required, (control: AbstractControl) => this.knownZone(control)]],
    slots: this.fb.array<SlotGroup>([]),
    blackouts: this.fb.array<BlackoutWindowForm>([]),
  });
  private readonly zoneQuery = toSignal(
    this.form.controls.timeZone.valueChanges.pipe(
      startWith(''),
      map((value) => value ?? ''),
    ),
    { initialValue: '' },
  );
  /** The zones matching what is typed, at most 50 (the full list has ~400). */
  protected readonly zoneOptions = computed(() => {
    const query = this.zoneQuery().trim().toLowerCase().replace(/\s+/g, '_');
    const matches = query ? this.zones.filter((zone) => zone.toLowerCase().includes(query)) : this.zones;
    return matches.slice(0, 50);
  });

  get slots() {
    return this.form.controls.slots;
  }

  get blackouts() {
    return this.form.controls.blackouts;
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.schedule().subscribe({
      next: (schedule) => {
        this.reset(schedule);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load your posting schedule.').message);
      },
    });
  }

  private reset(schedule: PostingSchedule): void {
    // Never saved: the server answers UTC and no slots; the browser knows the advocate's zone better.
    const fresh = schedule.timeZone === 'UTC' && schedule.slots.length === 0;
    this.slots.clear();
    this.blackouts.clear();
    for (const slot of schedule.slots) this.slots.push(this.slot(slot.day, slot.time));
    for (const blackout of schedule.blackouts) this.blackouts.push(blackoutWindowForm(blackout));
    this.form.controls.timeZone.setValue(fresh ? browserTimeZone() : schedule.timeZone);
    this.form.markAsPristine();
  }

  private slot(day = 1, time = '09:00'): SlotGroup {
    return this.fb.group({
      day: [day, [Validators.required, Validators.min(1), Validators.max(7)]],
      time: [time, [Validators.required, Validators.pattern(/^([01]\d|2[0-3]):[0-5]\d$/)]],
    });
  }

  private knownZone(control: AbstractControl): ValidationErrors | null {
    const value = control.value as string;
    return !value || this.zones.includes(value) ? null : { zone: true };
  }

  protected addSlot(): void {
    const last = this.slots.at(this.slots.length - 1)?.getRawValue();
    this.slots.push(this.slot(last ? (last.day % 7) + 1 : 1, last?.time ?? '09:00'));
    this.form.markAsDirty();
  }

  protected removeSlot(index: number): void {
    this.slots.removeAt(index);
    this.form.markAsDirty();
  }

  protected dayLabel(day: number): string {
    return WEEKDAYS.find((d) => d.day === day)?.label ?? String(day);
  }

  /** The request for the form as it is. */
  protected body(): PostingSchedule {
    const value = this.form.getRawValue();
    return {
      timeZone: value.timeZone,
      slots: value.slots.map((slot) => ({ day: slot.day, time: slot.time })),
      blackouts: blackoutWindowsValue(this.blackouts),
    };
  }

  protected save(): void {
    this.saver.save(this.form, () => this.api.saveSchedule(this.body()), {
      fallback: 'Could not save your posting schedule.',
      saved: 'Posting schedule saved',
      onSaved: (saved) => this.reset(saved),
      isShownAtField: (field, form) => field.includes('.') && !!form.get(field),
    });
  }
}
