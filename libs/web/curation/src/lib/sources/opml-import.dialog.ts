import { ChangeDetectionStrategy, Component, computed, inject, InjectionToken, OnDestroy, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { OpmlImportJob } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { CurationApi } from '../curation.api';

/** How often the dialog asks for the job's progress. */
export const OPML_POLL_MS = new InjectionToken<number>('OPML_POLL_MS', { providedIn: 'root', factory: () => 1000 });

export interface OpmlImportDialogData {
  fileName: string;
  opml: string;
}

/** Sends an OPML file, then follows the import job until it is done or failed. Closes with the last job. */
@Component({
  selector: 'chorus-opml-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatIcon, MatProgressBar],
  template: `
    <h2 mat-dialog-title>Importing {{ data.fileName }}</h2>
    <mat-dialog-content>
      @if (error(); as message) {
        <div class="form-error" role="alert" data-testid="opml-error">
          <mat-icon svgIcon="error_outline" aria-hidden="true" />
          <span>{{ message }}</span>
        </div>
      }
      @if (job(); as j) {
        <mat-progress-bar
          [mode]="j.total ? 'determinate' : 'indeterminate'"
          [value]="percent()"
          aria-label="Import progress"
          data-testid="opml-progress"
        />
        <p class="counts" role="status" data-testid="opml-status">
          @switch (j.state) {
            @case ('queued') { Waiting to start… }
            @case ('running') { {{ j.processed }} of {{ j.total }} feeds checked }
            @case ('done') { Done: {{ j.created }} added, {{ j.skipped }} skipped, {{ j.errors.length }} failed. }
            @case ('failed') { The import failed after {{ j.processed }} of {{ j.total }} feeds. }
          }
        </p>
        @if (j.errors.length) {
          <h3 class="errors-title">Feeds that could not be added</h3>
          <ul class="errors" data-testid="opml-errors">
            @for (e of j.errors; track e.url) {
              <li>
                <span class="url">{{ e.url }}</span>
                <span class="message">{{ e.message }}</span>
              </li>
            }
          </ul>
        }
      } @else if (!error()) {
        <mat-progress-bar mode="indeterminate" aria-label="Uploading the file" />
        <p class="counts" role="status">Uploading the file…</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" [mat-dialog-close]="job()" data-testid="opml-close">
        {{ finished() ? 'Close' : 'Continue in the background' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .counts {
      margin: 12px 0 0;
    }
    .errors-title {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .errors {
      margin: 0;
      padding-left: 20px;
      max-height: 240px;
      overflow: auto;
      li {
        margin-bottom: 6px;
        overflow-wrap: anywhere;
      }
    }
    .url {
      display: block;
      font-family: monospace;
    }
    .message {
      color: var(--mat-sys-error);
    }
    .form-error {
      display: flex;
      gap: 10px;
      padding: 12px 14px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class OpmlImportDialog implements OnInit, OnDestroy {
  private readonly api = inject(CurationApi);
  private readonly pollMs = inject(OPML_POLL_MS);
  protected readonly data = inject<OpmlImportDialogData>(MAT_DIALOG_DATA);
  protected readonly job = signal<OpmlImportJob | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly finished = computed(() => {
    const job = this.job();
    return !!this.error() || job?.state === 'done' || job?.state === 'failed';
  });
  protected readonly percent = computed(() => {
    const job = this.job();
    return job && job.total ? Math.round((job.processed / job.total) * 100) : 0;
  });
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  ngOnInit(): void {
    this.api.importOpml(this.data.opml).subscribe({
      next: (job) => this.update(job),
      error: (err: unknown) => this.error.set(describeError(err, 'Could not read the OPML file.').message),
    });
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
  }

  private update(job: OpmlImportJob): void {
    this.job.set(job);
    if (job.state === 'done' || job.state === 'failed' || this.destroyed) return;
    this.timer = setTimeout(() => this.poll(job.id), this.pollMs);
  }

  private poll(jobId: string): void {
    this.api.opmlJob(jobId).subscribe({
      next: (job) => this.update(job),
      error: (err: unknown) => this.error.set(describeError(err, 'Lost track of the import.').message),
    });
  }
}
