import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatTableModule } from '@angular/material/table';
import { AuditEvent } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { EmptyStateComponent, ErrorStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { AuditApi } from './audit.api';

export const AUDIT_PAGE_SIZE = 50;

/** Compact one-line rendering of an event's details for the table; the full JSON is in the tooltip. */
export function formatDetails(details: Record<string, unknown> | null | undefined): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}

@Component({
  selector: 'chorus-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatTableModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatPrefix,
    MatInput,
    MatIcon,
    MatButton,
    MatProgressBar,
    MatProgressSpinner,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
  ],
  templateUrl: './audit.page.html',
  styleUrl: './audit.page.scss',
})
export class AuditPage implements OnInit {
  private readonly api = inject(AuditApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['at', 'actor', 'action', 'target', 'details'];
  protected readonly action = new FormControl('', { nonNullable: true });
  protected readonly events = signal<AuditEvent[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadingMore = signal(false);
  protected readonly loaded = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly moreError = signal<string | null>(null);
  protected readonly formatDetails = formatDetails;
  /** Guards against an older first-page answer overwriting a newer filter's results. */
  private generation = 0;

  ngOnInit(): void {
    this.action.valueChanges
      .pipe(
        debounceTime(350),
        map((value) => value.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => this.reload());
    this.reload();
  }

  protected reload(): void {
    const generation = ++this.generation;
    this.loading.set(true);
    this.error.set(null);
    this.moreError.set(null);
    this.api.page({ action: this.action.value.trim() || undefined, limit: AUDIT_PAGE_SIZE }).subscribe({
      next: (page) => {
        if (generation !== this.generation) return;
        this.events.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.loading.set(false);
        this.loaded.set(true);
      },
      error: (err: unknown) => {
        if (generation !== this.generation) return;
        this.loading.set(false);
        this.error.set(describeError(err).message);
      },
    });
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    const generation = this.generation;
    this.loadingMore.set(true);
    this.moreError.set(null);
    this.api
      .page({ action: this.action.value.trim() || undefined, cursor, limit: AUDIT_PAGE_SIZE })
      .subscribe({
        next: (page) => {
          this.loadingMore.set(false);
          if (generation !== this.generation) return;
          const seen = new Set(this.events().map((event) => event.id));
          this.events.update((events) => [...events, ...page.items.filter((event) => !seen.has(event.id))]);
          this.nextCursor.set(page.nextCursor);
        },
        error: (err: unknown) => {
          this.loadingMore.set(false);
          this.moreError.set(describeError(err).message);
        },
      });
  }

  protected filterBy(action: string): void {
    this.action.setValue(action);
  }

  protected detailsTitle(event: AuditEvent): string {
    return JSON.stringify(event.details ?? {}, null, 2);
  }
}
