import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { Leaderboard, LeaderboardPeriod, MyReach } from '@chorus/shared/contracts';
import { describeError, Remote } from '@chorus/web/core';
import { AnalyticsApi } from '../analytics.api';
import { DayRange } from '../shared/date-range';

/** An advocate's own reach, their group's leaderboard and whether their name shows on it. */
@Injectable()
export class MyReachStore {
  private readonly api = inject(AnalyticsApi);

  readonly reach = new Remote<MyReach>('Could not load your reach.');
  readonly leaderboard = new Remote<Leaderboard>('Could not load the leaderboard.');
  readonly period = signal<LeaderboardPeriod>('month');
  /** The group picked on the leaderboard (null: the server's default, the caller's first group). */
  readonly groupId = signal<string | null>(null);
  /** Null until the reach has loaded. */
  readonly showName = signal<boolean | null>(null);
  readonly savingPreference = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.reach.destroy();
      this.leaderboard.destroy();
    });
  }

  loadReach(range: DayRange): void {
    this.reach.load(() => this.api.myReach(range));
  }

  loadLeaderboard(): void {
    this.leaderboard.load(() => this.api.leaderboard({ period: this.period(), groupId: this.groupId() ?? undefined }));
  }

  setPeriod(period: LeaderboardPeriod): void {
    this.period.set(period);
    this.loadLeaderboard();
  }

  setGroup(groupId: string): void {
    this.groupId.set(groupId);
    this.loadLeaderboard();
  }

  /**
   * Saves whether the caller's name shows on leaderboards. The toggle moves at once and moves back if
   * the server refuses; resolves with null on success or the message to show.
   */
  setShowName(show: boolean, done: (error: string | null) => void): void {
    const before = this.showName();
    this.showName.set(show);
    this.savingPreference.set(true);
    this.api.setLeaderboardPreference({ showOnLeaderboards: show }).subscribe({
      next: (saved) => {
        this.savingPreference.set(false);
        this.showName.set(saved.showOnLeaderboards);
        this.loadLeaderboard();
        done(null);
      },
      error: (err: unknown) => {
        this.savingPreference.set(false);
        this.showName.set(before);
        done(describeError(err, 'Could not save your leaderboard preference.').message);
      },
    });
  }
}
