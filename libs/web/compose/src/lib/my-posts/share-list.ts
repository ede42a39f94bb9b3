import { computed, signal } from '@angular/core';
import type { Page, ShareListView, ShareView } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { Observable } from 'rxjs';
import { belongsTo } from './share-states';

export const SHARES_PAGE_SIZE = 20;
/** The most a silent refresh re-reads at once (the API's page limit). */
const REFRESH_MAX = 100;

type Fetch = (cursor: string | undefined, limit: number) => Observable<Page<ShareView>>;

/** One list of My posts (upcoming, published, needs attention), paged with "Load more". */
export class ShareList {
  readonly items = signal<ShareView[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(false);
  /** True once a first page arrived (until an action elsewhere makes it stale). */
  readonly loaded = signal(false);
  readonly error = signal<string | null>(null);
  readonly loadingMore = signal(false);
  readonly moreError = signal<string | null>(null);
  readonly count = computed(() => this.items().length);

  constructor(
    readonly view: Exclude<ShareListView, 'all'>,
    private readonly fetch: Fetch,
  ) {}

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.moreError.set(null);
    this.fetch(undefined, SHARES_PAGE_SIZE).subscribe({
      next: (page) => {
        this.items.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.loading.set(false);
        this.loaded.set(true);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.error.set(describeError(err).message);
      },
    });
  }

  /** Re-reads what is shown, quietly (no spinner; a failure keeps the list as it was). */
  refresh(): void {
    if (this.loading() || this.loadingMore()) return;
    const limit = Math.min(REFRESH_MAX, Math.max(SHARES_PAGE_SIZE, this.items().length));
    this.fetch(undefined, limit).subscribe({
      next: (page) => {
        this.items.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.loaded.set(true);
      },
      error: () => undefined,
    });
  }

  loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreError.set(null);
    this.fetch(cursor, SHARES_PAGE_SIZE).subscribe({
      next: (page) => {
        const known = new Set(this.items().map((s) => s.id));
        this.items.update((items) => [...items, ...page.items.filter((s) => !known.has(s.id))]);
        this.nextCursor.set(page.nextCursor);
        this.loadingMore.set(false);
      },
      error: (err: unknown) => {
        this.loadingMore.set(false);
        this.moreError.set(describeError(err, 'Could not load more.').message);
      },
    });
  }

  /** Puts a share changed by an action in place, or takes it out when it no longer belongs here. */
  apply(share: ShareView): boolean {
    const present = this.items().some((s) => s.id === share.id);
    if (present) {
      this.items.update((items) =>
        belongsTo(this.view, share)
          ? items.map((s) => (s.id === share.id ? share : s))
          : items.filter((s) => s.id !== share.id),
      );
    }
    return present;
  }

  markStale(): void {
    this.loaded.set(false);
  }
}
