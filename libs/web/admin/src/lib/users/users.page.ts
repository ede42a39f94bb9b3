import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import {
  GroupSummary,
  InvitationCreated,
  Role,
  ROLES,
  UserListQuery,
  UserStatus,
  USER_STATUSES,
  UserSummary,
} from '@chorus/shared/contracts';
import { AuthStore, describeError, GroupsApi } from '@chorus/web/core';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  PageHeaderComponent,
  ROLE_LABELS,
  RoleChipsComponent,
  STATUS_LABELS,
  StatusBadgeComponent,
} from '@chorus/web/ui';
import { catchError, debounceTime, filter, map, merge, of, startWith, Subject, switchMap } from 'rxjs';
import { EditUserDialog, EditUserDialogData } from './edit-user.dialog';
import { InviteLinkDialog } from './invite-link.dialog';
import { InviteUserDialog, InviteUserDialogData } from './invite-user.dialog';
import { UsersApi } from './users.api';

type LoadResult = { ok: true; users: UserSummary[] } | { ok: false; message: string };

const DIALOG_SIZE = { width: '560px', maxWidth: 'calc(100vw - 32px)' };

@Component({
  selector: 'chorus-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatTableModule,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatIconButton,
    MatIcon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatProgressBar,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    RoleChipsComponent,
    StatusBadgeComponent,
  ],
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
})
export class UsersPage implements OnInit {
  private readonly api = inject(UsersApi);
  private readonly groupsApi = inject(GroupsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly reload$ = new Subject<void>();

  protected readonly columns = ['user', 'roles', 'groups', 'status', 'lastLoginAt', 'actions'];
  protected readonly roles = ROLES;
  protected readonly statuses = USER_STATUSES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;

  protected readonly filters = inject(NonNullableFormBuilder).group({
    search: [''],
    status: ['' as UserStatus | ''],
    role: ['' as Role | ''],
    groupId: [''],
  });

  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly users = signal<UserSummary[] | null>(null);
  protected readonly groups = signal<GroupSummary[]>([]);
  protected readonly busyUserId = signal<string | null>(null);
  protected readonly filtered = signal(false);
  protected readonly me = computed(() => this.auth.user()?.id);

  ngOnInit(): void {
    this.groupsApi.list().subscribe({ next: (groups) => this.groups.set(groups), error: () => this.groups.set([]) });

    // Typing in the search box waits a moment; switching a select, or "Try again", reloads at once.
    const search$ = this.filters.controls.search.valueChanges.pipe(debounceTime(300));
    const selects$ = merge(
      this.filters.controls.status.valueChanges,
      this.filters.controls.role.valueChanges,
      this.filters.controls.groupId.valueChanges,
    );
    merge(search$, selects$, this.reload$)
      .pipe(
        startWith(null),
        map(() => this.query()),
        switchMap((query) => {
          this.loading.set(true);
          return this.api.list(query).pipe(
            map((users): LoadResult => ({ ok: true, users })),
            catchError((err: unknown) => of<LoadResult>({ ok: false, message: describeError(err).message })),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((result) => {
        this.loading.set(false);
        if (result.ok) {
          this.error.set(null);
          this.users.set(result.users);
          this.filtered.set(Object.keys(this.query()).length > 0);
        } else {
          this.error.set(result.message);
        }
      });
  }

  protected reload(): void {
    this.reload$.next();
  }

  protected clearFilters(): void {
    this.filters.reset({ search: '', status: '', role: '', groupId: '' });
  }

  protected invite(): void {
    this.dialog
      .open<InviteUserDialog, InviteUserDialogData, boolean>(InviteUserDialog, {
        ...DIALOG_SIZE,
        data: { groups: this.groups() },
        disableClose: true,
      })
      .afterClosed()
      .pipe(filter((invited) => invited === true))
      .subscribe(() => this.reload());
  }

  protected edit(user: UserSummary): void {
    this.dialog
      .open<EditUserDialog, EditUserDialogData, UserSummary>(EditUserDialog, {
        ...DIALOG_SIZE,
        data: { user, groups: this.groups() },
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.replace(updated);
        this.snackBar.open(`Saved ${updated.name || updated.email}.`, undefined, { duration: 4000 });
      });
  }

  protected resendInvite(user: UserSummary): void {
    this.busyUserId.set(user.id);
    this.api.resendInvite(user.id).subscribe({
      next: (created) => {
        this.busyUserId.set(null);
        this.replace(created.user);
        this.dialog.open<InviteLinkDialog, InvitationCreated>(InviteLinkDialog, { ...DIALOG_SIZE, data: created });
      },
      error: (err: unknown) => this.fail(err, 'Could not send the invitation again.'),
    });
  }

  protected deactivate(user: UserSummary): void {
    const who = user.name || user.email;
    confirmAction(this.dialog, {
      title: `Deactivate ${who}?`,
      message: `${who} will be signed out and can no longer sign in. Their history is kept, and you can reactivate them later.`,
      confirmLabel: 'Deactivate',
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.busyUserId.set(user.id);
        this.api.deactivate(user.id).subscribe({
          next: (updated) => this.done(updated, `${who} was deactivated.`),
          error: (err: unknown) => this.fail(err, `Could not deactivate ${who}.`),
        });
      });
  }

  protected reactivate(user: UserSummary): void {
    const who = user.name || user.email;
    confirmAction(this.dialog, {
      title: `Reactivate ${who}?`,
      message: `${who} will be able to sign in again with their roles and groups.`,
      confirmLabel: 'Reactivate',
    })
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.busyUserId.set(user.id);
        this.api.reactivate(user.id).subscribe({
          next: (updated) => this.done(updated, `${who} was reactivated.`),
          error: (err: unknown) => this.fail(err, `Could not reactivate ${who}.`),
        });
      });
  }

  protected groupNames(user: UserSummary): string[] {
    return user.groups.map((group) => group.name);
  }

  private query(): UserListQuery {
    const { search, status, role, groupId } = this.filters.getRawValue();
    return {
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(status ? { status } : {}),
      ...(role ? { role } : {}),
      ...(groupId ? { groupId } : {}),
    };
  }

  private replace(updated: UserSummary): void {
    this.users.update((users) => users?.map((user) => (user.id === updated.id ? updated : user)) ?? null);
  }

  private done(updated: UserSummary, message: string): void {
    this.busyUserId.set(null);
    this.replace(updated);
    this.snackBar.open(message, undefined, { duration: 4000 });
  }

  private fail(err: unknown, fallback: string): void {
    this.busyUserId.set(null);
    this.snackBar.open(describeError(err, fallback).message, 'Dismiss', { duration: 8000 });
  }
}
