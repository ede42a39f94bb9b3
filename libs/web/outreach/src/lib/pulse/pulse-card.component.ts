import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { LIKERT_LABELS, PulseSurvey } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { Subscription } from 'rxjs';
import { likertLabel } from '../labels';
import { OutreachApi } from '../outreach.api';

/**
 * The week's pulse survey for the signed-in advocate (on the feed). Shows nothing while loading, when there
 * is no survey this week or when it cannot be loaded: it is a side card, never in the way of the feed.
 */
@Component({
  selector: 'chorus-pulse-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatRadioGroup, MatRadioButton, MatButton, MatIcon, MatProgressSpinner],
  templateUrl: './pulse-card.component.html',
  styleUrl: './pulse-card.component.scss',
})
export class PulseCardComponent implements OnInit {
  private readonly api = inject(OutreachApi);
  private subscription: Subscription | undefined;

  protected readonly labels = LIKERT_LABELS;
  protected readonly values = [1, 2, 3, 4, 5] as const;
  protected readonly survey = signal<PulseSurvey | null>(null);
  /** questionId → 1..5 chosen in the form (not yet sent while `editing`). */
  protected readonly answers = signal<Record<string, number>>({});
  protected readonly editing = signal(true);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly complete = computed(() => {
    const survey = this.survey();
    const answers = this.answers();
    return !!survey && survey.questions.every((question) => !!answers[question.id]);
  });
  protected readonly likertLabel = likertLabel;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  ngOnInit(): void {
    this.subscription = this.api.currentPulse().subscribe({
      next: (current) => {
        const survey = current.survey && current.survey.questions.length > 0 ? current.survey : null;
        const mine = { ...(current.myAnswers ?? {}) };
        this.survey.set(survey);
        this.answers.set(mine);
        this.editing.set(!survey || !survey.questions.every((question) => !!mine[question.id]));
      },
      // A side card: on failure it stays hidden rather than alarming the advocate.
      error: () => this.survey.set(null),
    });
  }

  protected choose(questionId: string, value: number): void {
    this.answers.update((answers) => ({ ...answers, [questionId]: value }));
    this.error.set(null);
  }

  protected change(): void {
    this.editing.set(true);
  }

  protected submit(): void {
    const survey = this.survey();
    if (!survey || this.submitting()) return;
    if (!this.complete()) {
      this.error.set('Choose an answer for every statement.');
      return;
    }
    const answers = this.answers();
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .answerPulse(survey.id, {
        answers: survey.questions.map((question) => ({ questionId: question.id, value: answers[question.id] })),
      })
      .subscribe({
        next: () => {
          this.submitting.set(false);
          this.editing.set(false);
        },
        error: (err: unknown) => {
          this.submitting.set(false);
          this.error.set(describeError(err, 'Could not send your answers.').message);
        },
      });
  }
}
