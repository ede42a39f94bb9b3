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
import { SelectablePagedList } from '../shared/selectable-paged-list';

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

  private readonly list = new SelectablePagedList<ContentItemSummary>((cursor) =>
    this.api.list({ ...this.query(), cursor }),
  );
  protected readonly items = this.list.items;
  protected readonly nextCursor = this.list.nextCursor;
  protected readonly loading = this.list.loading;
  protected readonly loadingMore = this.list.loadingMore;
  protected readonly loadError = this.list.loadError;
  protected readonly problem = this.list.problem;
  protected readonly selected = this.list.selected;
  protected readonly selectedCount = this.list.selectedCount;
  protected readonly allSelected = this.list.allSelected;
  protected readonly busy = signal(false);

  protected readonly sources = signal<SourceView[]>([]);
  protected readonly topics = signal<Topic[]>([]);
  protected readonly sourceId = signal('');
  protected readonly topicId = signal('');

  protected readonly someSelected = computed(() => this.selectedCount() > 0 && !this.allSelected());
  protected readonly filtered = computed(() => !!this.sourceId() || !!this.topicId());

  ngOnInit(): void {
    this.api.sources().subscribe({ next: (sources) => this.sources.set(sources), error: () => undefined });
    this.api.topics().subscribe({ next: (topics) => this.topics.set(topics), error: () => undefined });
    this.load();
  }

  protected load(): void {
    this.list.load();
  }

  protected loadMore(): void {
    this.list.loadMore();
  }

  protected toggle(id: string, checked: boolean): void {
    this.list.toggle(id, checked);
  }

  protected toggleAll(checked: boolean): void {
    this.list.toggleAll(checked);
  }

  protected setSource(value: string): void {
    this.sourceId.set(value);
    this.load();
  }

  protected setTopic(value: string): void {
    this.topicId.set(value);
    this.load();
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
        this.list.remove([item.id]);
        this.snackBar.open(`Dismissed “${item.title}”`, undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(err, 'That did not work. Please try again.').message);
      },
    });
  }

  protected bulk(action: Extract<ContentAction, 'accept' | 'dismiss'>): void {
    const ids = this.list.selectedIds();
    if (ids.length === 0 || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.bulk({ ids, action }).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.list.remove(result.succeeded);
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

  private query() {
    return {
      state: 'new' as const,
      sourceId: this.sourceId() || undefined,
      topicId: this.topicId() || undefined,
      limit: INBOX_PAGE_SIZE,
    };
  }
}
