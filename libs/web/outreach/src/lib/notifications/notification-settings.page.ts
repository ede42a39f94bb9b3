import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatRadioButton, MatRadioChange, MatRadioGroup } from '@angular/material/radio';
import { MatSlideToggle, MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { DigestFrequency, OutreachPreferences } from '@chorus/shared/contracts';
import { AuthStore, describeError } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { DIGEST_OPTIONS } from '../labels';
import { OutreachApi } from '../outreach.api';
import { DigestPreviewDialog } from './digest-preview.dialog';

export const PREFERENCES_SAVED = 'Notification settings saved';

/** /notifications — which e-mails someone gets: the digest, reminders and the pulse survey. */
@Component({
  selector: 'chorus-notification-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatRadioGroup,
    MatRadioButton,
    MatSlideToggle,
    MatButton,
    MatIcon,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
  ],
  templateUrl: './notification-settings.page.html',
  styleUrl: './notification-settings.page.scss',
})
export class NotificationSettingsPage implements OnInit {
  private readonly api = inject(OutreachApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthStore);

  protected readonly options = DIGEST_OPTIONS;
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly preferences = signal<OutreachPreferences | null>(null);
  /** What the server last confirmed. */
  private confirmed: OutreachPreferences | null = null;
  private lastCall = 0;
  /** Digests are built from the feed, which only advocates and curators have. */
  protected readonly canPreview = computed(() => this.auth.hasAnyRole(['advocate', 'curator']));

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.preferences().subscribe({
      next: (preferences) => {
        this.confirmed = preferences;
        this.preferences.set(preferences);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load your notification settings.').message);
      },
    });
  }

  protected setDigest(event: MatRadioChange): void {
    this.save({ digest: event.value as DigestFrequency });
  }

  protected setNudges(event: MatSlideToggleChange): void {
    this.save({ nudges: event.checked });
  }

  protected setPulseMail(event: MatSlideToggleChange): void {
    this.save({ pulseMail: event.checked });
  }

  protected openPreview(): void {
    this.dialog.open(DigestPreviewDialog, { width: '720px', maxWidth: 'calc(100vw - 32px)' });
  }

  private save(change: Partial<OutreachPreferences>): void {
    const shown = this.preferences();
    if (!shown) return;
    const next = { ...shown, ...change };
    // Shown at once, and the controls stay enabled (disabling them would drop keyboard focus): each change
    // sends the whole state, only the latest answer counts, and a refusal puts back what the server has.
    this.preferences.set(next);
    const call = ++this.lastCall;
    this.api.updatePreferences(next).subscribe({
      next: (saved) => {
        this.confirmed = saved;
        if (call !== this.lastCall) return;
        this.preferences.set(saved);
        this.snackBar.open(PREFERENCES_SAVED, undefined, { duration: 3000 });
      },
      error: (err: unknown) => {
        if (call !== this.lastCall) return;
        this.preferences.set(this.confirmed ? { ...this.confirmed } : null);
        const message = describeError(err, 'Could not save your notification settings.').message;
        this.snackBar.open(message, 'Dismiss', { duration: 6000 });
      },
    });
  }
}
