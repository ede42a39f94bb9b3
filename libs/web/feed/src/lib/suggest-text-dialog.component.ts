import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { FeedItem, NETWORK_NAMES, NetworkName, TextSuggestion } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { networkLabel } from '@chorus/web/ui';
import { FeedApi } from './feed.api';

export interface SuggestTextDialogData {
  item: Pick<FeedItem, 'id' | 'title' | 'suggestedTexts'>;
}

const TEXT_MAX = 3000;

/** The advocate proposes a better suggested text for one network; the curators see it with the item. */
@Component({
  selector: 'chorus-suggest-text-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
  ],
  template: `
    <h2 mat-dialog-title>Suggest a better text</h2>
    <mat-dialog-content>
      <p class="about">For “{{ data.item.title }}”. The curators review it.</p>
      @if (error(); as message) {
        <p class="form-error" role="alert" data-testid="suggest-text-error">{{ message }}</p>
      }
      <mat-form-field class="full">
        <mat-label>Network</mat-label>
        <mat-select [value]="network()" (valueChange)="pick($event)" data-testid="suggest-text-network">
          @for (option of networks; track option) {
            <mat-option [value]="option">{{ label(option) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field class="full">
        <mat-label>Your text</mat-label>
        <textarea matInput rows="6" [maxlength]="textMax" [(ngModel)]="text" data-testid="suggest-text-text"></textarea>
        <mat-hint align="end">{{ text.length }} / {{ textMax }}</mat-hint>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="!text.trim() || saving()"
        (click)="send()"
        data-testid="suggest-text-save"
      >
        {{ saving() ? 'Sending…' : 'Send suggestion' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .about {
      margin: 0 0 12px;
      overflow-wrap: anywhere;
    }
    .full {
      width: 100%;
    }
  `,
})
export class SuggestTextDialogComponent {
  protected readonly data = inject<SuggestTextDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(FeedApi);
  private readonly ref = inject<MatDialogRef<SuggestTextDialogComponent, TextSuggestion>>(MatDialogRef);

  protected readonly networks = NETWORK_NAMES;
  protected readonly textMax = TEXT_MAX;
  protected readonly label = networkLabel;
  protected readonly network = signal<NetworkName>(this.data.item.suggestedTexts[0]?.network ?? 'linkedin');
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Starts from the curators' text for the network, so the advocate edits rather than starts over. */
  protected text = this.existing(this.network());

  protected pick(network: NetworkName): void {
    const untouched = this.text === this.existing(this.network());
    this.network.set(network);
    if (untouched) this.text = this.existing(network);
  }

  protected send(): void {
    const text = this.text.trim();
    if (!text || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.api.suggestText({ contentItemId: this.data.item.id, network: this.network(), text }).subscribe({
      next: (suggestion) => {
        this.saving.set(false);
        this.ref.close(
          suggestion ?? ({ id: '', contentItemId: this.data.item.id, network: this.network(), text } as TextSuggestion),
        );
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.error.set(describeError(err, 'Could not send your suggestion.').message);
      },
    });
  }

  private existing(network: NetworkName): string {
    return this.data.item.suggestedTexts.find((text) => text.network === network)?.text ?? '';
  }
}
