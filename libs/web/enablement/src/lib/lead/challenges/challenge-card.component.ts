import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { Challenge } from '@chorus/shared/contracts';
import { formatCount, METRIC_UNITS } from '../shared/labels';
import { countdownText, goalText, periodText } from './challenge-text';

/** One challenge: goal, prize, period, countdown, the caller's score, the top standings and the winners. */
@Component({
  selector: 'chorus-challenge-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatIcon, MatIconButton, MatTooltip],
  host: { 'data-testid': 'challenge-card', '[attr.data-title]': 'challenge().title', '[class]': 'challenge().state' },
  template: `
    @let c = challenge();
    <div class="head">
      <h3 class="title">
        <a [routerLink]="['/challenges', c.id]">{{ c.title }}</a>
      </h3>
      @if (canManage()) {
        <!-- A challenge whose winners are announced is final: the API refuses edits. -->
        @if (c.winners === null) {
          <button
            mat-icon-button
            type="button"
            (click)="edit.emit(c)"
            [attr.aria-label]="'Edit ' + c.title"
            matTooltip="Edit"
            data-testid="challenge-edit"
          >
            <mat-icon svgIcon="edit" aria-hidden="true" />
          </button>
        }
        <button
          mat-icon-button
          type="button"
          (click)="remove.emit(c)"
          [attr.aria-label]="'Delete ' + c.title"
          matTooltip="Delete"
          data-testid="challenge-delete"
        >
          <mat-icon svgIcon="delete" aria-hidden="true" />
        </button>
      }
    </div>
    <p class="goal">{{ goal() }}{{ c.group ? ' · ' + c.group.name : '' }}</p>
    <p class="prize">
      <mat-icon svgIcon="emoji_events" aria-hidden="true" /> <span>Prize: {{ c.prize }}</span>
    </p>
    <p class="when">
      <mat-icon svgIcon="schedule" aria-hidden="true" />
      <span
        >{{ period() }} · <strong data-testid="challenge-countdown">{{ countdown() }}</strong></span
      >
    </p>
    @if (c.myScore !== null) {
      <p class="mine" data-testid="challenge-my-score">Your score: {{ count(c.myScore) }} {{ unit() }}</p>
    }
    @if (c.winners?.length) {
      <div class="winners" aria-label="Winners">
        <p class="label">Winners</p>
        <ol>
          @for (w of c.winners; track $index) {
            <li data-testid="challenge-winner" [class.me]="w.isMe">
              <mat-icon svgIcon="emoji_events" aria-hidden="true" class="trophy" />
              {{ w.rank }}. {{ w.name }}{{ w.isMe ? ' (you)' : '' }} — {{ count(w.score) }} {{ unit() }}
            </li>
          }
        </ol>
      </div>
    } @else if (c.standings.length && limit()) {
      <ol class="standings" aria-label="Top standings">
        @for (s of c.standings.slice(0, limit()); track $index) {
          <li [class.me]="s.isMe" data-testid="challenge-standing">
            <span>{{ s.rank }}. {{ s.name }}{{ s.isMe ? ' (you)' : '' }}</span>
            <span>{{ count(s.score) }}</span>
          </li>
        }
      </ol>
    } @else if (c.state === 'ended') {
      <p class="muted">The winners are being worked out.</p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 6px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
    }
    :host(.running) {
      border-color: var(--mat-sys-primary);
    }
    .head {
      display: flex;
      align-items: flex-start;
      gap: 4px;
    }
    .title {
      flex: 1;
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    p {
      margin: 0;
    }
    .goal {
      font-weight: 500;
    }
    .prize,
    .when {
      display: flex;
      gap: 6px;
      align-items: flex-start;
      mat-icon {
        flex: none;
        width: 18px;
        height: 18px;
      }
    }
    .mine {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-primary);
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .standings li {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      padding: 2px 0;
    }
    .me {
      font-weight: 700;
    }
    .label {
      font: var(--mat-sys-label-large);
    }
    .winners li {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .trophy {
      width: 18px;
      height: 18px;
      color: #a15c00;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ChallengeCardComponent {
  readonly challenge = input.required<Challenge>();
  readonly now = input.required<number>();
  readonly canManage = input(false);
  /** How many standings to show. */
  readonly limit = input(3);
  readonly edit = output<Challenge>();
  readonly remove = output<Challenge>();

  protected readonly count = formatCount;
  protected readonly goal = computed(() => goalText(this.challenge()));
  protected readonly period = computed(() => periodText(this.challenge()));
  protected readonly countdown = computed(() => countdownText(this.challenge(), this.now()));
  protected readonly unit = computed(() => METRIC_UNITS[this.challenge().metric]);
}
