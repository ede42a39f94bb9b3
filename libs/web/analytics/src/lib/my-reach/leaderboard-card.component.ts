import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { Leaderboard, LEADERBOARD_PERIODS, LeaderboardPeriod } from '@chorus/shared/contracts';
import { ErrorStateComponent, LoadingStateComponent } from '@chorus/web/ui';
import { formatCount, longDay } from '../shared/format';

const PERIOD_LABELS: Readonly<Record<LeaderboardPeriod, string>> = {
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
};

/**
 * The caller's group ranked by clicks earned: period toggle, group picker when they have several, their own
 * row highlighted, and whether their name shows on it.
 */
@Component({
  selector: 'chorus-leaderboard-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonToggleGroup,
    MatButtonToggle,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatIcon,
    MatProgressBar,
    MatSlideToggle,
    LoadingStateComponent,
    ErrorStateComponent,
  ],
  templateUrl: './leaderboard-card.component.html',
  styleUrl: './leaderboard-card.component.scss',
  host: { role: 'region', 'aria-labelledby': 'leaderboard-title', 'data-testid': 'leaderboard' },
})
export class LeaderboardCardComponent {
  readonly leaderboard = input<Leaderboard | null>(null);
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly period = input<LeaderboardPeriod>('month');
  readonly showName = input<boolean | null>(null);
  readonly savingPreference = input(false);

  readonly periodChange = output<LeaderboardPeriod>();
  readonly groupChange = output<string>();
  readonly showNameChange = output<boolean>();
  readonly retry = output<void>();

  protected readonly periods = LEADERBOARD_PERIODS;
  protected readonly periodLabels = PERIOD_LABELS;
  protected readonly count = formatCount;
  protected readonly day = longDay;
}
