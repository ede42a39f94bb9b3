import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormArray, FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSelect } from '@angular/material/select';
import { GroupSummary, PulseSurvey, PulseSurveyRequest } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { upcomingMondays, weekLabel } from '../labels';
import { OutreachApi } from '../outreach.api';

export const MAX_QUESTIONS = 3;
export const TITLE_MAX = 160;
export const QUESTION_MAX = 300;

/** "New pulse": a title, one to three statements, who is asked, the week, and whether to e-mail it. */
@Component({
  selector: 'chorus-pulse-survey-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    MatIconButton,
    MatIcon,
    MatProgressSpinner,
  ],
  templateUrl: './pulse-survey-form.component.html',
  styleUrl: './pulse-survey-form.component.scss',
})
export class PulseSurveyFormComponent {
  private readonly api = inject(OutreachApi);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly groups = input<readonly GroupSummary[]>([]);
  readonly created = output<PulseSurvey>();

  protected readonly maxQuestions = MAX_QUESTIONS;
  protected readonly titleMax = TITLE_MAX;
  protected readonly questionMax = QUESTION_MAX;
  protected readonly weeks = upcomingMondays(new Date());
  protected readonly weekLabel = weekLabel;
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(TITLE_MAX)]],
    questions: this.fb.array([this.question()]),
    groupIds: this.fb.control<string[]>([]),
    weekStart: [this.weeks[0], [Validators.required]],
    sendMail: [false],
  });

  protected get questions(): FormArray<FormControl<string>> {
    return this.form.controls.questions;
  }

  private question(text = ''): FormControl<string> {
    return this.fb.control(text, [Validators.required, Validators.maxLength(QUESTION_MAX)]);
  }

  protected addQuestion(): void {
    if (this.questions.length < MAX_QUESTIONS) this.questions.push(this.question());
  }

  protected removeQuestion(index: number): void {
    if (this.questions.length > 1) this.questions.removeAt(index);
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set('Some fields need your attention.');
      return;
    }
    const value = this.form.getRawValue();
    const request: PulseSurveyRequest = {
      title: value.title.trim(),
      questions: value.questions.map((text) => text.trim()),
      groupIds: value.groupIds,
      weekStart: value.weekStart,
      sendMail: value.sendMail,
    };
    this.submitting.set(true);
    this.error.set(null);
    this.api.createSurvey(request).subscribe({
      next: (survey) => {
        this.submitting.set(false);
        this.form.reset({ title: '', groupIds: [], weekStart: this.weeks[0], sendMail: false });
        this.questions.clear();
        this.questions.push(this.question());
        this.created.emit(survey);
      },
      error: (err: unknown) => {
        this.submitting.set(false);
        const info = describeError(err, 'Could not create the pulse survey.');
        const unmatched = applyFieldErrors(this.form, info.fields);
        const shownAtField = Object.keys(info.fields).some((field) => !!this.form.get(field));
        this.error.set(unmatched[0] ?? (shownAtField ? 'Some fields need your attention.' : info.message));
      },
    });
  }
}
