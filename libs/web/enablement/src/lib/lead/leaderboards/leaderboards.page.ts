import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { MatSlideToggle, MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PointsLeaderboard, PointsPeriod, POINTS_PERIODS } from '@chorus/shared/contracts';
import { AuthStore, describeError, Remote } from '@chorus/web/core';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { EnablementLeadApi } from '../enablement-lead.api';
import { formatCount, formatDate, PERIOD_LABELS } from '../shared/labels';

/** /leaderboards — points per group and period; advocates may hide their name. */
@Component({
  selector: 'chorus-leaderboards-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonToggleGroup,
    MatButtonToggle,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatProgressBar,
    MatSlideToggle,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  templateUrl: './leaderboards.page.html',
  styleUrl: './leaderboards.page.scss',
})
export class LeaderboardsPage implements OnInit {
  private readonly api = inject(EnablementLeadApi);
  private readonly auth = inject(AuthStore);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly periods = POINTS_PERIODS;
  protected readonly periodLabels = PERIOD_LABELS;
  protected readonly count = formatCount;
  protected readonly date = formatDate;

  protected readonly board = new Remote<PointsLeaderboard>('Could not load the leaderboard.');
  protected readonly period = signal<PointsPeriod>('week');
  protected readonly groupId = signal<string | null>(null);
  /** Only advocates and curators appear on leaderboards, so only they have the preference. */
  protected readonly hasPreference = computed(() => this.auth.hasAnyRole(['advocate', 'curator']));
  protected readonly showName = signal<boolean | null>(null);
  protected readonly savingPreference = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.board.destroy());
  }

  ngOnInit(): void {
    this.load();
    if (this.hasPreference()) {
      this.api.preference().subscribe({
        next: (p) => this.showName.set(p.showOnLeaderboards),
        error: () => this.showName.set(null),
      });
    }
  }

  protected load(): void {
    this.board.load(() => this.api.leaderboard({ period: this.period(), groupId: this.groupId() ?? undefined }));
  }

  protected setPeriod(period: PointsPeriod): void {
    this.period.set(period);
    this.load();
  }

  protected setGroup(groupId: string): void {
    this.groupId.set(groupId);
    this.load();
  }

  protected setShowName(change: MatSlideToggleChange): void {
    const before = this.showName();
    this.showName.set(change.checked);
    this.savingPreference.set(true);
    this.api.setPreference({ showOnLeaderboards: change.checked }).subscribe({
      next: (saved) => {
        this.savingPreference.set(false);
        this.showName.set(saved.showOnLeaderboards);
        this.snackBar.open(
          saved.showOnLeaderboards ? 'Your name shows on leaderboards' : 'You show as “Anonymous advocate” to others',
          undefined,
          { duration: 4000 },
        );
        this.load();
      },
      error: (err: unknown) => {
        this.savingPreference.set(false);
        this.showName.set(before);
        change.source.checked = before ?? true;
        this.snackBar.open(describeError(err, 'Could not save your leaderboard preference.').message, 'Dismiss', {
          duration: 8000,
        });
      },
    });
  }
}
