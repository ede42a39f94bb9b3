import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { ShareView } from '@chorus/shared/contracts';
import { FindingsListComponent } from '@chorus/web/guidelines';
import { NetworkMarkComponent, networkLabel } from '@chorus/web/ui';
import { formatWhen } from '../time';
import { stateLabel } from './share-states';

export type ShareAction = 'edit' | 'reschedule' | 'cancel' | 'retry' | 'confirm-yes' | 'confirm-no';

/** One share in My posts: where, what, its state and time, and what the advocate can do about it. */
@Component({
  selector: 'chorus-share-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButton, MatIcon, NetworkMarkComponent, FindingsListComponent],
  template: `
    @let s = share();
    <article class="row" [attr.aria-labelledby]="'share-' + s.id + '-title'">
      <chorus-network-mark [network]="s.network" [size]="32" [labelled]="true" />
      <div class="body">
        <div class="top">
          <h3 class="title" [id]="'share-' + s.id + '-title'">
            {{ s.contentItem?.title || 'Your ' + network() + ' post' }}
          </h3>
          <span class="badge" [class]="'badge state-' + s.state" data-testid="share-state">{{ state() }}</span>
        </div>
        <p class="text" data-testid="share-text">{{ excerpt() }}</p>
        <p class="meta">
          <time [attr.datetime]="when().at">{{ when().label }}</time>
          @if (s.account) {
            <span aria-hidden="true">·</span>
            <span>{{ network() }} {{ s.account.handle }}</span>
          }
        </p>

        @if (s.failure && (s.state === 'failed' || s.state === 'needs_reconnect')) {
          <div class="failure" role="note" data-testid="share-failure">
            <mat-icon svgIcon="error_outline" aria-hidden="true" />
            <span>{{ s.failure.message }}</span>
          </div>
          @if (s.failure.findings?.length) {
            <chorus-findings-list
              [findings]="s.failure.findings ?? []"
              [showClause]="true"
              [disabled]="true"
              label="Guideline findings that stopped this post"
            />
          }
        }
        @if (s.state === 'outcome_unknown') {
          @if (s.needsConfirmation) {
            <p class="question" [id]="'share-' + s.id + '-question'">
              Chorus could not tell whether this went out. Did this appear on your profile?
            </p>
          } @else {
            <p class="muted" data-testid="share-checking">Checking with {{ network() }}…</p>
          }
        }

        <div class="actions">
          @switch (s.state) {
            @case ('scheduled') {
              <button mat-button type="button" [disabled]="busy()" (click)="act.emit('edit')" data-testid="share-edit">
                <mat-icon svgIcon="edit" aria-hidden="true" />Edit text
              </button>
              <button
                mat-button
                type="button"
                [disabled]="busy()"
                (click)="act.emit('reschedule')"
                data-testid="share-reschedule"
              >
                <mat-icon svgIcon="schedule" aria-hidden="true" />Reschedule
              </button>
              <button
                mat-button
                type="button"
                class="danger"
                [disabled]="busy()"
                (click)="act.emit('cancel')"
                data-testid="share-cancel"
              >
                <mat-icon svgIcon="close" aria-hidden="true" />Cancel
              </button>
            }
            @case ('published') {
              @if (s.postUrl) {
                <a
                  mat-button
                  [href]="s.postUrl"
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="share-view-post"
                >
                  <mat-icon svgIcon="open_in_new" aria-hidden="true" />View post<span class="visually-hidden">
                    on {{ network() }} (opens in a new tab)</span
                  >
                </a>
              }
            }
            @case ('failed') {
              <button
                mat-stroked-button
                type="button"
                [disabled]="busy()"
                (click)="act.emit('retry')"
                data-testid="share-retry"
              >
                <mat-icon svgIcon="refresh" aria-hidden="true" />Retry
              </button>
            }
            @case ('needs_reconnect') {
              <a mat-stroked-button routerLink="/connections" data-testid="share-reconnect">
                <mat-icon svgIcon="link" aria-hidden="true" />Reconnect {{ network() }}
              </a>
              <button
                mat-button
                type="button"
                [disabled]="busy()"
                (click)="act.emit('retry')"
                data-testid="share-retry"
              >
                <mat-icon svgIcon="refresh" aria-hidden="true" />Retry
              </button>
            }
            @case ('outcome_unknown') {
              @if (s.needsConfirmation) {
                <div class="answer" role="group" [attr.aria-labelledby]="'share-' + s.id + '-question'">
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busy()"
                    (click)="act.emit('confirm-yes')"
                    data-testid="share-confirm-yes"
                  >
                    Yes, it appeared
                  </button>
                  <button
                    mat-button
                    type="button"
                    [disabled]="busy()"
                    (click)="act.emit('confirm-no')"
                    data-testid="share-confirm-no"
                  >
                    No
                  </button>
                </div>
              }
            }
          }
        </div>
      </div>
    </article>
  `,
  styleUrl: './share-row.component.scss',
  host: { 'data-testid': 'share-row', '[attr.data-state]': 'share().state', '[attr.data-network]': 'share().network' },
})
export class ShareRowComponent {
  readonly share = input.required<ShareView>();
  readonly busy = input(false);
  readonly act = output<ShareAction>();

  protected readonly network = computed(() => networkLabel(this.share().network));
  protected readonly state = computed(() => stateLabel(this.share()));
  protected readonly excerpt = computed(() => {
    const text = this.share().text.trim();
    return text.length > 280 ? `${text.slice(0, 279)}…` : text;
  });
  protected readonly when = computed(() => {
    const s = this.share();
    switch (s.state) {
      case 'published':
        return { at: s.publishedAt ?? s.scheduledAt, label: `Published ${formatWhen(s.publishedAt ?? s.scheduledAt)}` };
      case 'scheduled':
        return s.dueAt && s.dueAt !== s.scheduledAt && new Date(s.dueAt) > new Date(s.scheduledAt)
          ? { at: s.dueAt, label: `Scheduled for ${formatWhen(s.scheduledAt)} · next try ${formatWhen(s.dueAt)}` }
          : { at: s.scheduledAt, label: `Scheduled for ${formatWhen(s.scheduledAt)}` };
      case 'publishing':
        return { at: s.scheduledAt, label: `Posting now (due ${formatWhen(s.scheduledAt)})` };
      case 'cancelled':
        return { at: s.updatedAt, label: `Cancelled ${formatWhen(s.updatedAt)}` };
      default:
        return { at: s.scheduledAt, label: `Was due ${formatWhen(s.scheduledAt)}` };
    }
  });
}
