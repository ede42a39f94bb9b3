import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ShareListView, ShareView } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  networkLabel,
  PageHeaderComponent,
} from '@chorus/web/ui';
import { interval, map, Observable } from 'rxjs';
import { PublishingApi } from '../publishing.api';
import { EditTextDialog } from './edit-text.dialog';
import { RescheduleDialog } from './reschedule.dialog';
import { ScheduleEditorComponent } from './schedule-editor.component';
import { ShareList } from './share-list';
import { ShareAction, ShareRowComponent } from './share-row.component';
import { isTab, MY_POSTS_TABS, MyPostsTab, TAB_LABELS } from './share-states';

/** Upcoming posts are re-read this often while that tab is open and the browser tab is visible. */
export const UPCOMING_REFRESH_MS = 10_000;

type ListView = Exclude<ShareListView, 'all'>;

const EMPTY: Readonly<Record<ListView, { icon: string; heading: string; message: string }>> = {
  upcoming: {
    icon: 'schedule',
    heading: 'Nothing scheduled',
    message: 'Share something from the feed — now, at a time you pick, or in your queue.',
  },
  published: {
    icon: 'send',
    heading: 'Nothing published yet',
    message: 'Posts appear here once they are live on LinkedIn or X, with a link to each.',
  },
  attention: {
    icon: 'check_circle',
    heading: 'All good',
    message: 'Nothing needs your attention.',
  },
};

/** /my-posts — the advocate's shares by state, what to do about each, and their posting schedule. */
@Component({
  selector: 'chorus-my-posts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatTabNav,
    MatTabLink,
    MatTabNavPanel,
    MatButton,
    MatIcon,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    ShareRowComponent,
    ScheduleEditorComponent,
  ],
  templateUrl: './my-posts.page.html',
  styleUrl: './my-posts.page.scss',
})
export class MyPostsPage {
  private readonly api = inject(PublishingApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);

  protected readonly tabs = MY_POSTS_TABS;
  protected readonly tabLabels = TAB_LABELS;
  protected readonly empty = EMPTY;
  protected readonly tab = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      map((params) => {
        const view = params.get('view');
        return isTab(view) ? view : 'upcoming';
      }),
    ),
    { initialValue: 'upcoming' as MyPostsTab },
  );
  protected readonly lists: Readonly<Record<ListView, ShareList>> = {
    upcoming: this.list('upcoming'),
    published: this.list('published'),
    attention: this.list('attention'),
  };
  protected readonly current = computed(() => {
    const tab = this.tab();
    return tab === 'schedule' ? null : this.lists[tab];
  });
  /** "3", or "20+" when there are more than one page of them. */
  protected readonly attentionCount = computed(() => {
    const list = this.lists.attention;
    if (!list.loaded() || list.count() === 0) return null;
    return `${list.count()}${list.nextCursor() ? '+' : ''}`;
  });
  protected readonly busy = signal<string | null>(null);
  private readonly tabNav = viewChild(MatTabNav);

  constructor() {
    // The badge needs the attention list whatever the tab; the tab shown needs its own list.
    this.lists.attention.load();
    effect(() => {
      const list = this.current();
      if (list && !list.loaded() && !list.loading() && !list.error()) untracked(() => list.load());
    });
    interval(UPCOMING_REFRESH_MS)
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.autoRefresh());
    // On a phone the four tabs scroll; the header measures before its arrows appear, so bring the open
    // tab (e.g. Schedule, from a link) into view once it is laid out.
    afterNextRender(() =>
      requestAnimationFrame(() => {
        const nav = this.tabNav();
        if (nav) nav._scrollToLabel(nav.selectedIndex);
      }),
    );
  }

  private list(view: ListView): ShareList {
    return new ShareList(view, (cursor, limit) => this.api.shares({ view, cursor, limit }));
  }

  /** A scheduled post flips to published (or needs attention) without a reload. */
  private autoRefresh(): void {
    if (this.tab() !== 'upcoming' || this.document.visibilityState === 'hidden' || this.busy()) return;
    this.lists.upcoming.refresh();
    this.lists.attention.refresh();
    this.lists.published.markStale();
  }

  protected act(share: ShareView, action: ShareAction): void {
    switch (action) {
      case 'edit':
        this.openDialog(EditTextDialog, share, 'Text saved');
        return;
      case 'reschedule':
        this.openDialog(RescheduleDialog, share, 'Rescheduled');
        return;
      case 'cancel':
        confirmAction(this.dialog, {
          title: 'Cancel this post?',
          message: `It will not be posted to ${networkLabel(share.network)}. You can share the item again from the feed.`,
          confirmLabel: 'Cancel post',
          cancelLabel: 'Keep it',
          destructive: true,
        }).subscribe((confirmed) => {
          if (confirmed) this.run(share, this.api.cancel(share.id), 'Post cancelled');
        });
        return;
      case 'retry':
        this.run(share, this.api.retry(share.id), 'Trying again');
        return;
      case 'confirm-yes':
        this.run(share, this.api.confirm(share.id, { appeared: true }), 'Thanks — marked as published');
        return;
      case 'confirm-no':
        this.run(share, this.api.confirm(share.id, { appeared: false }), 'Thanks — marked as not posted');
        return;
    }
  }

  private openDialog(component: typeof EditTextDialog | typeof RescheduleDialog, share: ShareView, done: string): void {
    this.dialog
      .open<unknown, ShareView, ShareView>(component, { data: share, width: '560px', maxWidth: 'calc(100vw - 32px)' })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.applyEverywhere(updated);
        this.snackBar.open(done, undefined, { duration: 4000 });
      });
  }

  private run(share: ShareView, call: Observable<ShareView>, done: string): void {
    if (this.busy()) return;
    this.busy.set(share.id);
    call.subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.applyEverywhere(updated);
        this.snackBar.open(done, undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.busy.set(null);
        this.snackBar.open(describeError(err, 'That did not work.').message, 'Dismiss', { duration: 8000 });
      },
    });
  }

  /** The share moved (or stayed): update the list that shows it; the others re-read when opened. */
  private applyEverywhere(share: ShareView): void {
    for (const list of Object.values(this.lists)) {
      if (!list.apply(share)) list.markStale();
    }
    // The badge counts what needs attention, whichever tab is open.
    if (!this.lists.attention.loaded()) this.lists.attention.load();
  }
}
