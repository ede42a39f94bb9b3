import { computed, signal } from '@angular/core';
import type { Page } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import type { Observable } from 'rxjs';

/**
 * A keyset-paged list whose rows can be selected for bulk actions: the state the inbox and the content
 * list share. `fetch` is called with the cursor of the next page (none for the first).
 */
export class SelectablePagedList<T extends { id: string }> {
  readonly items = signal<T[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(true);
  readonly loadingMore = signal(false);
  readonly loadError = signal<string | null>(null);
  /** A failed action or "load more", shown above the list without hiding it. */
  readonly problem = signal<string | null>(null);
  readonly selected = signal<ReadonlySet<string>>(new Set());
  readonly selectedCount = computed(() => this.selected().size);
  readonly allSelected = computed(
    () => this.items().length > 0 && this.items().every((item) => this.selected().has(item.id)),
  );

  constructor(private readonly fetch: (cursor?: string) => Observable<Page<T>>) {}

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.selected.set(new Set());
    this.fetch().subscribe({
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

  loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.fetch(cursor).subscribe({
      next: (page) => {
        // Rows that moved while paging must not show twice.
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

  toggle(id: string, checked: boolean): void {
    this.selected.update((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  toggleAll(checked: boolean): void {
    this.selected.set(checked ? new Set(this.items().map((item) => item.id)) : new Set());
  }

  /** The selected rows that are still in the list, in list order. */
  selectedIds(): string[] {
    return this.items()
      .filter((item) => this.selected().has(item.id))
      .map((item) => item.id);
  }

  remove(ids: readonly string[]): void {
    const gone = new Set(ids);
    this.items.update((items) => items.filter((item) => !gone.has(item.id)));
    this.selected.update((current) => new Set([...current].filter((id) => !gone.has(id))));
  }
}
