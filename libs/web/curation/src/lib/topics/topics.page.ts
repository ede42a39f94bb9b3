import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Topic } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@chorus/web/ui';
import { CurationApi } from '../curation.api';

/** The topics content is tagged with, and advocates filter by. */
@Component({
  selector: 'chorus-topics-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    MatIconButton,
    MatIcon,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  template: `
    <chorus-page-header heading="Topics" subtitle="Tag content with topics; advocates filter their feed by them." />
    <form [formGroup]="form" (ngSubmit)="add()" novalidate class="add" data-testid="topic-form">
      <mat-form-field>
        <mat-label>New topic</mat-label>
        <input matInput formControlName="name" autocomplete="off" data-testid="topic-name" />
        @if (form.controls.name.hasError('required')) {
          <mat-error>Enter a name.</mat-error>
        } @else if (form.controls.name.hasError('maxlength')) {
          <mat-error>Use at most 60 characters.</mat-error>
        } @else if (form.controls.name.hasError('server')) {
          <mat-error data-testid="topic-name-error">{{ form.controls.name.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="adding()" data-testid="topic-add">
        <mat-icon svgIcon="add" aria-hidden="true" />
        Add topic
      </button>
    </form>
    @if (problem(); as message) {
      <p class="problem" role="alert">{{ message }}</p>
    }
    @if (loading()) {
      <chorus-loading-state label="Loading topics…" />
    } @else if (loadError(); as message) {
      <chorus-error-state heading="Could not load the topics" [message]="message" (retry)="load()" />
    } @else if (sorted().length === 0) {
      <chorus-empty-state icon="label" heading="No topics yet" message="Add topics like “Product”, “Culture” or “Hiring”." />
    } @else {
      <ul class="topics" aria-label="Topics">
        @for (topic of sorted(); track topic.id) {
          <li class="topic" [attr.data-testid]="'topic-' + topic.id">
            <mat-icon class="icon" svgIcon="label" aria-hidden="true" />
            <span class="name">{{ topic.name }}</span>
            <span class="count">{{ topic.itemCount }} {{ topic.itemCount === 1 ? 'item' : 'items' }}</span>
            <button mat-icon-button type="button" (click)="remove(topic)" [attr.aria-label]="'Delete topic ' + topic.name" data-testid="topic-delete">
              <mat-icon svgIcon="delete" aria-hidden="true" />
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 12px;
      mat-form-field {
        flex: 0 1 320px;
      }
      button {
        margin-top: 10px;
      }
    }
    .problem {
      color: var(--mat-sys-error);
    }
    .topics {
      list-style: none;
      margin: 8px 0 0;
      padding: 0;
      max-width: 640px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .topic {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 4px 0 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .icon {
      color: var(--mat-sys-primary);
    }
    .name {
      flex: 1;
      min-width: 0;
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .count {
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
  `,
})
export class TopicsPage implements OnInit {
  private readonly api = inject(CurationApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly topics = signal<Topic[]>([]);
  protected readonly sorted = computed(() => [...this.topics()].sort((a, b) => a.name.localeCompare(b.name)));
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly adding = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(60)]],
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.topics().subscribe({
      next: (topics) => {
        this.topics.set(topics);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err).message);
      },
    });
  }

  protected add(): void {
    if (this.adding()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.adding.set(true);
    this.problem.set(null);
    this.api.createTopic(this.form.getRawValue().name.trim()).subscribe({
      next: (topic) => {
        this.adding.set(false);
        this.topics.update((topics) => [...topics, topic]);
        this.form.reset();
      },
      error: (err: unknown) => {
        this.adding.set(false);
        const info = describeError(err, 'Could not add the topic.');
        if (info.status === 409 && !info.fields['name']) info.fields['name'] = info.message;
        const unmatched = applyFieldErrors(this.form, info.fields);
        if (!Object.keys(info.fields).length || unmatched.length) this.problem.set(unmatched[0] ?? info.message);
      },
    });
  }

  protected remove(topic: Topic): void {
    confirmAction(this.dialog, {
      title: 'Delete topic?',
      message: `Delete “${topic.name}”? It is removed from ${topic.itemCount} ${topic.itemCount === 1 ? 'item' : 'items'}; the items stay.`,
      confirmLabel: 'Delete',
      destructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.api.deleteTopic(topic.id).subscribe({
        next: () => {
          this.topics.update((topics) => topics.filter((item) => item.id !== topic.id));
          this.snackBar.open(`Deleted ${topic.name}`, undefined, { duration: 4000 });
        },
        error: (err: unknown) => this.problem.set(describeError(err, 'Could not delete the topic.').message),
      });
    });
  }
}
