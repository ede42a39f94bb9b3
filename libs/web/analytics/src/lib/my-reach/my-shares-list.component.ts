import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MetricsAvailability, NetworkName, ShareReachRow } from '@chorus/shared/contracts';
import { NetworkMarkComponent, networkLabel } from '@chorus/web/ui';
import { NOT_AVAILABLE, relativeTime } from '../shared/format';
import { ReachCountPipe } from '../shared/pipes';

/** The advocate's published shares, each with what it earned and a link to the live post. */
@Component({
  selector: 'chorus-my-shares-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatIcon, NetworkMarkComponent, ReachCountPipe],
  template: `
    <!-- Why a network's figures are missing, said once above the list rather than on every post of it. -->
    @for (note of unavailableNotes(); track note.network) {
      <p class="note unavailable" [attr.data-testid]="'my-reach-unavailable-' + note.network">
        {{ note.label }} impressions and engagements: {{ notAvailable }} — {{ note.reason }}
      </p>
    }
    <ul class="list" aria-label="Your shares" data-testid="my-reach-shares-list">
      @for (share of shares(); track share.shareId) {
        <li class="share" data-testid="my-reach-share" [attr.data-network]="share.network">
          <div class="top">
            <chorus-network-mark [network]="share.network" [size]="20" [labelled]="true" />
            <div class="what">
              <p class="title">{{ share.title ?? 'Your own post' }}</p>
              <p class="when">Published on {{ label(share.network) }} {{ share.publishedAt | date: 'mediumDate' }}</p>
            </div>
            @if (share.postUrl) {
              <a
                class="post-link"
                [href]="share.postUrl"
                target="_blank"
                rel="noopener noreferrer"
                data-testid="my-reach-post-link"
              >
                View post<span class="visually-hidden"> on {{ label(share.network) }} (opens in a new tab)</span>
                <mat-icon svgIcon="open_in_new" aria-hidden="true" />
              </a>
            }
          </div>
          <dl class="figures">
            <div>
              <dt>Clicks</dt>
              <dd data-testid="my-reach-share-clicks">{{ share.clicks | reachCount }}</dd>
            </div>
            <div>
              <dt>Unique</dt>
              <dd>{{ share.uniqueClicks | reachCount }}</dd>
            </div>
            <div>
              <dt>Impressions</dt>
              <dd
                [class.na]="share.impressions === null"
                [attr.title]="share.impressions === null ? reasonFor(share.network) : null"
              >
                {{ share.impressions | reachCount }}
              </dd>
            </div>
            <div>
              <dt>Engagements</dt>
              <dd
                [class.na]="share.engagements === null"
                [attr.title]="share.engagements === null ? reasonFor(share.network) : null"
              >
                {{ share.engagements | reachCount }}
              </dd>
            </div>
          </dl>
          @if (share.metricsAt) {
            <p class="note">Network figures read {{ ago(share.metricsAt) }}</p>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr));
      gap: 8px;
    }
    .share {
      padding: 12px;
      border-radius: var(--mat-sys-corner-medium);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .top {
      display: flex;
      align-items: flex-start;
      gap: 10px;
    }
    .what {
      flex: 1;
      min-width: 0;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .when,
    .note {
      margin: 2px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .post-link {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      white-space: nowrap;
      font: var(--mat-sys-label-large);
      mat-icon {
        width: 16px;
        height: 16px;
      }
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 8px;
      margin: 10px 0 0;
      dt {
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-label-small);
      }
      dd {
        margin: 0;
        font: var(--mat-sys-title-small);
        font-variant-numeric: tabular-nums;
      }
      dd.na {
        font: var(--mat-sys-body-small);
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .note.unavailable {
      margin: 0 0 12px;
    }
    @media (max-width: 599.98px) {
      .share {
        padding: 10px;
      }
      /* The title gets the whole row; "View post" goes beneath it instead of squeezing it. */
      .top {
        flex-wrap: wrap;
        row-gap: 6px;
      }
      .what {
        flex-basis: calc(100% - 30px);
      }
      .post-link {
        margin-left: 30px;
      }
      .figures {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
  `,
})
export class MySharesListComponent {
  readonly shares = input.required<readonly ShareReachRow[]>();
  readonly availability = input<readonly MetricsAvailability[]>([]);

  protected readonly label = networkLabel;
  protected readonly notAvailable = NOT_AVAILABLE;
  protected readonly ago = (iso: string) => relativeTime(iso);

  /** One line per network of the listed shares that reports no post metrics, with the reason. */
  protected readonly unavailableNotes = computed(() => {
    const networks = [...new Set(this.shares().map((share) => share.network))];
    return networks.flatMap((network) => {
      const reason = this.reasonFor(network);
      return reason ? [{ network, label: networkLabel(network), reason }] : [];
    });
  });

  protected reasonFor(network: NetworkName): string | null {
    const entry = this.availability().find((a) => a.network === network);
    return entry && !entry.available ? (entry.reason ?? `${networkLabel(network)} does not report metrics`) : null;
  }
}
