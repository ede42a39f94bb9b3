import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { GroupSummary } from '@chorus/shared/contracts';
import { describeError, GroupsApi } from '@chorus/web/core';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@chorus/web/ui';
import { filter } from 'rxjs';
import { GroupFormDialog, GroupFormDialogData } from './group-form.dialog';
import { GroupMembersDialog, GroupMembersDialogData } from './group-members.dialog';

const DIALOG_SIZE = { width: '520px', maxWidth: 'calc(100vw - 32px)' };

@Component({
  selector: 'chorus-groups-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButton,
    MatIcon,
    MatProgressBar,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  templateUrl: './groups-admin.page.html',
  styleUrl: './groups-admin.page.scss',
})
export class GroupsAdminPage implements OnInit {
  private readonly api = inject(GroupsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly refreshing = signal(false);
  protected readonly error = signal('');
  protected readonly groups = signal<GroupSummary[]>([]);
  protected readonly busyId = signal<string | null>(null);
  protected readonly sorted = computed(() => [...this.groups()].sort((a, b) => a.name.localeCompare(b.name)));

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    if (this.status() !== 'ready') this.status.set('loading');
    this.refreshing.set(true);
    this.api.list().subscribe({
      next: (groups) => {
        this.groups.set(groups);
        this.status.set('ready');
        this.refreshing.set(false);
      },
      error: (err: unknown) => {
        this.refreshing.set(false);
        this.error.set(describeError(err).message);
        this.status.set('error');
      },
    });
  }

  protected create(): void {
    this.openForm({}).subscribe((group) => {
      this.groups.update((groups) => [...groups, group]);
      this.snackBar.open(`Created ${group.name}.`, undefined, { duration: 4000 });
    });
  }

  protected edit(group: GroupSummary): void {
    this.openForm({ group }).subscribe((saved) => {
      // Keep the member count we know if the response leaves it out.
      this.groups.update((groups) => groups.map((g) => (g.id === saved.id ? { ...g, ...saved } : g)));
      this.snackBar.open(`Saved ${saved.name}.`, undefined, { duration: 4000 });
    });
  }

  protected manageMembers(group: GroupSummary): void {
    this.dialog
      .open<GroupMembersDialog, GroupMembersDialogData, boolean>(GroupMembersDialog, {
        width: '720px',
        maxWidth: 'calc(100vw - 32px)',
        data: { group },
        disableClose: true,
      })
      .afterClosed()
      .pipe(filter((changed) => changed === true))
      .subscribe(() => this.load());
  }

  protected remove(group: GroupSummary): void {
    const members = group.memberCount === 1 ? '1 member' : `${group.memberCount} members`;
    confirmAction(this.dialog, {
      title: `Delete ${group.name}?`,
      message: `The group is removed for good. Its ${members} keep their accounts; they are only no longer in this group.`,
      confirmLabel: 'Delete group',
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.busyId.set(group.id);
        this.api.delete(group.id).subscribe({
          next: () => {
            this.busyId.set(null);
            this.groups.update((groups) => groups.filter((g) => g.id !== group.id));
            this.snackBar.open(`Deleted ${group.name}.`, undefined, { duration: 4000 });
          },
          error: (err: unknown) => {
            this.busyId.set(null);
            this.snackBar.open(describeError(err, 'Could not delete the group.').message, 'Dismiss', {
              duration: 8000,
            });
          },
        });
      });
  }

  private openForm(data: GroupFormDialogData) {
    return this.dialog
      .open<GroupFormDialog, GroupFormDialogData, GroupSummary>(GroupFormDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .pipe(filter((group): group is GroupSummary => !!group));
  }
}
