import { NgTemplateOutlet } from '@angular/common';
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

/** A button that asks My posts to act on the share; its test id is `share-{action}`. */
interface ActionButton {
  action: ShareAction;
  label: string;
  icon?: string;
  appearance: 'text' | 'outlined';
  danger?: boolean;
}

const RETRY: ActionButton = { action: 'retry', label: 'Retry', icon: 'refresh', appearance: 'outlined' };

/** What the advocate can do about a share in each state (links aside). */
const ACTIONS: Partial<Record<ShareView['state'], readonly ActionButton[]>> = {
  scheduled: [
    { action: 'edit', label: 'Edit text', icon: 'edit', appearance: 'text' },
    { action: 'reschedule', label: 'Reschedule', icon: 'schedule', appearance: 'text' },
    { action: 'cancel', label: 'Cancel', icon: 'close', appearance: 'text', danger: true },
  ],
  failed: [RETRY],
  // Reconnecting comes first there; retrying is the second choice.
  needs_reconnect: [{ ...RETRY, appearance: 'text' }],
  outcome_unknown: [
    { action: 'confirm-yes', label: 'Yes, it appeared', appearance: 'outlined' },
    { action: 'confirm-no', label: 'No', appearance: 'text' },
  ],
};

/** One share in My posts: where, what, its state and time, and what the advocate can do about it. */
@Component({
  selector: 'chorus-share-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, MatButton, MatIcon, NetworkMarkComponent, FindingsListComponent],
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
          @if (s.state === 'published' && s.postUrl) {
            <a mat-button [href]="s.postUrl" target="_blank" rel="noopener noreferrer" data-testid="share-view-post">
              <mat-icon svgIcon="open_in_new" aria-hidden="true" />View post<span class="visually-hidden">
                on {{ network() }} (opens in a new tab)</span
              >
            </a>
          } @else if (s.state === 'needs_reconnect') {
            <a mat-stroked-button routerLink="/connections" data-testid="share-reconnect">
              <mat-icon svgIcon="link" aria-hidden="true" />Reconnect {{ network() }}
            </a>
          }
          @if (s.state === 'outcome_unknown') {
            @if (s.needsConfirmation) {
              <div class="answer" role="group" [attr.aria-labelledby]="'share-' + s.id + '-question'">
                <ng-container [ngTemplateOutlet]="buttons" />
              </div>
            }
          } @else {
            <ng-container [ngTemplateOutlet]="buttons" />
          }
          <ng-template #buttons>
            @for (b of actions(); track b.action) {
              <button
                [matButton]="b.appearance"
                type="button"
                [class.danger]="b.danger"
                [disabled]="busy()"
                (click)="act.emit(b.action)"
                [attr.data-testid]="'share-' + b.action"
              >
                @if (b.icon) {
                  <mat-icon [svgIcon]="b.icon" aria-hidden="true" />
                }
                {{ b.label }}
              </button>
            }
          </ng-template>
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
  protected readonly actions = computed(() => ACTIONS[this.share().state] ?? []);
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
