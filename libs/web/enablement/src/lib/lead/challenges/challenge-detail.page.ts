import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Challenge } from '@chorus/shared/contracts';
import { ErrorStateComponent, LoadingStateComponent } from '@chorus/web/ui';
import { EnablementLeadApi } from '../enablement-lead.api';
import { formatCount } from '../shared/labels';
import { ChallengeActions } from './challenge-actions';
import { ChallengeCardComponent } from './challenge-card.component';
import { minuteClock } from './now';
import { Remote } from '@chorus/web/core';

/** /challenges/:id — one challenge with its full standings. */
@Component({
  selector: 'chorus-challenge-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButton, MatIcon, LoadingStateComponent, ErrorStateComponent, ChallengeCardComponent],
  template: `
    <p class="back"><a routerLink="/challenges">← All challenges</a></p>
    @if (challenge.error(); as message) {
      <chorus-error-state heading="Could not load the challenge" [message]="message" (retry)="challenge.retry()" />
    } @else if (challenge.value(); as c) {
      <chorus-challenge-card
        [challenge]="c"
        [now]="now()"
        [limit]="0"
        [canManage]="canManage"
        (edit)="edit($event)"
        (remove)="remove($event)"
      />
      @if (c.description) {
        <p class="description">{{ c.description }}</p>
      }
      <h2>{{ c.state === 'ended' ? 'Final standings' : 'Standings' }}</h2>
      @if (c.standings.length) {
        <ol class="standings" data-testid="challenge-standings">
          @for (s of c.standings; track $index) {
            <li [class.me]="s.isMe" [class.anonymous]="s.anonymous">
              <span class="rank">{{ s.rank }}</span>
              <span class="name">{{ s.name }}{{ s.isMe ? ' (you)' : '' }}</span>
              <span class="score">{{ count(s.score) }}</span>
            </li>
          }
        </ol>
      } @else {
        <p class="muted">{{ c.state === 'scheduled' ? 'It has not started yet.' : 'Nobody has scored yet.' }}</p>
      }
      @if (canManage) {
        <p class="manage">
          <button mat-stroked-button type="button" (click)="edit(c)">
            <mat-icon svgIcon="edit" aria-hidden="true" /> Edit
          </button>
        </p>
      }
    } @else {
      <chorus-loading-state label="Loading the challenge…" />
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 720px;
    }
    .back {
      margin: 0 0 12px;
    }
    .description {
      white-space: pre-line;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 20px 0 8px;
    }
    .standings {
      list-style: none;
      margin: 0;
      padding: 0;
      li {
        display: flex;
        gap: 12px;
        padding: 8px 12px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .me {
        background: var(--mat-sys-primary-container);
        font-weight: 600;
      }
      .anonymous .name {
        font-style: italic;
      }
    }
    .rank {
      width: 2em;
      text-align: right;
    }
    .name {
      flex: 1;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ChallengeDetailPage implements OnInit {
  private readonly api = inject(EnablementLeadApi);
  private readonly actions = inject(ChallengeActions);
  private readonly router = inject(Router);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly canManage = this.actions.canManage();
  protected readonly now = minuteClock();
  protected readonly count = formatCount;
  protected readonly challenge = new Remote<Challenge>('Could not load the challenge.');

  constructor() {
    inject(DestroyRef).onDestroy(() => this.challenge.destroy());
  }

  ngOnInit(): void {
    this.challenge.load(() => this.api.challenge(this.id));
  }

  protected edit(challenge: Challenge): void {
    this.actions.open(challenge).subscribe((saved) => this.challenge.set(saved));
  }

  protected remove(challenge: Challenge): void {
    this.actions.remove(challenge).subscribe({
      next: () => void this.router.navigate(['/challenges']),
      error: () => undefined,
    });
  }
}
