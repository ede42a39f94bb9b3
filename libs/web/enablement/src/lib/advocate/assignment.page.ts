import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AssignmentDetail } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { AdvocateEnablementApi } from './enablement.api';
import { renderMarkdown } from './markdown';
import {
  assignmentProgressText,
  GOAL_ACTIONS,
  GOAL_DESCRIPTIONS,
  goalRoute,
  LEARNING_TYPE_ICONS,
  LEARNING_TYPE_LABELS,
  progressPercent,
} from './path-view';
import { ProfileChecklistComponent } from './profile-checklist.component';

/** /learning/assignments/:id — a tutorial, video or webinar to work through, or a practice goal explained. */
@Component({
  selector: 'chorus-assignment-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    MatIcon,
    MatProgressBar,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    ProfileChecklistComponent,
  ],
  template: `
    <a mat-button routerLink="/learning" class="back" data-testid="assignment-back">
      <mat-icon svgIcon="arrow_back" aria-hidden="true" />
      Back to learning
    </a>
    @if (loading()) {
      <chorus-loading-state label="Loading…" />
    } @else if (loadError(); as message) {
      <chorus-error-state heading="Could not load this assignment" [message]="message" (retry)="load()" />
    } @else if (item(); as item) {
      <chorus-page-header [heading]="item.title" [subtitle]="item.levelName + ' · ' + item.stepName" />
      <div class="meta">
        @if (item.kind === 'learning') {
          <span class="type" data-testid="assignment-type">
            <mat-icon [svgIcon]="typeIcons[item.learningType ?? 'tutorial']" aria-hidden="true" />
            {{ typeLabels[item.learningType ?? 'tutorial'] }}
          </span>
        } @else {
          <span class="type" data-testid="assignment-type"
            ><mat-icon svgIcon="timeline" aria-hidden="true" />Practice goal</span
          >
        }
        <span class="state" data-testid="assignment-state">
          <mat-icon [svgIcon]="item.done ? 'check_circle' : 'schedule'" aria-hidden="true" />
          {{ item.done ? 'Done' : 'Not done yet' }}
        </span>
      </div>

      @if (error(); as message) {
        <p class="action-error" role="alert">{{ message }}</p>
      }

      @if (item.kind === 'learning') {
        @if (item.url) {
          <a
            mat-flat-button
            class="watch"
            [href]="item.url"
            target="_blank"
            rel="noopener noreferrer"
            data-testid="assignment-link"
          >
            <mat-icon [svgIcon]="item.learningType === 'tutorial' ? 'open_in_new' : 'play_circle'" aria-hidden="true" />
            {{ linkLabel() }}
            <span class="visually-hidden">(opens in a new tab)</span>
          </a>
        }
        @if (body()) {
          <div class="markdown" data-testid="assignment-body" [innerHTML]="body()"></div>
        }
        <div class="actions">
          <button
            mat-stroked-button
            type="button"
            [disabled]="saving()"
            (click)="toggleDone()"
            [attr.data-testid]="item.done ? 'assignment-undo' : 'assignment-done'"
          >
            <mat-icon [svgIcon]="item.done ? 'refresh' : 'check'" aria-hidden="true" />
            {{ item.done ? 'Undo' : 'Mark done' }}
          </button>
        </div>
      } @else {
        <section class="practice" aria-label="What is measured">
          @if (item.goal) {
            <p class="measured" data-testid="assignment-measured">
              {{ goalDescriptions[item.goal] }}
              {{
                item.goal === 'complete_profile'
                  ? 'Tick what your profile already has; each tick is saved at once.'
                  : 'This counts by itself from what you do — nothing to tick.'
              }}
            </p>
          }
          <p class="progress-text" data-testid="assignment-progress">{{ progressText(item) }}</p>
          <mat-progress-bar
            mode="determinate"
            [value]="percent(item.progress, item.target)"
            [attr.aria-label]="'Progress: ' + progressText(item)"
          />
          @if (body()) {
            <div class="markdown" data-testid="assignment-body" [innerHTML]="body()"></div>
          }
          @if (item.goal === 'complete_profile') {
            <chorus-profile-checklist (saved)="checklistSaved($event)" />
          } @else if (item.goal === 'create_posts') {
            <a mat-stroked-button routerLink="/learning" data-testid="assignment-go"
              >Suggest content from your learning page</a
            >
          } @else if (item.goal) {
            <a mat-stroked-button [routerLink]="goRoute()" data-testid="assignment-go">
              {{ goalActions[item.goal] }}
              <mat-icon iconPositionEnd svgIcon="chevron_right" aria-hidden="true" />
            </a>
          }
        </section>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 820px;
    }
    .back {
      margin: 0 0 12px -8px;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin: -12px 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .type,
    .state {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      mat-icon {
        width: 20px;
        height: 20px;
      }
    }
    .watch {
      margin-bottom: 16px;
    }
    .markdown {
      overflow-wrap: anywhere;
      line-height: 1.6;
      :is(h2, h3, h4, h5, h6) {
        margin: 1.2em 0 0.4em;
      }
      p,
      ul,
      ol {
        margin: 0 0 0.8em;
      }
    }
    .actions {
      margin-top: 16px;
    }
    .practice {
      display: flex;
      flex-direction: column;
      gap: 12px;
      align-items: flex-start;
      mat-progress-bar {
        max-width: 420px;
      }
    }
    .measured,
    .progress-text {
      margin: 0;
    }
    chorus-profile-checklist {
      align-self: stretch;
      max-width: 560px;
    }
    .action-error {
      margin: 0 0 16px;
      color: var(--mat-sys-error);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class AssignmentPage implements OnInit {
  private readonly api = inject(AdvocateEnablementApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly item = signal<AssignmentDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  private id = '';

  protected readonly body = computed(() => renderMarkdown(this.item()?.bodyMarkdown));
  protected readonly linkLabel = computed(() => {
    switch (this.item()?.learningType) {
      case 'webinar':
        return 'Join the webinar';
      case 'video':
      case 'recording':
        return 'Watch';
      default:
        return 'Open the link';
    }
  });
  protected readonly goRoute = computed(() => {
    const item = this.item();
    return item ? this.router.parseUrl(goalRoute(item, null)) : '/learning';
  });

  protected readonly typeLabels = LEARNING_TYPE_LABELS;
  protected readonly typeIcons = LEARNING_TYPE_ICONS;
  protected readonly goalDescriptions = GOAL_DESCRIPTIONS;
  protected readonly goalActions = GOAL_ACTIONS;
  protected readonly progressText = assignmentProgressText;
  protected readonly percent = progressPercent;

  ngOnInit(): void {
    this.route.paramMap.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((params) => {
      this.id = params.get('id') ?? '';
      this.load();
    });
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.assignment(this.id).subscribe({
      next: (item) => {
        this.item.set(item);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load this assignment.').message);
      },
    });
  }

  protected toggleDone(): void {
    const item = this.item();
    if (!item || item.kind !== 'learning' || this.saving()) return;
    const undo = item.done;
    this.saving.set(true);
    this.error.set(null);
    (undo ? this.api.undoDone(item.id) : this.api.markDone(item.id)).subscribe({
      next: () => {
        this.saving.set(false);
        this.item.set({ ...item, done: !undo, progress: undo ? 0 : 1 });
        if (!undo) this.snackBar.open(`Marked “${item.title}” done`, undefined, { duration: 3000 });
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.error.set(describeError(err, undo ? 'Could not undo.' : 'Could not mark it done.').message);
      },
    });
  }

  protected checklistSaved(confirmed: number): void {
    const item = this.item();
    if (!item) return;
    const progress = Math.min(confirmed, item.target ?? confirmed);
    this.item.set({ ...item, progress, done: item.target !== null && progress >= item.target });
  }
}
