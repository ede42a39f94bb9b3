import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { GroupMember, GroupSummary } from '@chorus/shared/contracts';
import { describeError, GroupsApi } from '@chorus/web/core';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
  RoleChipsComponent,
  StatusBadgeComponent,
} from '@chorus/web/ui';

export type GroupDirectoryView = 'audiences' | 'advocates';

interface MembersState {
  status: 'loading' | 'ready' | 'error';
  members: GroupMember[];
  error?: string;
}

const VIEWS: Record<GroupDirectoryView, { heading: string; subtitle: string; emptyMessage: string }> = {
  audiences: {
    heading: 'Audiences',
    subtitle: 'The groups you can target content at, and who is in each of them.',
    emptyMessage: 'There are no groups yet. An admin creates them under Groups; then you can target content at them.',
  },
  advocates: {
    heading: 'Advocates & groups',
    subtitle: 'Your programme by group: who is in it, their roles, status and when they last signed in.',
    emptyMessage: 'There are no groups yet. An admin creates them under Groups and invites people into them.',
  },
};

/** Groups and their members, read-only: "Audiences" for curators, "Advocates & groups" for leads. */
@Component({
  selector: 'chorus-group-directory-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatExpansionModule,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatIcon,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    RoleChipsComponent,
    StatusBadgeComponent,
  ],
  templateUrl: './group-directory.page.html',
  styleUrl: './group-directory.page.scss',
})
export class GroupDirectoryPage implements OnInit {
  private readonly api = inject(GroupsApi);

  /** Bound from the route's data. */
  readonly view = input<GroupDirectoryView>('audiences');
  protected readonly text = computed(() => VIEWS[this.view()] ?? VIEWS.audiences);

  protected readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly error = signal('');
  protected readonly groups = signal<GroupSummary[]>([]);
  protected readonly query = signal('');
  protected readonly members = signal<Record<string, MembersState>>({});

  protected readonly visibleGroups = computed(() => {
    const query = this.query().trim().toLowerCase();
    const groups = [...this.groups()].sort((a, b) => a.name.localeCompare(b.name));
    if (!query) return groups;
    return groups.filter(
      (group) => group.name.toLowerCase().includes(query) || group.description?.toLowerCase().includes(query),
    );
  });
  protected readonly totalMembers = computed(() =>
    this.groups().reduce((sum, group) => sum + (group.memberCount ?? 0), 0),
  );

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.api.list().subscribe({
      next: (groups) => {
        this.groups.set(groups);
        this.members.set({});
        this.status.set('ready');
      },
      error: (err: unknown) => {
        this.error.set(describeError(err).message);
        this.status.set('error');
      },
    });
  }

  /** Members are fetched when a group is first opened, not for every group up front. */
  protected opened(group: GroupSummary): void {
    const current = this.members()[group.id];
    if (current && current.status !== 'error') return;
    this.loadMembers(group.id);
  }

  protected loadMembers(groupId: string): void {
    this.setMembers(groupId, { status: 'loading', members: [] });
    this.api.members(groupId).subscribe({
      next: (members) =>
        this.setMembers(groupId, {
          status: 'ready',
          members: [...members].sort((a, b) => a.name.localeCompare(b.name)),
        }),
      error: (err: unknown) =>
        this.setMembers(groupId, { status: 'error', members: [], error: describeError(err).message }),
    });
  }

  protected onSearch(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  private setMembers(groupId: string, state: MembersState): void {
    this.members.update((all) => ({ ...all, [groupId]: state }));
  }
}
