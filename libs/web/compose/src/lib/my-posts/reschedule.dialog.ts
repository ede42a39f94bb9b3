import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import type { CheckTimeResult } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { catchError, debounceTime, distinctUntilChanged, map, of, Subject, switchMap } from 'rxjs';
import { CHECK_TIME_DEBOUNCE_MS, fieldSentence, LIMIT, problemCode, problemOf } from '../composer/compose-model';
import { dateInputValue, isoWithOffset, localDateTime, timeInputValue, zoneLabel } from '../time';
import { ShareDialog, ShareDialogFrameComponent } from './share-dialog';

/** Moves a scheduled share to another time, checked live against the posting rules; closes with the share. */
@Component({
  selector: 'chorus-reschedule-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ShareDialogFrameComponent, MatFormField, MatLabel, MatHint, MatInput, MatIcon],
  template: `
    <chorus-share-dialog-frame
      heading="Reschedule your {{ label }} post"
      testId="reschedule"
      saveLabel="Reschedule"
      [saving]="saving()"
      [canSave]="!!at() && !past() && result()?.allowed !== false"
      [error]="error()"
      [reasons]="errorReasons()"
      (save)="save()"
    >
      <div class="pickers">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Date</mat-label>
          <input
            matInput
            type="date"
            [min]="today"
            [value]="date()"
            (input)="date.set(value($event))"
            (change)="date.set(value($event))"
            data-testid="reschedule-date"
          />
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Time</mat-label>
          <input
            matInput
            type="time"
            [value]="time()"
            (input)="time.set(value($event))"
            (change)="time.set(value($event))"
            data-testid="reschedule-time"
          />
          <mat-hint>{{ zone }}</mat-hint>
        </mat-form-field>
      </div>
      <div class="check" aria-live="polite" data-testid="reschedule-check">
        @if (!at()) {
          <p>Pick a date and a time.</p>
        } @else if (past()) {
          <p class="bad">Pick a time in the future.</p>
        } @else if (result(); as r) {
          @if (r.allowed) {
            <p class="good"><mat-icon svgIcon="check_circle" aria-hidden="true" /> This time works.</p>
          } @else {
            <p class="bad">This time is not allowed:</p>
            <ul class="bad">
              @for (reason of r.reasons; track $index) {
                <li>{{ reason }}</li>
              }
            </ul>
          }
        } @else {
          <p>Checking this time…</p>
        }
      </div>
    </chorus-share-dialog-frame>
  `,
  styles: `
    .pickers {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      padding-top: 4px;
      mat-form-field {
        flex: 1 1 150px;
      }
    }
    .check p {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 12px 0 0;
    }
    .good {
      color: var(--chorus-success);
    }
    .bad {
      color: var(--mat-sys-error);
    }
    ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
  `,
})
export class RescheduleDialog extends ShareDialog {
  protected readonly zone = zoneLabel();
  protected readonly today = dateInputValue(new Date());
  protected readonly date = signal(dateInputValue(this.share.scheduledAt));
  protected readonly time = signal(timeInputValue(this.share.scheduledAt));
  protected readonly at = computed(() => {
    const local = localDateTime(this.date(), this.time());
    return local ? isoWithOffset(local) : null;
  });
  protected readonly past = computed(() => {
    const at = this.at();
    return !!at && new Date(at).getTime() <= Date.now();
  });
  private readonly checked = signal<{ at: string; result: CheckTimeResult } | null>(null);
  protected readonly result = computed(() => {
    const checked = this.checked();
    return checked && checked.at === this.at() ? checked.result : null;
  });
  protected readonly errorReasons = signal<string[]>([]);
  private readonly check$ = new Subject<string | null>();

  constructor() {
    super();
    this.check$
      .pipe(
        distinctUntilChanged(),
        debounceTime(CHECK_TIME_DEBOUNCE_MS),
        switchMap((at) =>
          at
            ? this.api.checkTime({ network: this.share.network, at, excludeShareId: this.share.id }).pipe(
                map((result) => ({ at, result })),
                catchError(() => of(null)),
              )
            : of(null),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((checked) => {
        if (checked) this.checked.set(checked);
      });
    effect(() => {
      const at = this.past() ? null : this.at();
      untracked(() => this.check$.next(at));
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected save(): void {
    const at = this.at();
    if (this.saving() || !at || this.past()) return;
    this.errorReasons.set([]);
    this.update({ scheduledAt: at }, (err) => {
      const problem = problemOf(err);
      const messages = (problem?.errors ?? []).map((e) => e.message).filter((m) => !!m);
      if (problemCode(problem) === LIMIT && messages.length) {
        this.error.set('That time is not allowed:');
        this.errorReasons.set(messages);
      } else {
        this.error.set(
          messages.length
            ? fieldSentence('The time', messages[0])
            : describeError(err, 'Could not reschedule this post.').message,
        );
      }
    });
  }
}
