import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSlider, MatSliderThumb } from '@angular/material/slider';
import { PublishingSettings } from '@chorus/shared/contracts';
import { describeError, FormSaver } from '@chorus/web/core';
import {
  BlackoutWindowForm,
  blackoutWindowForm,
  blackoutWindowsValue,
  BlackoutWindowsEditorComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@chorus/web/ui';
import { PublishingSettingsApi } from './publishing-settings.api';

export const SIMILARITY_MIN = 0.3;
export const SIMILARITY_MAX = 0.95;

const perDay = [Validators.required, Validators.min(0), Validators.max(100), Validators.pattern(/^\d+$/)];

/** /admin/publishing — the organisation's publishing rules: limits, spacing, blackouts and X policy. */
@Component({
  selector: 'chorus-publishing-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSlider,
    MatSliderThumb,
    MatSlideToggle,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    BlackoutWindowsEditorComponent,
  ],
  templateUrl: './publishing-settings.page.html',
  styleUrl: './publishing-settings.page.scss',
})
export class PublishingSettingsPage implements OnInit {
  private readonly api = inject(PublishingSettingsApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly min = SIMILARITY_MIN;
  protected readonly max = SIMILARITY_MAX;
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saver = new FormSaver();
  protected readonly form = this.fb.group({
    maxPerDay: this.fb.group({ linkedin: [0, perDay], x: [0, perDay] }),
    minSpacingMinutes: [0, [Validators.required, Validators.min(0), Validators.max(1440), Validators.pattern(/^\d+$/)]],
    blackouts: this.fb.array<BlackoutWindowForm>([]),
    xSimilarityThreshold: [0.7, [Validators.min(SIMILARITY_MIN), Validators.max(SIMILARITY_MAX)]],
    showXCost: [false],
  });

  get blackouts() {
    return this.form.controls.blackouts;
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.get().subscribe({
      next: (settings) => {
        this.reset(settings);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err).message);
      },
    });
  }

  private reset(settings: PublishingSettings): void {
    this.blackouts.clear();
    for (const window of settings.blackouts) this.blackouts.push(blackoutWindowForm(window));
    this.form.patchValue({
      maxPerDay: { linkedin: settings.maxPerDay.linkedin, x: settings.maxPerDay.x },
      minSpacingMinutes: settings.minSpacingMinutes,
      xSimilarityThreshold: settings.xSimilarityThreshold,
      showXCost: settings.showXCost,
    });
    this.form.markAsPristine();
  }

  protected percent(value: number): string {
    return `${Math.round(value * 100)}%`;
  }

  /** The request for the form as it is. */
  protected body(): PublishingSettings {
    const value = this.form.getRawValue();
    return {
      maxPerDay: { linkedin: Number(value.maxPerDay.linkedin), x: Number(value.maxPerDay.x) },
      minSpacingMinutes: Number(value.minSpacingMinutes),
      blackouts: blackoutWindowsValue(this.blackouts),
      xSimilarityThreshold: Math.round(Number(value.xSimilarityThreshold) * 100) / 100,
      showXCost: value.showXCost,
    };
  }

  protected save(): void {
    this.saver.save(this.form, () => this.api.update(this.body()), {
      fallback: 'Could not save the publishing settings.',
      saved: 'Publishing settings saved',
      onSaved: (saved) => this.reset(saved),
    });
  }
}
