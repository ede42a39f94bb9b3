import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { OpmlImportJob, SourceView, Topic } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@chorus/web/ui';
import { SOURCE_STATUS_LABELS } from '../content-workflow';
import { CurationApi } from '../curation.api';
import { StateChipComponent } from '../shared/state-chip.component';
import { OpmlImportDialog, OpmlImportDialogData } from './opml-import.dialog';
import { intervalLabel, SourceFormDialog, SourceFormDialogData } from './source-form.dialog';

/** The feeds Chorus polls: their health, and adding, pausing, polling and removing them. */
@Component({
  selector: 'chorus-sources-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButton,
    MatIconButton,
    MatIcon,
    MatSlideToggle,
    MatTooltip,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    StateChipComponent,
  ],
  templateUrl: './sources.page.html',
  styleUrl: './sources.page.scss',
})
export class SourcesPage implements OnInit {
  private readonly api = inject(CurationApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly statusLabels = SOURCE_STATUS_LABELS;
  protected readonly intervalLabel = intervalLabel;
  protected readonly sources = signal<SourceView[]>([]);
  protected readonly topics = signal<Topic[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  /** Ids of sources with a call in flight. */
  protected readonly working = signal<ReadonlySet<string>>(new Set());

  ngOnInit(): void {
    this.api.topics().subscribe({ next: (topics) => this.topics.set(topics), error: () => undefined });
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.sources().subscribe({
      next: (sources) => {
        this.sources.set(sources);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err).message);
      },
    });
  }

  protected add(): void {
    this.dialog
      .open<SourceFormDialog, SourceFormDialogData, SourceView>(SourceFormDialog, {
        data: { topics: this.topics() },
        width: '520px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .subscribe((source) => {
        if (!source) return;
        this.sources.update((sources) => [...sources, source]);
        this.snackBar.open(`Added ${source.name}. The first poll is on its way.`, undefined, { duration: 4000 });
      });
  }

  protected setEnabled(source: SourceView, enabled: boolean): void {
    this.call(source, this.api.updateSource(source.id, { enabled }), (updated) => this.replace(updated), () => {
      // Put the switch back where the server left it.
      this.replace({ ...source });
    });
  }

  protected pollNow(source: SourceView): void {
    this.call(source, this.api.pollSource(source.id), () =>
      this.snackBar.open(`Polling ${source.name}…`, undefined, { duration: 3000 }),
    );
  }

  protected remove(source: SourceView): void {
    confirmAction(this.dialog, {
      title: 'Delete source?',
      message: `Delete “${source.name}”? Chorus stops polling it. Items it already brought in stay.`,
      confirmLabel: 'Delete',
      destructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.call(source, this.api.deleteSource(source.id), () => {
        this.sources.update((sources) => sources.filter((item) => item.id !== source.id));
        this.snackBar.open(`Deleted ${source.name}`, undefined, { duration: 4000 });
      });
    });
  }

  protected async importOpml(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let opml: string;
    try {
      opml = await file.text();
    } catch {
      this.problem.set('Could not read that file.');
      return;
    }
    this.dialog
      .open<OpmlImportDialog, OpmlImportDialogData, OpmlImportJob | null>(OpmlImportDialog, {
        data: { fileName: file.name, opml },
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
        disableClose: true,
      })
      .afterClosed()
      .subscribe(() => this.load());
  }

  protected isWorking(id: string): boolean {
    return this.working().has(id);
  }

  private call<T>(source: SourceView, request: import('rxjs').Observable<T>, done: (value: T) => void, failed?: () => void): void {
    if (this.isWorking(source.id)) return;
    this.setWorking(source.id, true);
    this.problem.set(null);
    request.subscribe({
      next: (value) => {
        this.setWorking(source.id, false);
        done(value);
      },
      error: (err: unknown) => {
        this.setWorking(source.id, false);
        failed?.();
        this.problem.set(describeError(err, 'That did not work. Please try again.').message);
      },
    });
  }

  private replace(updated: SourceView): void {
    this.sources.update((sources) => sources.map((source) => (source.id === updated.id ? updated : source)));
  }

  private setWorking(id: string, on: boolean): void {
    this.working.update((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}
