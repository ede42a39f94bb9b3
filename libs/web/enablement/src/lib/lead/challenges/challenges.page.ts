import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Challenge } from '@chorus/shared/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { EnablementLeadApi } from '../enablement-lead.api';
import { ChallengeActions } from './challenge-actions';
import { ChallengeCardComponent } from './challenge-card.component';
import { minuteClock } from './now';
import { Remote } from '@chorus/web/core';

/** /challenges — what runs now, what is coming and who won; leads and admins create and edit them. */
@Component({
  selector: 'chorus-challenges-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    ChallengeCardComponent,
  ],
  template: `
    <chorus-page-header heading="Challenges" subtitle="Friendly competitions with a prize: share, earn clicks, win." />
    @if (canManage) {
      <div class="toolbar">
        <button mat-flat-button type="button" (click)="create()" data-testid="new-challenge">
          <mat-icon svgIcon="add" aria-hidden="true" /> New challenge
        </button>
      </div>
    }
    @if (list.error(); as message) {
      <chorus-error-state heading="Could not load the challenges" [message]="message" (retry)="load()" />
    } @else if (list.value(); as all) {
      @if (list.loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading" />
      }
      @if (all.length === 0) {
        <chorus-empty-state
          icon="emoji_events"
          heading="No challenges yet"
          [message]="
            canManage ? 'Start one: pick a goal, a prize and a period.' : 'Your leads have not started a challenge yet.'
          "
        />
      }
      @for (section of sections(); track section.key) {
        @if (section.items.length) {
          <section
            [attr.aria-labelledby]="'challenges-' + section.key"
            [attr.data-testid]="'challenges-' + section.key"
          >
            <h2 [id]="'challenges-' + section.key">{{ section.title }}</h2>
            <div class="cards">
              @for (c of section.items; track c.id) {
                <chorus-challenge-card
                  [challenge]="c"
                  [now]="now()"
                  [canManage]="canManage"
                  (edit)="edit($event)"
                  (remove)="remove($event)"
                />
              }
            </div>
          </section>
        }
      }
    } @else {
      <chorus-loading-state label="Loading the challenges…" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .toolbar {
      display: flex;
      justify-content: flex-end;
      margin-bottom: 16px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 16px 0 12px;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
      gap: 16px;
    }
  `,
})
export class ChallengesPage implements OnInit {
  private readonly api = inject(EnablementLeadApi);
  private readonly actions = inject(ChallengeActions);

  protected readonly canManage = this.actions.canManage();
  protected readonly now = minuteClock();
  protected readonly list = new Remote<Challenge[]>('Could not load the challenges.');
  protected readonly sections = computed(() => {
    const all = this.list.value() ?? [];
    const byStart = (a: Challenge, b: Challenge) => a.startsAt.localeCompare(b.startsAt);
    return [
      { key: 'running', title: 'Running', items: all.filter((c) => c.state === 'running').sort(byStart) },
      { key: 'upcoming', title: 'Upcoming', items: all.filter((c) => c.state === 'scheduled').sort(byStart) },
      {
        key: 'ended',
        title: 'Ended',
        items: all.filter((c) => c.state === 'ended').sort((a, b) => b.endsAt.localeCompare(a.endsAt)),
      },
    ];
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.list.destroy());
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.list.load(() => this.api.challenges());
  }

  protected create(): void {
    this.actions.open().subscribe(() => this.load());
  }

  protected edit(challenge: Challenge): void {
    this.actions.open(challenge).subscribe(() => this.load());
  }

  protected remove(challenge: Challenge): void {
    this.actions.remove(challenge).subscribe({
      next: () => this.list.set((this.list.value() ?? []).filter((c) => c.id !== challenge.id)),
      error: () => undefined,
    });
  }
}
