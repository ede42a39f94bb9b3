import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AnalyticsSettings,
  EmvRates,
  EmvSettings,
  UpdateAnalyticsSettingsRequest,
} from '@chorus/shared/contracts';
import { Actor, AuditService } from '@chorus/server/identity';
import { DataSource } from 'typeorm';
import { AnalyticsSettingsRecord } from '../entities';

export const EMV_FORMULA = 'EMV = impressions × CPM / 1000 + clicks × CPC + engagements × CPE';

/** The admin's analytics settings (EMV rates, currency, X read budget). */
@Injectable()
export class AnalyticsSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<AnalyticsSettings> {
    const row = await this.dataSource.getRepository(AnalyticsSettingsRecord).findOneByOrFail({ id: 1 });
    return toSettings(row);
  }

  /** Rates and formula as reports show them beside EMV. */
  async emv(): Promise<EmvSettings> {
    const settings = await this.get();
    return { currency: settings.currency, rates: settings.emvRates, formula: EMV_FORMULA };
  }

  async update(actor: Actor, body: UpdateAnalyticsSettingsRequest): Promise<AnalyticsSettings> {
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AnalyticsSettingsRecord);
      // Locked so that two admins saving at once cannot lose one's rates for the other network.
      const row = await repository.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      if (body.currency != null) row.currency = body.currency;
      if (body.emvRates?.linkedin) row.emvRates = { ...row.emvRates, linkedin: rates(body.emvRates.linkedin) };
      if (body.emvRates?.x) row.emvRates = { ...row.emvRates, x: rates(body.emvRates.x) };
      if (body.xReadBudgetPerDay != null) row.xReadBudgetPerDay = body.xReadBudgetPerDay;
      await repository.save(row);
      await this.audit.record(
        actor,
        { action: 'analytics.settings_updated', targetType: 'analytics_settings', targetId: '1', details: { ...body } },
        manager,
      );
    });
    return this.get();
  }
}

/** Only the three rates, whatever else the object carries (a DTO instance). */
function rates(value: EmvRates): EmvRates {
  return { cpm: value.cpm, cpc: value.cpc, cpe: value.cpe };
}

function toSettings(row: AnalyticsSettingsRecord): AnalyticsSettings {
  return { currency: row.currency, emvRates: row.emvRates, xReadBudgetPerDay: row.xReadBudgetPerDay };
}
