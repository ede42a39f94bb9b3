import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatChipGrid, MatChipInput, MatChipRemove, MatChipRow } from '@angular/material/chips';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption } from '@angular/material/select';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { GroupMember, GroupSummary, UserSummary } from '@chorus/shared/contracts';
import { describeError, GroupsApi } from '@chorus/web/core';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  RoleChipsComponent,
  StatusBadgeComponent,
} from '@chorus/web/ui';
import { catchError, debounceTime, filter, map, of, startWith, switchMap } from 'rxjs';
import { UsersApi } from '../users/users.api';

export interface GroupMembersDialogData {
  group: GroupSummary;
}

/** Lists a group's members, adds people found by search, removes members. Closes with `true` on change. */
@Component({
  selector: 'chorus-group-members-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatFormField,
    MatLabel,
    MatHint,
    MatChipGrid,
    MatChipRow,
    MatChipRemove,
    MatChipInput,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    MatButton,
    MatIconButton,
    MatIcon,
    MatProgressSpinner,
    LoadingStateComponent,
    ErrorStateComponent,
    RoleChipsComponent,
    StatusBadgeComponent,
  ],
  templateUrl: './group-members.dialog.html',
  styleUrl: './group-members.dialog.scss',
})
export class GroupMembersDialog implements OnInit {
  private readonly groupsApi = inject(GroupsApi);
  private readonly usersApi = inject(UsersApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly dialogRef = inject<MatDialogRef<GroupMembersDialog, boolean>>(MatDialogRef);
  protected readonly group = inject<GroupMembersDialogData>(MAT_DIALOG_DATA).group;

  protected readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly error = signal('');
  protected readonly members = signal<GroupMember[]>([]);
  protected readonly toAdd = signal<UserSummary[]>([]);
  protected readonly adding = signal(false);
  protected readonly removingId = signal<string | null>(null);
  protected readonly search = new FormControl<string | UserSummary>('', { nonNullable: true });
  private changed = false;

  private readonly found = toSignal(
    this.search.valueChanges.pipe(
      startWith(''),
      filter((value): value is string => typeof value === 'string'),
      debounceTime(250),
      switchMap((text) =>
        this.usersApi.list(text.trim() ? { search: text.trim() } : {}).pipe(catchError(() => of<UserSummary[]>([]))),
      ),
      map((users) => users.filter((user) => user.status !== 'deactivated')),
    ),
    { initialValue: [] as UserSummary[] },
  );
  protected readonly suggestions = computed(() => {
    const taken = new Set([...this.members().map((m) => m.id), ...this.toAdd().map((u) => u.id)]);
    return this.found()
      .filter((user) => !taken.has(user.id))
      .slice(0, 20);
  });

  ngOnInit(): void {
    this.load();
    this.dialogRef
      .backdropClick()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.close());
  }

  protected load(): void {
    this.status.set('loading');
    this.groupsApi.members(this.group.id).subscribe({
      next: (members) => {
        this.members.set([...members].sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email)));
        this.status.set('ready');
      },
      error: (err: unknown) => {
        this.error.set(describeError(err).message);
        this.status.set('error');
      },
    });
  }

  protected select(event: MatAutocompleteSelectedEvent, input: HTMLInputElement): void {
    const user = event.option.value as UserSummary;
    this.toAdd.update((list) => (list.some((u) => u.id === user.id) ? list : [...list, user]));
    input.value = '';
    this.search.setValue('');
  }

  protected unselect(user: UserSummary): void {
    this.toAdd.update((list) => list.filter((u) => u.id !== user.id));
  }

  protected add(): void {
    const userIds = this.toAdd().map((user) => user.id);
    if (!userIds.length || this.adding()) return;
    this.adding.set(true);
    this.groupsApi.addMembers(this.group.id, { userIds }).subscribe({
      next: () => {
        this.adding.set(false);
        this.changed = true;
        this.toAdd.set([]);
        this.snackBar.open(
          `Added ${userIds.length} ${userIds.length === 1 ? 'person' : 'people'} to ${this.group.name}.`,
          undefined,
          { duration: 4000 },
        );
        // Re-read rather than trust the response shape: the list is the server's truth.
        this.load();
      },
      error: (err: unknown) => {
        this.adding.set(false);
        this.snackBar.open(describeError(err, 'Could not add the members.').message, 'Dismiss', { duration: 8000 });
      },
    });
  }

  protected remove(member: GroupMember): void {
    this.removingId.set(member.id);
    this.groupsApi.removeMember(this.group.id, member.id).subscribe({
      next: () => {
        this.removingId.set(null);
        this.changed = true;
        this.members.update((list) => list.filter((m) => m.id !== member.id));
        this.snackBar.open(`Removed ${member.name || member.email} from ${this.group.name}.`, undefined, {
          duration: 4000,
        });
      },
      error: (err: unknown) => {
        this.removingId.set(null);
        this.snackBar.open(describeError(err, 'Could not remove the member.').message, 'Dismiss', {
          duration: 8000,
        });
      },
    });
  }

  protected label(user: UserSummary): string {
    return user.name ? `${user.name} (${user.email})` : user.email;
  }

  protected close(): void {
    this.dialogRef.close(this.changed);
  }
}
