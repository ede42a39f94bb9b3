import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';

/** Move up, move down and remove for one entry of a list in the path editor (level, step or assignment). */
@Component({
  selector: 'chorus-order-controls',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconButton, MatIcon, MatTooltip],
  template: `
    <button
      mat-icon-button
      type="button"
      [disabled]="first()"
      (click)="moved.emit(-1)"
      [attr.aria-label]="'Move ' + noun() + ' up'"
      matTooltip="Move up"
    >
      <mat-icon svgIcon="expand_less" aria-hidden="true" />
    </button>
    <button
      mat-icon-button
      type="button"
      [disabled]="last()"
      (click)="moved.emit(1)"
      [attr.aria-label]="'Move ' + noun() + ' down'"
      matTooltip="Move down"
    >
      <mat-icon svgIcon="expand_more" aria-hidden="true" />
    </button>
    <button
      mat-icon-button
      type="button"
      (click)="removed.emit()"
      [attr.aria-label]="'Remove ' + noun()"
      [matTooltip]="'Remove ' + noun()"
      [attr.data-testid]="noun() + '-remove'"
    >
      <mat-icon svgIcon="delete" aria-hidden="true" />
    </button>
  `,
  // The buttons sit in the parent's flex row as if they were its own.
  styles: ':host { display: contents; }',
})
export class OrderControlsComponent {
  /** What the entry is called in labels and the remove button's test id: `level`, `step`, `assignment`. */
  readonly noun = input.required<string>();
  readonly first = input(false);
  readonly last = input(false);
  /** -1 = up, 1 = down. */
  readonly moved = output<-1 | 1>();
  readonly removed = output<void>();
}
