import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ContentAction, ContentItem, ContentItemSummary, ContentState } from '@chorus/shared/contracts';
import { AuthStore, describeError } from '@chorus/web/core';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { debounceTime, distinctUntilChanged, Subject } from 'rxjs';
import { ACTION_LABELS, STATE_ACTIONS, stateLabel } from '../content-workflow';
import { CurationApi } from '../curation.api';
import { ImportUrlDialog } from '../editor/import-url.dialog';
import { bulkMessage } from '../shared/bulk-result';
import { SelectablePagedList } from '../shared/selectable-paged-list';
import { StateChipComponent } from '../shared/state-chip.component';

export const CONTENT_TABS: ReadonlyArray<{ state: ContentState; label: string; empty: string }> = [
  { state: 'draft', label: 'Drafts', empty: 'No drafts. Accept items from the inbox or write a new post.' },
  { state: 'in_review', label: 'In review', empty: 'Nothing is waiting for review.' },
  { state: 'approved', label: 'Approved', empty: 'Nothing approved yet. Approved items appear in advocates’ feeds.' },
  { state: 'expired', label: 'Expired', empty: 'No expired items.' },
  { state: 'archived', label: 'Archived', empty: 'No archived items.' },
];
export const CONTENT_PAGE_SIZE = 25;
export const SEARCH_DEBOUNCE_MS = 300;

/** The curator's content by workflow state, with search, bulk actions and (for admins) the four-eyes switch. */
@Component({
  selector: 'chorus-content-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatIcon,
    MatSlideToggle,
    MatTabNav,
    MatTabLink,
    MatTabNavPanel,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    StateChipComponent,
  ],
  templateUrl: './content-list.page.html',
  styleUrl: './content-list.page.scss',
})
export class ContentListPage implements OnInit {
  private readonly api = inject(CurationApi);
  private readonly auth = inject(AuthStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly search$ = new Subject<string>();

  protected readonly tabs = CONTENT_TABS;
  protected readonly stateLabel = stateLabel;
  protected readonly actionLabels = ACTION_LABELS;

  protected readonly state = signal<ContentState>('draft');
  protected readonly q = signal('');
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

  protected readonly isAdmin = computed(() => this.auth.hasAnyRole(['admin']) && !!this.auth.user());
  protected readonly fourEyes = signal<boolean | null>(null);
  protected readonly savingSettings = signal(false);

  protected readonly tab = computed(() => this.tabs.find((tab) => tab.state === this.state()) ?? this.tabs[0]);
  /** Bulk actions of the open tab; reject needs a comment per item, and four-eyes drafts go through review. */
  protected readonly bulkActions = computed(() =>
    STATE_ACTIONS[this.state()].filter(
      (action) => action !== 'reject' && !(this.fourEyes() && this.state() === 'draft' && action === 'approve'),
    ),
  );

  ngOnInit(): void {
    this.api.settings().subscribe({
      next: (settings) => this.fourEyes.set(settings.requireSecondApprover),
      error: () => this.fourEyes.set(null),
    });
    this.search$
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef))
      .subscribe((q) => {
        this.q.set(q);
        this.load();
      });
    this.route.queryParamMap.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((params) => {
      const state = params.get('state');
      this.state.set(this.tabs.some((tab) => tab.state === state) ? (state as ContentState) : 'draft');
      this.load();
    });
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

  protected onSearch(event: Event): void {
    this.search$.next((event.target as HTMLInputElement).value.trim());
  }

  protected bulk(action: ContentAction): void {
    const ids = this.list.selectedIds();
    if (ids.length === 0 || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.bulk({ ids, action }).subscribe({
      next: (result) => {
        this.busy.set(false);
        const message = bulkMessage(action, result);
        if (result.failed.length) this.problem.set(message);
        else this.snackBar.open(message, undefined, { duration: 4000 });
        this.load();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(err, 'That did not work. Please try again.').message);
      },
    });
  }

  protected importUrl(): void {
    this.dialog
      .open<ImportUrlDialog, unknown, ContentItem>(ImportUrlDialog, { width: '560px', maxWidth: 'calc(100vw - 32px)' })
      .afterClosed()
      .subscribe((item) => {
        if (item) void this.router.navigate(['/curation/content', item.id]);
      });
  }

  protected setFourEyes(on: boolean): void {
    const before = this.fourEyes();
    this.fourEyes.set(on);
    this.savingSettings.set(true);
    this.api.saveSettings({ requireSecondApprover: on }).subscribe({
      next: (settings) => {
        this.savingSettings.set(false);
        this.fourEyes.set(settings.requireSecondApprover);
        this.snackBar.open(
          settings.requireSecondApprover ? 'Four-eyes approval is on' : 'Four-eyes approval is off',
          undefined,
          { duration: 4000 },
        );
      },
      error: (err: unknown) => {
        this.savingSettings.set(false);
        this.fourEyes.set(before);
        this.problem.set(describeError(err, 'Could not change the setting.').message);
      },
    });
  }

  protected audienceNames(item: ContentItemSummary): string {
    return item.audiences.length ? item.audiences.map((group) => group.name).join(', ') : 'Everyone';
  }

  private query() {
    return { state: this.state(), q: this.q() || undefined, limit: CONTENT_PAGE_SIZE };
  }
}
