import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { DigestPreview } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent } from '@chorus/web/ui';
import { OutreachApi } from '../outreach.api';

/** The digest the signed-in advocate would get now, rendered as the mail client would. */
@Component({
  selector: 'chorus-digest-preview-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  template: `
    <h2 mat-dialog-title>Your digest</h2>
    <mat-dialog-content>
      @if (loading()) {
        <chorus-loading-state label="Preparing your digest…" />
      } @else if (error(); as message) {
        <chorus-error-state heading="Could not prepare the preview" [message]="message" (retry)="load()" />
      } @else if (preview(); as p) {
        @if (p.itemCount === 0) {
          <chorus-empty-state
            icon="mail"
            heading="Nothing new to send right now"
            message="Your next digest goes out when there is new content for your groups."
            data-testid="digest-preview-empty"
          />
        } @else {
          <p class="subject" data-testid="digest-preview-subject"><strong>Subject:</strong> {{ p.subject }}</p>
          <iframe
            class="mail"
            title="Preview of your digest e-mail"
            sandbox=""
            [srcdoc]="html()"
            data-testid="digest-preview-frame"
          ></iframe>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="digest-preview-close">Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .subject {
      margin: 0 0 12px;
      word-break: break-word;
    }
    .mail {
      display: block;
      width: 100%;
      height: min(60vh, 640px);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      background: #fff;
    }
  `,
})
export class DigestPreviewDialog implements OnInit {
  private readonly api = inject(OutreachApi);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly preview = signal<DigestPreview | null>(null);
  // The frame is sandboxed with no permissions (no scripts, no same origin), so the mail's own markup and
  // styles may render as they are: Angular's sanitizer would strip the inline styles mails rely on.
  protected readonly html = computed<SafeHtml>(() =>
    this.sanitizer.bypassSecurityTrustHtml(this.preview()?.html ?? ''),
  );

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.digestPreview().subscribe({
      next: (preview) => {
        this.preview.set(preview);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.error.set(describeError(err, 'Could not prepare the preview.').message);
      },
    });
  }
}
