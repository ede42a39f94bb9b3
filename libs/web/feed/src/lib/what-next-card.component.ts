import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { NextAction } from '@chorus/shared/contracts';
import { FeedApi } from './feed.api';

/**
 * "What next" on the advocate's skill path, at the top of the feed. It stays out of the way: hidden when
 * there is no next step and when the request fails, so the feed works without enablement.
 */
@Component({
  selector: 'chorus-what-next-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, MatIcon, MatProgressBar],
  template: `
    @if (next(); as next) {
      <section class="card" aria-labelledby="what-next-title" data-testid="what-next-card">
        <mat-icon class="icon" svgIcon="school" aria-hidden="true" />
        <div class="body">
          <p class="eyebrow">What next · {{ next.levelName }} · {{ next.stepName }}</p>
          <h2 class="title" id="what-next-title" data-testid="what-next-title">{{ next.title }}</h2>
          <p class="detail" data-testid="what-next-detail">{{ next.detail }}</p>
          @if (next.target > 0) {
            <mat-progress-bar
              mode="determinate"
              [value]="percent()"
              [attr.aria-label]="next.progress + ' of ' + next.target + ' done'"
            />
          }
        </div>
        <a mat-flat-button class="go" [routerLink]="link()" data-testid="what-next-go">
          Go
          <mat-icon iconPositionEnd svgIcon="chevron_right" aria-hidden="true" />
        </a>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px 16px;
      margin-bottom: 24px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .icon {
      flex: none;
      width: 32px;
      height: 32px;
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: 4px;
      flex: 1 1 220px;
      min-width: 0;
    }
    .eyebrow {
      margin: 0;
      font: var(--mat-sys-label-medium);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .detail {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    mat-progress-bar {
      max-width: 360px;
      margin-top: 4px;
    }
    .go {
      flex: none;
    }
  `,
})
export class WhatNextCardComponent implements OnInit {
  private readonly api = inject(FeedApi);
  private readonly router = inject(Router);
  protected readonly next = signal<NextAction | null>(null);
  protected readonly percent = computed(() => {
    const next = this.next();
    if (!next || next.target <= 0) return 0;
    return Math.max(0, Math.min(100, Math.round((next.progress / next.target) * 100)));
  });
  protected readonly link = computed(() => this.router.parseUrl(this.next()?.route || '/learning'));

  ngOnInit(): void {
    this.api.nextAction().subscribe({
      next: (next) => this.next.set(next),
      error: () => this.next.set(null),
    });
  }
}
