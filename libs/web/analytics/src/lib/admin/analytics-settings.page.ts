import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { AnalyticsSettings, NETWORK_NAMES, XReadSpend } from '@chorus/shared/contracts';
import { describeError, FormSaver, Remote } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent, networkLabel, PageHeaderComponent } from '@chorus/web/ui';
import { AnalyticsApi } from '../analytics.api';
import { ReportCardComponent } from '../shared/report-card.component';
import { XSpendCardComponent } from './x-spend-card.component';

const money = [Validators.required, Validators.min(0), Validators.max(1_000_000)];
export const RATE_FIELDS = ['cpm', 'cpc', 'cpe'] as const;
export type RateField = (typeof RATE_FIELDS)[number];

/** /admin/analytics — the EMV rates per network, the currency, and what X post reading may cost. */
@Component({
  selector: 'chorus-analytics-settings-page',
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
    ReportCardComponent,
    XSpendCardComponent,
  ],
  templateUrl: './analytics-settings.page.html',
  styleUrl: './analytics-settings.page.scss',
})
export class AnalyticsSettingsPage implements OnInit {
  private readonly api = inject(AnalyticsApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly networks = NETWORK_NAMES;
  protected readonly rateFields = RATE_FIELDS;
  protected readonly networkLabel = networkLabel;
  protected readonly rateLabels: Readonly<Record<RateField, string>> = {
    cpm: 'CPM (per 1,000 impressions)',
    cpc: 'CPC (per click)',
    cpe: 'CPE (per engagement)',
  };
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saver = new FormSaver();
  protected readonly spend = new Remote<XReadSpend>('Could not load the X read spend.');

  private rates() {
    return this.fb.group({ cpm: [0, money], cpc: [0, money], cpe: [0, money] });
  }

  protected readonly form = this.fb.group({
    currency: ['EUR', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    emvRates: this.fb.group({ linkedin: this.rates(), x: this.rates() }),
    xReadBudgetPerDay: [
      0,
      [Validators.required, Validators.min(0), Validators.max(1_000_000), Validators.pattern(/^\d+$/)],
    ],
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.spend.destroy());
  }

  ngOnInit(): void {
    this.load();
    this.loadSpend();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.settings().subscribe({
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

  protected loadSpend(): void {
    this.spend.load(() => this.api.xSpend());
  }

  private reset(settings: AnalyticsSettings): void {
    this.form.reset({
      currency: settings.currency,
      emvRates: {
        linkedin: { ...settings.emvRates.linkedin },
        x: { ...settings.emvRates.x },
      },
      xReadBudgetPerDay: settings.xReadBudgetPerDay,
    });
  }

  protected rate(network: string, field: RateField) {
    return this.form.get(['emvRates', network, field]);
  }

  /** The request for the form as it is. */
  protected body(): AnalyticsSettings {
    const value = this.form.getRawValue();
    const rates = (r: { cpm: number; cpc: number; cpe: number }) => ({
      cpm: Number(r.cpm),
      cpc: Number(r.cpc),
      cpe: Number(r.cpe),
    });
    return {
      currency: value.currency.trim().toUpperCase(),
      emvRates: { linkedin: rates(value.emvRates.linkedin), x: rates(value.emvRates.x) },
      xReadBudgetPerDay: Number(value.xReadBudgetPerDay),
    };
  }

  protected save(): void {
    this.saver.save(this.form, () => this.api.updateSettings(this.body()), {
      fallback: 'Could not save the analytics settings.',
      saved: 'Analytics settings saved',
      onSaved: (saved) => {
        this.reset(saved);
        this.loadSpend();
      },
    });
  }
}
