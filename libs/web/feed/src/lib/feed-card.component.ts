import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { FeedItem } from '@chorus/shared/contracts';
import { networkLabel } from '@chorus/web/ui';

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
            <a [href]="item().url" target="_blank" rel="noopener noreferrer">{{ item().title }}</a>
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
        </div>
      </div>
    </article>
  `,
  styleUrl: './feed-card.component.scss',
})
export class FeedCardComponent {
  readonly item = input.required<FeedItem>();
  protected readonly expanded = signal(false);
  protected readonly texts = computed(() =>
    this.expanded() ? this.item().suggestedTexts : this.item().suggestedTexts.slice(0, 1),
  );
  protected label = networkLabel;
}
