import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { FeedItem, ItemReaction, TextSuggestion } from '@chorus/shared/contracts';
import { networkLabel } from '@chorus/web/ui';
import { FeedApi } from './feed.api';
import { RateDialogComponent, RateDialogData } from './rate-dialog.component';
import { SuggestTextDialogComponent, SuggestTextDialogData } from './suggest-text-dialog.component';

export const RATING_SAVED = 'Thanks — your rating was saved';
export const TEXT_SUGGESTION_SENT = 'Sent to the curators for review';

/** One item of the advocate's feed: preview, topics, suggested texts and Share (opens the composer). */
@Component({
  selector: 'chorus-feed-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButton, MatIcon],
  template: `
    <article class="card" [attr.aria-labelledby]="'feed-title-' + item().id">
      @if (item().imageUrl) {
        <img class="image" [src]="item().imageUrl" alt="" loading="lazy" />
      }
      <div class="content">
        <div class="meta">
          @if (item().featured) {
            <span class="featured" data-testid="feed-featured"><mat-icon svgIcon="star" aria-hidden="true" />Featured</span>
          }
          <span>{{ item().sourceName || 'Your comms team' }}</span>
          <span aria-hidden="true">·</span>
          <time [attr.datetime]="item().publishedAt">{{ item().publishedAt | date: 'd MMM' }}</time>
        </div>
        <h2 class="title" [id]="'feed-title-' + item().id">
          @if (item().url) {
            <a
              [href]="item().url"
              target="_blank"
              rel="noopener noreferrer"
              (click)="opened()"
              (auxclick)="opened()"
              data-testid="feed-item-read"
              >{{ item().title }}<span class="visually-hidden"> (opens in a new tab)</span></a
            >
          } @else {
            {{ item().title }}
          }
        </h2>
        @if (item().summary) {
          <p class="summary">{{ item().summary }}</p>
        }
        @if (item().topics.length) {
          <ul class="topics" aria-label="Topics">
            @for (topic of item().topics; track topic.id) {
              <li>{{ topic.name }}</li>
            }
          </ul>
        }
        @if (texts().length) {
          <section class="texts" aria-label="Suggested texts">
            @for (text of texts(); track text.id) {
              <figure class="text" data-testid="feed-suggested-text">
                <figcaption>Suggested for {{ label(text.network) }}</figcaption>
                <blockquote>{{ text.text }}</blockquote>
              </figure>
            }
            @if (item().suggestedTexts.length > 1) {
              <button mat-button type="button" class="more" (click)="expanded.set(!expanded())" [attr.aria-expanded]="expanded()" data-testid="feed-more-texts">
                <mat-icon [svgIcon]="expanded() ? 'expand_less' : 'expand_more'" aria-hidden="true" />
                {{ expanded() ? 'Fewer texts' : item().suggestedTexts.length - 1 + ' more ' + (item().suggestedTexts.length === 2 ? 'text' : 'texts') }}
              </button>
            }
          </section>
        }
        <div class="actions">
          <a
            mat-flat-button
            [routerLink]="['/compose', item().id]"
            [attr.aria-label]="'Share “' + item().title + '”'"
            data-testid="feed-share"
          >
            <mat-icon svgIcon="share" aria-hidden="true" />
            Share
          </a>
          <button
            mat-button
            type="button"
            (click)="rate()"
            [attr.aria-label]="'Rate “' + item().title + '”'"
            data-testid="feed-item-rate"
          >
            <mat-icon [svgIcon]="rating() ? 'star' : 'star_border'" aria-hidden="true" />
            {{ rating() ? rating() + ' / 5' : 'Rate' }}
          </button>
          <button
            mat-button
            type="button"
            (click)="suggestText()"
            [attr.aria-label]="'Suggest a better text for “' + item().title + '”'"
            data-testid="feed-item-suggest-text"
          >
            <mat-icon svgIcon="edit" aria-hidden="true" />
            Suggest a better text
          </button>
        </div>
      </div>
    </article>
  `,
  styleUrl: './feed-card.component.scss',
})
export class FeedCardComponent {
  private readonly api = inject(FeedApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly item = input.required<FeedItem>();
  /** The advocate's own rating, once given in this session. */
  protected readonly rating = signal<number | null>(null);
  protected readonly expanded = signal(false);
  protected readonly texts = computed(() =>
    this.expanded() ? this.item().suggestedTexts : this.item().suggestedTexts.slice(0, 1),
  );
  protected label = networkLabel;

  /** Fire-and-forget: reading counts towards the skill path, but must never get in the way of reading. */
  protected opened(): void {
    this.api.recordRead(this.item().id).subscribe({ error: () => undefined });
  }

  protected rate(): void {
    this.dialog
      .open<RateDialogComponent, RateDialogData, ItemReaction>(RateDialogComponent, {
        data: { item: this.item() },
        width: '440px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .subscribe((reaction) => {
        if (!reaction) return;
        if (reaction.rating) this.rating.set(reaction.rating);
        this.snackBar.open(RATING_SAVED, undefined, { duration: 3000 });
      });
  }

  protected suggestText(): void {
    this.dialog
      .open<SuggestTextDialogComponent, SuggestTextDialogData, TextSuggestion>(SuggestTextDialogComponent, {
        data: { item: this.item() },
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .subscribe((suggestion) => {
        if (suggestion) this.snackBar.open(TEXT_SUGGESTION_SENT, undefined, { duration: 3000 });
      });
  }
}
