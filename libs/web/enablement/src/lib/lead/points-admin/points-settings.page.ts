import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { PointReason, POINT_REASONS, PointsSettings, PointValues } from '@chorus/shared/contracts';
import { describeError, FormSaver } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { EnablementLeadApi } from '../enablement-lead.api';
import { REASON_LABELS } from '../shared/labels';

const pointsValidators = [Validators.required, Validators.min(0), Validators.max(10_000), Validators.pattern(/^\d+$/)];

/** /admin/points — what each action is worth in points. */
@Component({
  selector: 'chorus-points-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
  ],
  templateUrl: './points-settings.page.html',
  styles: `
    :host {
      display: block;
      max-width: 640px;
    }
    mat-form-field {
      width: 100%;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      mat-progress-spinner {
        margin-right: 8px;
      }
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PointsSettingsPage implements OnInit {
  private readonly api = inject(EnablementLeadApi);

  protected readonly reasons = POINT_REASONS;
  protected readonly reasonLabels = REASON_LABELS;
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saver = new FormSaver();

  protected readonly values = new FormGroup(
    Object.fromEntries(
      POINT_REASONS.map((reason) => [reason, new FormControl<number | null>(0, pointsValidators)]),
    ) as Record<PointReason, FormControl<number | null>>,
  );
  protected readonly form = new FormGroup({ values: this.values });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.pointsSettings().subscribe({
      next: (settings) => {
        this.reset(settings);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load the point values.').message);
      },
    });
  }

  private reset(settings: PointsSettings): void {
    this.values.reset({ ...settings.values });
  }

  protected control(reason: PointReason): FormControl<number | null> {
    return this.values.controls[reason];
  }

  protected body(): PointsSettings {
    const raw = this.values.getRawValue();
    const values = Object.fromEntries(POINT_REASONS.map((r) => [r, Number(raw[r])])) as PointValues;
    return { values };
  }

  protected save(): void {
    this.saver.save(this.form, () => this.api.updatePointsSettings(this.body()), {
      fallback: 'Could not save the point values.',
      saved: 'Point values saved',
      onSaved: (saved) => this.reset(saved),
      isShownAtField: (field, form) => !!form.get(field) && field !== 'values',
    });
  }
}
