import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { OutreachSettings } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { WEEKDAYS } from '../labels';
import { OutreachApi } from '../outreach.api';
import { WebhooksSectionComponent } from './webhooks-section.component';

const whole = Validators.pattern(/^\d+$/);

export function digestRunMessage(digests: number, nudges: number): string {
  return `Queued ${digests} ${digests === 1 ? 'digest' : 'digests'} and ${nudges} ${nudges === 1 ? 'reminder' : 'reminders'}`;
}

/** /admin/outreach — when digests go out, when advocates get a reminder, and the chat webhooks. */
@Component({
  selector: 'chorus-outreach-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    WebhooksSectionComponent,
  ],
  templateUrl: './outreach-settings.page.html',
  styleUrl: './outreach-settings.page.scss',
})
export class OutreachSettingsPage implements OnInit {
  private readonly api = inject(OutreachApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly hours = Array.from({ length: 24 }, (_, hour) => hour);
  protected readonly weekdays = WEEKDAYS;
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly running = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = this.fb.group({
    digestHourUtc: [8, [Validators.required, Validators.min(0), Validators.max(23)]],
    weeklyDigestDay: [1, [Validators.required, Validators.min(1), Validators.max(7)]],
    digestMaxItems: [5, [Validators.required, Validators.min(1), Validators.max(20), whole]],
    nudgeAfterDays: [7, [Validators.required, Validators.min(0), Validators.max(365), whole]],
  });

  ngOnInit(): void {
    this.load();
  }

  protected hourLabel(hour: number): string {
    return `${String(hour).padStart(2, '0')}:00 UTC`;
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.settings().subscribe({
      next: (settings) => {
        this.form.reset(settings);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load the mail settings.').message);
      },
    });
  }

  protected save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set('Some fields need your attention.');
      return;
    }
    const value = this.form.getRawValue();
    const request: OutreachSettings = {
      digestHourUtc: Number(value.digestHourUtc),
      weeklyDigestDay: Number(value.weeklyDigestDay),
      digestMaxItems: Number(value.digestMaxItems),
      nudgeAfterDays: Number(value.nudgeAfterDays),
    };
    this.saving.set(true);
    this.error.set(null);
    this.api.updateSettings(request).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.form.reset(saved);
        this.snackBar.open('Mail settings saved', undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const info = describeError(err, 'Could not save the mail settings.');
        const unmatched = applyFieldErrors(this.form, info.fields);
        const shownAtField = Object.keys(info.fields).some((field) => !!this.form.get(field));
        this.error.set(unmatched[0] ?? (shownAtField ? 'Some fields need your attention.' : info.message));
      },
    });
  }

  protected runNow(): void {
    if (this.running()) return;
    this.running.set(true);
    this.api.runDigests().subscribe({
      next: (result) => {
        this.running.set(false);
        this.snackBar.open(digestRunMessage(result.digests, result.nudges), undefined, { duration: 5000 });
      },
      error: (err: unknown) => {
        this.running.set(false);
        this.snackBar.open(describeError(err, 'Could not send the digests.').message, 'Dismiss', { duration: 6000 });
      },
    });
  }
}
