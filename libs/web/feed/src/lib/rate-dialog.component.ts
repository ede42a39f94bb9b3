import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { FeedItem, ItemReaction, ReactionRequest } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { FeedApi } from './feed.api';

export interface RateDialogData {
  item: Pick<FeedItem, 'id' | 'title'>;
}

export const STAR_LABELS = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;
const COMMENT_MAX = 1000;

/** 1–5 stars (a radio group: arrow keys move, Space/Enter pick) and an optional comment for the curators. */
@Component({
  selector: 'chorus-rate-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatIcon,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
  ],
  template: `
    <h2 mat-dialog-title>Rate this item</h2>
    <mat-dialog-content>
      <p class="about">“{{ data.item.title }}”</p>
      @if (error(); as message) {
        <p class="form-error" role="alert" data-testid="rate-error">{{ message }}</p>
      }
      <div class="stars" role="radiogroup" aria-label="Rating">
        @for (n of stars; track n) {
          <button
            type="button"
            class="star"
            role="radio"
            [attr.aria-checked]="rating() === n"
            [attr.aria-label]="n + (n === 1 ? ' star, ' : ' stars, ') + labels[n - 1]"
            [tabIndex]="n === focusable() ? 0 : -1"
            (click)="rating.set(n)"
            (keydown)="onKey($event)"
            [attr.data-testid]="'rate-star-' + n"
          >
            <mat-icon [svgIcon]="n <= (rating() ?? 0) ? 'star' : 'star_border'" aria-hidden="true" />
          </button>
        }
        <span class="star-label" aria-hidden="true">{{
          rating() ? labels[(rating() ?? 1) - 1] : 'Pick 1 to 5 stars'
        }}</span>
      </div>
      <mat-form-field class="full">
        <mat-label>Comment (optional)</mat-label>
        <textarea
          matInput
          rows="3"
          [maxlength]="commentMax"
          [(ngModel)]="comment"
          data-testid="rate-comment"
        ></textarea>
        <mat-hint>Only the curators see it</mat-hint>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="!canSave() || saving()"
        (click)="save()"
        data-testid="rate-save"
      >
        {{ saving() ? 'Saving…' : 'Save' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .about {
      margin: 0 0 12px;
      overflow-wrap: anywhere;
    }
    .stars {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2px;
      margin-bottom: 16px;
    }
    .star {
      display: inline-flex;
      padding: 6px;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: var(--chorus-warning, #b26a00);
      cursor: pointer;
      mat-icon {
        width: 32px;
        height: 32px;
      }
      &:focus-visible {
        outline: 2px solid var(--mat-sys-primary);
      }
    }
    .star-label {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .full {
      width: 100%;
    }
  `,
})
export class RateDialogComponent {
  protected readonly data = inject<RateDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(FeedApi);
  private readonly ref = inject<MatDialogRef<RateDialogComponent, ItemReaction>>(MatDialogRef);

  protected readonly stars = [1, 2, 3, 4, 5];
  protected readonly labels = STAR_LABELS;
  protected readonly commentMax = COMMENT_MAX;
  protected readonly rating = signal<number | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected comment = '';
  /** The one star reachable with Tab (roving tab index). */
  protected readonly focusable = computed(() => this.rating() ?? 1);

  protected canSave(): boolean {
    return this.rating() !== null || this.comment.trim().length > 0;
  }

  protected onKey(event: KeyboardEvent): void {
    const current = this.rating() ?? 0;
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') next = Math.min(5, current + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') next = Math.max(1, current - 1);
    else if (event.key === 'Home') next = 1;
    else if (event.key === 'End') next = 5;
    else if (/^[1-5]$/.test(event.key)) next = Number(event.key);
    if (next === null) return;
    event.preventDefault();
    this.rating.set(next);
    const group = (event.currentTarget as HTMLElement | null)?.closest('[role="radiogroup"]');
    // Focus follows the choice, as in a native radio group.
    queueMicrotask(() => group?.querySelector<HTMLElement>(`[data-testid="rate-star-${next}"]`)?.focus());
  }

  protected save(): void {
    if (!this.canSave() || this.saving()) return;
    const request: ReactionRequest = {};
    if (this.rating() !== null) request.rating = this.rating();
    if (this.comment.trim()) request.comment = this.comment.trim();
    this.saving.set(true);
    this.error.set(null);
    this.api.react(this.data.item.id, request).subscribe({
      next: (reaction) => {
        this.saving.set(false);
        this.ref.close(
          reaction ?? {
            contentItemId: this.data.item.id,
            rating: request.rating ?? null,
            comment: request.comment ?? null,
            updatedAt: '',
          },
        );
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.error.set(describeError(err, 'Could not save your rating.').message);
      },
    });
  }
}
