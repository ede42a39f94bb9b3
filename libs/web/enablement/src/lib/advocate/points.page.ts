import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { MyPoints, PointAward, PointReason } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { AdvocateEnablementApi } from './enablement.api';
import { timeAgo } from './relative-time';

export const REASON_ICONS: Readonly<Record<PointReason, string>> = {
  share: 'share',
  click: 'trending_up',
  original_text: 'edit',
  step_completed: 'school',
  challenge_won: 'emoji_events',
};

export const REASON_LABELS: Readonly<Record<PointReason, string>> = {
  share: 'Share',
  click: 'Click',
  original_text: 'Own text',
  step_completed: 'Step completed',
  challenge_won: 'Challenge won',
};

/** /points — the advocate's points: total, this week, and the history with reasons. */
@Component({
  selector: 'chorus-points-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatAnchor,
    MatButton,
    MatIcon,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  template: `
    <chorus-page-header
      heading="My points"
      subtitle="Points for sharing, the clicks your posts earn, your own texts, steps and challenges."
    >
      <a mat-stroked-button routerLink="/leaderboards" data-testid="points-leaderboards">
        <mat-icon svgIcon="leaderboard" aria-hidden="true" />
        Leaderboards
      </a>
    </chorus-page-header>
    @if (loading()) {
      <chorus-loading-state label="Loading your points…" />
    } @else if (loadError(); as message) {
      <chorus-error-state heading="Could not load your points" [message]="message" (retry)="load()" />
    } @else if (points(); as points) {
      <section class="totals" aria-label="Your points">
        <div class="total">
          <span class="label">Total</span>
          <span class="value" data-testid="points-total">{{ points.total }}</span>
        </div>
        <div class="total">
          <span class="label">This week</span>
          <span class="value" data-testid="points-week">{{ points.week }}</span>
        </div>
      </section>
      @if (history().length === 0) {
        <chorus-empty-state
          icon="star"
          heading="Share something from your feed to earn your first points"
          message="Every share, every click on it and every step you complete adds up here."
          data-testid="points-empty"
        >
          <a mat-flat-button routerLink="/feed">Go to the feed</a>
        </chorus-empty-state>
      } @else {
        <h2 class="history-title">History</h2>
        <ul class="history" aria-label="Points history">
          @for (award of history(); track award.id) {
            <li class="award" data-testid="points-award" [attr.data-reason]="award.reason">
              <mat-icon class="reason" [svgIcon]="icon(award)" [attr.aria-label]="reasonLabel(award)" role="img" />
              <span class="award-label">{{ award.label }}</span>
              <span class="award-points" [class.negative]="award.points < 0"
                >{{ award.points >= 0 ? '+' : '' }}{{ award.points }}</span
              >
              <time class="award-time" [attr.datetime]="award.awardedAt" [title]="award.awardedAt | date: 'medium'">{{
                ago(award.awardedAt)
              }}</time>
            </li>
          }
        </ul>
        @if (moreError(); as message) {
          <p class="more-error" role="alert">{{ message }}</p>
        }
        @if (nextCursor()) {
          <div class="more">
            <button
              mat-stroked-button
              type="button"
              [disabled]="loadingMore()"
              (click)="loadMore()"
              data-testid="points-load-more"
            >
              {{ loadingMore() ? 'Loading…' : 'Load more' }}
            </button>
          </div>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 820px;
    }
    .totals {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 12px;
      margin-bottom: 24px;
    }
    .total {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-large);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-lowest);
    }
    .label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      font: var(--mat-sys-display-small);
    }
    .history-title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .history {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .award {
      display: grid;
      grid-template-columns: 24px minmax(0, 1fr) auto;
      grid-template-areas: 'icon label points' 'icon time points';
      gap: 2px 12px;
      align-items: center;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .reason {
      grid-area: icon;
      color: var(--mat-sys-primary);
    }
    .award-label {
      grid-area: label;
      overflow-wrap: anywhere;
    }
    .award-time {
      grid-area: time;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .award-points {
      grid-area: points;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-primary);
      &.negative {
        color: var(--mat-sys-error);
      }
    }
    .more {
      display: flex;
      justify-content: center;
      margin: 24px 0;
    }
    .more-error {
      color: var(--mat-sys-error);
      text-align: center;
    }
  `,
})
export class PointsPage implements OnInit {
  private readonly api = inject(AdvocateEnablementApi);

  protected readonly points = signal<MyPoints | null>(null);
  protected readonly history = signal<PointAward[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadingMore = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly moreError = signal<string | null>(null);
  protected readonly ago = (at: string) => timeAgo(at);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.moreError.set(null);
    this.api.myPoints().subscribe({
      next: (points) => {
        this.points.set(points);
        this.history.set(points.history);
        this.nextCursor.set(points.nextCursor);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load your points.').message);
      },
    });
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreError.set(null);
    this.api.myPoints(cursor).subscribe({
      next: (page) => {
        const known = new Set(this.history().map((award) => award.id));
        this.history.update((history) => [...history, ...page.history.filter((award) => !known.has(award.id))]);
        this.nextCursor.set(page.nextCursor);
        this.loadingMore.set(false);
      },
      error: (err: unknown) => {
        this.loadingMore.set(false);
        this.moreError.set(describeError(err, 'Could not load more.').message);
      },
    });
  }

  protected icon(award: PointAward): string {
    return REASON_ICONS[award.reason] ?? 'star';
  }

  protected reasonLabel(award: PointAward): string {
    return REASON_LABELS[award.reason] ?? award.reason;
  }
}
