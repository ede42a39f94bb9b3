import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink, UrlTree } from '@angular/router';
import { AssignmentProgress, ContentSuggestion, LevelProgress, StepProgress } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { AmbassadorsCardComponent } from './ambassadors-card.component';
import { AdvocateEnablementApi, MyPathView } from './enablement.api';
import {
  assignmentProgressText,
  doneCount,
  GOAL_ACTIONS,
  GOAL_DESCRIPTIONS,
  goalRoute,
  LEARNING_TYPE_ICONS,
  LEARNING_TYPE_LABELS,
  lockNote,
  progressPercent,
  STEP_STATE_ICONS,
  STEP_STATE_LABELS,
  StepState,
  stepStates,
  unlockSentence,
} from './path-view';
import { SuggestContentDialog } from './suggest-content.dialog';

export const SUGGESTION_SENT = 'Sent to the curators for review';

/** /learning — the advocate's skill path: levels, steps, assignments, what they unlock, and ambassadors. */
@Component({
  selector: 'chorus-learning-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    MatIcon,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    AmbassadorsCardComponent,
  ],
  templateUrl: './learning.page.html',
  styleUrl: './learning.page.scss',
})
export class LearningPage implements OnInit {
  private readonly api = inject(AdvocateEnablementApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  protected readonly data = signal<MyPathView | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  private readonly pathId = signal<string | undefined>(undefined);

  protected readonly states = computed(() => stepStates(this.data()?.levels ?? []));
  protected readonly suggest = computed(() => {
    const state = this.data()?.capabilities.find((capability) => capability.capability === 'suggest_content');
    // Without a step that unlocks it, every advocate may suggest content.
    return { unlocked: state?.unlocked ?? true, note: lockNote(state, 'suggest_content') };
  });
  protected readonly available = computed(() => this.data()?.available ?? []);

  protected readonly stateLabels = STEP_STATE_LABELS;
  protected readonly stateIcons = STEP_STATE_ICONS;
  protected readonly typeLabels = LEARNING_TYPE_LABELS;
  protected readonly typeIcons = LEARNING_TYPE_ICONS;
  protected readonly goalDescriptions = GOAL_DESCRIPTIONS;
  protected readonly goalActions = GOAL_ACTIONS;
  protected readonly progressText = assignmentProgressText;
  protected readonly percent = progressPercent;
  protected readonly unlockSentence = unlockSentence;
  protected readonly doneCount = doneCount;

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.myPath(this.pathId()).subscribe({
      next: (data) => {
        this.data.set(data);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load your learning path.').message);
      },
    });
  }

  protected choosePath(pathId: string): void {
    this.pathId.set(pathId);
    this.load();
  }

  protected state(step: StepProgress): StepState {
    return this.states().get(step.id) ?? 'todo';
  }

  protected levelSummary(level: LevelProgress): string {
    if (level.complete) return 'Complete';
    const done = level.steps.filter((step) => step.complete).length;
    return `${done} of ${level.steps.length} ${level.steps.length === 1 ? 'step' : 'steps'} complete`;
  }

  /** Where each practice goal is worked on, parsed once per load (a route may carry a query). */
  private readonly routes = computed(() => {
    const data = this.data();
    const routes = new Map<string, UrlTree>();
    for (const level of data?.levels ?? [])
      for (const step of level.steps)
        for (const a of step.assignments)
          if (a.kind === 'practice') routes.set(a.id, this.router.parseUrl(goalRoute(a, data?.next ?? null)));
    return routes;
  });

  protected goTo(assignment: AssignmentProgress): UrlTree {
    return this.routes().get(assignment.id) ?? this.router.parseUrl(goalRoute(assignment, null));
  }

  protected isBusy(id: string): boolean {
    return this.busy().has(id);
  }

  protected toggleDone(assignment: AssignmentProgress): void {
    if (assignment.kind !== 'learning' || this.isBusy(assignment.id)) return;
    const undo = assignment.done;
    this.setBusy(assignment.id, true);
    this.actionError.set(null);
    (undo ? this.api.undoDone(assignment.id) : this.api.markDone(assignment.id)).subscribe({
      next: () => {
        this.setBusy(assignment.id, false);
        this.patch(assignment.id, !undo);
        this.refresh();
      },
      error: (err: unknown) => {
        this.setBusy(assignment.id, false);
        const what = undo ? 'undo' : 'mark as done';
        this.actionError.set(describeError(err, `Could not ${what} “${assignment.title}”.`).message);
      },
    });
  }

  protected suggestContent(): void {
    if (!this.suggest().unlocked) return;
    this.dialog
      .open<SuggestContentDialog, void, ContentSuggestion>(SuggestContentDialog, {
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .subscribe((sent) => {
        if (sent) this.snackBar.open(SUGGESTION_SENT, undefined, { duration: 4000 });
      });
  }

  /** Shows the change at once; the reload then brings step completion and unlocks from the server. */
  private patch(id: string, done: boolean): void {
    const data = this.data();
    if (!data) return;
    this.data.set({
      ...data,
      levels: data.levels.map((level) => ({
        ...level,
        steps: level.steps.map((step) => ({
          ...step,
          assignments: step.assignments.map((a) => (a.id === id ? { ...a, done, progress: done ? 1 : 0 } : a)),
        })),
      })),
    });
  }

  /** Reloads quietly: the page stays as it is while the new progress arrives. */
  private refresh(): void {
    this.api.myPath(this.pathId()).subscribe({
      next: (data) => this.data.set(data),
      error: () => undefined,
    });
  }

  private setBusy(id: string, on: boolean): void {
    this.busy.update((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}
