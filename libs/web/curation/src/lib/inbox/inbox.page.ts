import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { ContentAction, ContentItemSummary, SourceView, Topic } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { CurationApi } from '../curation.api';
import { bulkMessage } from '../shared/bulk-result';

export const INBOX_PAGE_SIZE = 20;

/** New items from the sources: accept one as a draft (and edit it) or dismiss it; several at once too. */
@Component({
  selector: 'chorus-inbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatIcon,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  templateUrl: './inbox.page.html',
  styleUrl: './inbox.page.scss',
})
export class InboxPage implements OnInit {
  private readonly api = inject(CurationApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly items = signal<ContentItemSummary[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadingMore = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());

  protected readonly sources = signal<SourceView[]>([]);
  protected readonly topics = signal<Topic[]>([]);
  protected readonly sourceId = signal('');
  protected readonly topicId = signal('');

  protected readonly selectedCount = computed(() => this.selected().size);
  protected readonly allSelected = computed(
    () => this.items().length > 0 && this.items().every((item) => this.selected().has(item.id)),
  );
  protected readonly someSelected = computed(() => this.selectedCount() > 0 && !this.allSelected());
  protected readonly filtered = computed(() => !!this.sourceId() || !!this.topicId());

  ngOnInit(): void {
    this.api.sources().subscribe({ next: (sources) => this.sources.set(sources), error: () => undefined });
    this.api.topics().subscribe({ next: (topics) => this.topics.set(topics), error: () => undefined });
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.selected.set(new Set());
    this.api.list(this.query()).subscribe({
      next: (page) => {
        this.items.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err).message);
      },
    });
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.api.list({ ...this.query(), cursor }).subscribe({
      next: (page) => {
        const known = new Set(this.items().map((item) => item.id));
        this.items.update((items) => [...items, ...page.items.filter((item) => !known.has(item.id))]);
        this.nextCursor.set(page.nextCursor);
        this.loadingMore.set(false);
      },
      error: (err: unknown) => {
        this.loadingMore.set(false);
        this.problem.set(describeError(err, 'Could not load more items.').message);
      },
    });
  }

  protected setSource(value: string): void {
    this.sourceId.set(value);
    this.load();
  }

  protected setTopic(value: string): void {
    this.topicId.set(value);
    this.load();
  }

  protected toggle(id: string, checked: boolean): void {
    this.selected.update((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected toggleAll(checked: boolean): void {
    this.selected.set(checked ? new Set(this.items().map((item) => item.id)) : new Set());
  }

  /** Accept opens the new draft in the editor; dismiss takes the item off the list. */
  protected act(item: ContentItemSummary, action: 'accept' | 'dismiss'): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.transition(item.id, action).subscribe({
      next: (updated) => {
        this.busy.set(false);
        if (action === 'accept') {
          void this.router.navigate(['/curation/content', updated.id]);
          return;
        }
        this.remove([item.id]);
        this.snackBar.open(`Dismissed “${item.title}”`, undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(err, 'That did not work. Please try again.').message);
      },
    });
  }

  protected bulk(action: Extract<ContentAction, 'accept' | 'dismiss'>): void {
    const ids = this.items()
      .filter((item) => this.selected().has(item.id))
      .map((item) => item.id);
    if (ids.length === 0 || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.bulk({ ids, action }).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.remove(result.succeeded);
        const message = bulkMessage(action, result);
        if (result.failed.length) this.problem.set(message);
        else this.snackBar.open(message, undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(err, 'That did not work. Please try again.').message);
      },
    });
  }

  private remove(ids: readonly string[]): void {
    const gone = new Set(ids);
    this.items.update((items) => items.filter((item) => !gone.has(item.id)));
    this.selected.update((current) => new Set([...current].filter((id) => !gone.has(id))));
  }

  private query() {
    return {
      state: 'new' as const,
      sourceId: this.sourceId() || undefined,
      topicId: this.topicId() || undefined,
      limit: INBOX_PAGE_SIZE,
    };
  }
}
