import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatChipListbox, MatChipListboxChange, MatChipOption } from '@angular/material/chips';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { ContentLanguage, FeedItem, FeedQuery } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { PulseCardComponent } from '@chorus/web/outreach';
import { EmptyStateComponent, ErrorStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { debounceTime, distinctUntilChanged, Subject } from 'rxjs';
import { FeedApi } from './feed.api';
import { FeedCardComponent } from './feed-card.component';
import { WhatNextCardComponent } from './what-next-card.component';

/** The languages an advocate can narrow the feed to, named in their own language. */
const LANGUAGE_OPTIONS: ReadonlyArray<{ code: ContentLanguage; label: string }> = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
  { code: 'nl', label: 'Nederlands' },
  { code: 'fr', label: 'Français' },
  { code: 'es', label: 'Español' },
];

export const FEED_PAGE_SIZE = 12;
export const FEED_SEARCH_DEBOUNCE_MS = 300;

/** The advocate's feed: approved content for their groups, featured and newest first. */
@Component({
  selector: 'chorus-feed-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatSelect,
    MatOption,
    MatButton,
    MatChipListbox,
    MatChipOption,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatIcon,
    PageHeaderComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    FeedCardComponent,
    WhatNextCardComponent,
    PulseCardComponent,
  ],
  templateUrl: './feed.page.html',
  styleUrl: './feed.page.scss',
})
export class FeedPage implements OnInit {
  private readonly api = inject(FeedApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly search$ = new Subject<string>();

  protected readonly items = signal<FeedItem[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadingMore = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly moreError = signal<string | null>(null);
  protected readonly topicId = signal('');
  protected readonly language = signal<ContentLanguage | ''>('');
  protected readonly languages = LANGUAGE_OPTIONS;
  protected readonly q = signal('');
  private readonly allTopics = signal<Array<{ id: string; name: string }> | null>(null);
  private readonly seenTopics = signal<Array<{ id: string; name: string }>>([]);
  protected readonly skeletons = [1, 2, 3, 4, 5, 6];

  /** The topic list; when the API does not give it to this user, the topics seen in the feed. */
  protected readonly topics = computed(() => this.allTopics() ?? this.seenTopics());
  protected readonly filtered = computed(() => !!this.topicId() || !!this.q() || !!this.language());

  ngOnInit(): void {
    this.api.topics().subscribe({
      next: (topics) => this.allTopics.set(topics.map(({ id, name }) => ({ id, name }))),
      error: () => this.allTopics.set(null),
    });
    this.search$
      .pipe(debounceTime(FEED_SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef))
      .subscribe((q) => {
        this.q.set(q);
        this.load();
      });
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.moreError.set(null);
    this.api.feed(this.query()).subscribe({
      next: (page) => {
        this.items.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.remember(page.items);
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
    this.moreError.set(null);
    this.api.feed({ ...this.query(), cursor }).subscribe({
      next: (page) => {
        const known = new Set(this.items().map((item) => item.id));
        this.items.update((items) => [...items, ...page.items.filter((item) => !known.has(item.id))]);
        this.nextCursor.set(page.nextCursor);
        this.remember(page.items);
        this.loadingMore.set(false);
      },
      error: (err: unknown) => {
        this.loadingMore.set(false);
        this.moreError.set(describeError(err, 'Could not load more.').message);
      },
    });
  }

  protected onSearch(event: Event): void {
    this.search$.next((event.target as HTMLInputElement).value.trim());
  }

  protected onTopic(event: MatChipListboxChange): void {
    this.topicId.set((event.value as string | undefined) ?? '');
    this.load();
  }

  protected onLanguage(value: ContentLanguage | ''): void {
    this.language.set(value);
    this.load();
  }

  protected clearFilters(search: HTMLInputElement): void {
    search.value = '';
    this.search$.next('');
    this.q.set('');
    this.topicId.set('');
    this.language.set('');
    this.load();
  }

  private remember(items: FeedItem[]): void {
    const seen = new Map(this.seenTopics().map((topic) => [topic.id, topic]));
    for (const item of items) for (const topic of item.topics) seen.set(topic.id, topic);
    this.seenTopics.set([...seen.values()].sort((a, b) => a.name.localeCompare(b.name)));
  }

  private query(): FeedQuery {
    return {
      topicId: this.topicId() || undefined,
      language: this.language() || undefined,
      q: this.q() || undefined,
      limit: FEED_PAGE_SIZE,
    };
  }
}
