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
import { describeError, FormSaver } from '@chorus/web/core';
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
  protected readonly running = signal(false);
  protected readonly saver = new FormSaver();

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

  /** The request for the form as it is. */
  protected body(): OutreachSettings {
    const value = this.form.getRawValue();
    return {
      digestHourUtc: Number(value.digestHourUtc),
      weeklyDigestDay: Number(value.weeklyDigestDay),
      digestMaxItems: Number(value.digestMaxItems),
      nudgeAfterDays: Number(value.nudgeAfterDays),
    };
  }

  protected save(): void {
    this.saver.save(this.form, () => this.api.updateSettings(this.body()), {
      fallback: 'Could not save the mail settings.',
      saved: 'Mail settings saved',
      onSaved: (saved) => this.form.reset(saved),
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
