import { Injectable } from '@nestjs/common';
import type { AnalyticsSettings, EmvSettings, UpdateAnalyticsSettingsRequest } from '@chorus/shared/contracts';
import type { Actor } from '@chorus/server/identity';

/** The admin's analytics settings (EMV rates, currency, X read budget). */
@Injectable()
export class AnalyticsSettingsService {
  async get(): Promise<AnalyticsSettings> {
    throw new Error('not implemented');
  }

  /** Rates and formula as reports show them beside EMV. */
  async emv(): Promise<EmvSettings> {
    throw new Error('not implemented');
  }

  async update(actor: Actor, body: UpdateAnalyticsSettingsRequest): Promise<AnalyticsSettings> {
    void actor;
    void body;
    throw new Error('not implemented');
  }
}
