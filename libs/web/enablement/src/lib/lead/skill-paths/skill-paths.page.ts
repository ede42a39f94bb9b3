import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSlideToggle, MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { SkillPath, SkillPathSummary } from '@chorus/shared/contracts';
import { describeError, GroupsApi, Remote } from '@chorus/web/core';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@chorus/web/ui';
import { filter, switchMap } from 'rxjs';
import { EnablementLeadApi } from '../enablement-lead.api';
import { formatDate, plural } from '../shared/labels';
import { NewPathDialog, NewPathDialogData } from './new-path.dialog';
import { toDefinition } from './path-definition';
import { SkillPathsTabsComponent } from './skill-paths-tabs.component';

/** /skill-paths — the paths, whom each is rolled out to, and whether it runs. */
@Component({
  selector: 'chorus-skill-paths-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButton,
    MatIconButton,
    MatIcon,
    MatProgressBar,
    MatSlideToggle,
    MatTooltip,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    SkillPathsTabsComponent,
  ],
  templateUrl: './skill-paths.page.html',
  styleUrl: './skill-paths.page.scss',
})
export class SkillPathsPage implements OnInit {
  private readonly api = inject(EnablementLeadApi);
  private readonly groupsApi = inject(GroupsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  protected readonly paths = new Remote<SkillPathSummary[]>('Could not load the skill paths.');
  protected readonly groups = signal<Array<{ id: string; name: string }>>([]);
  protected readonly busyId = signal<string | null>(null);
  private readonly groupNames = computed(() => new Map(this.groups().map((g) => [g.id, g.name])));
  protected readonly plural = plural;
  protected readonly date = formatDate;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.paths.destroy());
  }

  ngOnInit(): void {
    this.load();
    this.groupsApi.list().subscribe({ next: (groups) => this.groups.set(groups), error: () => this.groups.set([]) });
  }

  protected load(): void {
    this.paths.load(() => this.api.paths());
  }

  protected rollout(path: SkillPathSummary): string {
    if (!path.groupIds.length) return 'Everyone';
    return path.groupIds.map((id) => this.groupNames().get(id) ?? 'Unknown group').join(', ');
  }

  protected create(): void {
    this.dialog
      .open<NewPathDialog, NewPathDialogData, SkillPath>(NewPathDialog, {
        data: { groups: this.groups() },
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter((path): path is SkillPath => !!path))
      .subscribe((path) => {
        this.snackBar.open(`Created “${path.name}”`, undefined, { duration: 4000 });
        void this.router.navigate(['/skill-paths', path.id]);
      });
  }

  /** The list has no definition: read the path, flip `active`, and put it back. */
  protected setActive(path: SkillPathSummary, change: MatSlideToggleChange): void {
    this.busyId.set(path.id);
    this.api
      .path(path.id)
      .pipe(switchMap((full) => this.api.updatePath(path.id, { ...toDefinition(full), active: change.checked })))
      .subscribe({
        next: (saved) => {
          this.busyId.set(null);
          this.replace(path.id, { active: saved.active, updatedAt: saved.updatedAt });
          this.snackBar.open(saved.active ? `“${path.name}” is active` : `“${path.name}” is paused`, undefined, {
            duration: 4000,
          });
        },
        error: (err: unknown) => {
          this.busyId.set(null);
          change.source.checked = path.active;
          this.snackBar.open(describeError(err, 'Could not change the path.').message, 'Dismiss', { duration: 8000 });
        },
      });
  }

  protected remove(path: SkillPathSummary): void {
    confirmAction(this.dialog, {
      title: `Delete “${path.name}”?`,
      message: `${plural(path.advocateCount, 'advocate')} lose the path and their progress on it. This cannot be undone.`,
      confirmLabel: 'Delete path',
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busyId.set(path.id);
          return this.api.deletePath(path.id);
        }),
      )
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.paths.set((this.paths.value() ?? []).filter((p) => p.id !== path.id));
          this.snackBar.open(`Deleted “${path.name}”`, undefined, { duration: 4000 });
        },
        error: (err: unknown) => {
          this.busyId.set(null);
          this.snackBar.open(describeError(err, 'Could not delete the path.').message, 'Dismiss', { duration: 8000 });
        },
      });
  }

  private replace(id: string, patch: Partial<SkillPathSummary>): void {
    this.paths.set((this.paths.value() ?? []).map((p) => (p.id === id ? { ...p, ...patch } : p)));
  }
}
