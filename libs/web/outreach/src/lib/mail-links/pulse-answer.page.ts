import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { describeError } from '@chorus/web/core';
import { AuthCardComponent, LoadingStateComponent } from '@chorus/web/ui';
import { likertLabel } from '../labels';
import { OutreachApi } from '../outreach.api';
import { catchError, distinctUntilChanged, map, Observable, of, switchMap, tap } from 'rxjs';

type Outcome = { answer?: string; error?: string };

export const PULSE_ANSWER_BAD_LINK =
  'This answer link is incomplete or no longer valid. You can still answer the pulse survey in Chorus.';

/** /pulse-answer?token=&value= — one click on an answer in the pulse e-mail; works signed out. */
@Component({
  selector: 'chorus-pulse-answer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButton, MatIcon, AuthCardComponent, LoadingStateComponent],
  template: `
    <chorus-auth-card heading="Pulse survey">
      @if (answer(); as label) {
        <div class="form-success" role="status" data-testid="pulse-answer-done">
          <mat-icon svgIcon="check_circle" aria-hidden="true" />
          <span>Thanks — your answer “{{ label }}” was recorded.</span>
        </div>
        <p class="note">To change it, choose another answer in the e-mail or answer on your feed in Chorus.</p>
      } @else if (error(); as message) {
        <div class="form-error" role="alert" data-testid="pulse-answer-error">
          <mat-icon svgIcon="error_outline" aria-hidden="true" />
          <span>{{ message }}</span>
        </div>
      } @else {
        <chorus-loading-state label="Recording your answer…" />
      }
      @if (!loading()) {
        <div class="actions">
          <a mat-flat-button routerLink="/home" data-testid="pulse-answer-open">Open Chorus</a>
        </div>
      }
    </chorus-auth-card>
  `,
  styleUrl: './mail-link.scss',
})
export class PulseAnswerPage implements OnInit {
  private readonly api = inject(OutreachApi);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly loading = signal(true);
  protected readonly answer = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    // Each link opened in this tab is handled, even when the router reuses the page for it.
    this.route.queryParamMap
      .pipe(
        map((params) => ({ token: params.get('token')?.trim() ?? '', raw: params.get('value') ?? '' })),
        distinctUntilChanged((a, b) => a.token === b.token && a.raw === b.raw),
        tap(() => this.reset()),
        switchMap(({ token, raw }): Observable<Outcome> => {
          const value = /^\d$/.test(raw) ? Number(raw) : NaN;
          const label = likertLabel(value);
          if (!token || !label) return of({ error: PULSE_ANSWER_BAD_LINK });
          return this.api.answerPulseFromMail({ token, value }).pipe(
            map(() => ({ answer: label })),
            catchError((err: unknown) => of({ error: this.problem(err) })),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((outcome) => {
        this.answer.set(outcome.answer ?? null);
        this.error.set(outcome.error ?? null);
        this.loading.set(false);
      });
  }

  private problem(err: unknown): string {
    const info = describeError(err);
    return [400, 401, 403].includes(info.status) ? PULSE_ANSWER_BAD_LINK : info.message;
  }

  private reset(): void {
    this.loading.set(true);
    this.answer.set(null);
    this.error.set(null);
  }
}
