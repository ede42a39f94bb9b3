import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutreachPreferences, OutreachSettings } from '@chorus/shared/contracts';
import { Actor, AuditService } from '@chorus/server/identity';
import { DataSource, EntityManager } from 'typeorm';
import { OutreachPreferencesEntity, OutreachSettingsEntity } from '../entities';

export const DEFAULT_PREFERENCES: OutreachPreferences = { digest: 'weekly', nudges: true, pulseMail: true };

/** The admin's outreach settings (one row, made on first read) and each advocate's mail preferences. */
@Injectable()
export class OutreachSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async settings(manager: EntityManager = this.dataSource.manager): Promise<OutreachSettings> {
    await manager.query(`INSERT INTO outreach_settings (id) VALUES (1) ON CONFLICT (id) DO NOTHING`);
    return toSettings(await manager.getRepository(OutreachSettingsEntity).findOneByOrFail({ id: 1 }));
  }

  async updateSettings(actor: Actor, body: Partial<OutreachSettings>): Promise<OutreachSettings> {
    await this.settings();
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(OutreachSettingsEntity);
      // Locked so that two admins saving different fields at once both keep their change.
      const row = await repository.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      const change = pick(body);
      Object.assign(row, change, { updatedById: actor.id });
      await repository.save(row);
      await this.audit.record(
        actor,
        { action: 'outreach.settings_updated', targetType: 'outreach_settings', targetId: '1', details: { ...change } },
        manager,
      );
    });
    return this.settings();
  }

  async preferences(userId: string): Promise<OutreachPreferences> {
    const row = await this.dataSource.getRepository(OutreachPreferencesEntity).findOneBy({ userId });
    return row ? { digest: row.digest, nudges: row.nudges, pulseMail: row.pulseMail } : { ...DEFAULT_PREFERENCES };
  }

  /** Fields left out keep their value (the defaults for someone without a row yet). */
  async updatePreferences(userId: string, body: Partial<OutreachPreferences>): Promise<OutreachPreferences> {
    const current = await this.preferences(userId);
    const next: OutreachPreferences = {
      digest: body.digest ?? current.digest,
      nudges: body.nudges ?? current.nudges,
      pulseMail: body.pulseMail ?? current.pulseMail,
    };
    await this.dataSource.query(
      `INSERT INTO outreach_preferences (user_id, digest, nudges, pulse_mail) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET digest = EXCLUDED.digest, nudges = EXCLUDED.nudges,
              pulse_mail = EXCLUDED.pulse_mail, updated_at = now()`,
      [userId, next.digest, next.nudges, next.pulseMail],
    );
    return next;
  }
}

/** Only the settings' own fields, whatever else the object carries (a DTO instance). */
function pick(body: Partial<OutreachSettings>): Partial<OutreachSettings> {
  const keys: Array<keyof OutreachSettings> = ['digestHourUtc', 'weeklyDigestDay', 'digestMaxItems', 'nudgeAfterDays'];
  return Object.fromEntries(keys.filter((k) => body[k] != null).map((k) => [k, body[k]]));
}

function toSettings(row: OutreachSettingsEntity): OutreachSettings {
  return {
    digestHourUtc: row.digestHourUtc,
    weeklyDigestDay: row.weeklyDigestDay,
    digestMaxItems: row.digestMaxItems,
    nudgeAfterDays: row.nudgeAfterDays,
  };
}
