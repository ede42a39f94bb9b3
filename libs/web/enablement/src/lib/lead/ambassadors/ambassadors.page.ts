import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { AmbassadorContact, AmbassadorOverview, AmbassadorProposal } from '@chorus/shared/contracts';
import { describeError, Remote } from '@chorus/web/core';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@chorus/web/ui';
import { filter, switchMap } from 'rxjs';
import { EnablementLeadApi } from '../enablement-lead.api';
import { formatCount } from '../shared/labels';

/** /ambassadors — who represents each group, and whom the system proposes (top activity + the capability). */
@Component({
  selector: 'chorus-ambassadors-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatButton,
    MatIconButton,
    MatIcon,
    MatTooltip,
    MatProgressBar,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  templateUrl: './ambassadors.page.html',
  styleUrl: './ambassadors.page.scss',
})
export class AmbassadorsPage implements OnInit {
  private readonly api = inject(EnablementLeadApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly overview = new Remote<AmbassadorOverview>('Could not load the ambassadors.');
  protected readonly groupId = signal<string>('');
  protected readonly busy = signal<string | null>(null);
  protected readonly count = formatCount;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.overview.destroy());
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.overview.load(() => this.api.ambassadors(this.groupId() || null));
  }

  protected setGroup(groupId: string): void {
    this.groupId.set(groupId);
    this.load();
  }

  protected key(row: { groupId: string; userId: string }): string {
    return `${row.groupId}/${row.userId}`;
  }

  protected make(proposal: AmbassadorProposal): void {
    this.busy.set(this.key(proposal));
    this.api.makeAmbassador(proposal.groupId, proposal.userId).subscribe({
      next: () => {
        this.busy.set(null);
        this.snackBar.open(`${proposal.name} is now an ambassador of ${proposal.groupName}`, undefined, {
          duration: 4000,
        });
        this.load();
      },
      error: (err: unknown) => {
        this.busy.set(null);
        this.snackBar.open(describeError(err, 'Could not make them an ambassador.').message, 'Dismiss', {
          duration: 8000,
        });
      },
    });
  }

  protected remove(contact: AmbassadorContact): void {
    confirmAction(this.dialog, {
      title: `Remove ${contact.name} as ambassador?`,
      message: `They stay a member of ${contact.groupName}; colleagues no longer see them as ambassador.`,
      confirmLabel: 'Remove',
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(this.key(contact));
          return this.api.removeAmbassador(contact.groupId, contact.userId);
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(null);
          this.snackBar.open(`${contact.name} is no longer an ambassador`, undefined, { duration: 4000 });
          this.load();
        },
        error: (err: unknown) => {
          this.busy.set(null);
          this.snackBar.open(describeError(err, 'Could not remove the ambassador.').message, 'Dismiss', {
            duration: 8000,
          });
        },
      });
  }
}
