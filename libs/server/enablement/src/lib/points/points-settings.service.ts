import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PointsSettings, PointValues } from '@chorus/shared/contracts';
import { Actor, AuditService } from '@chorus/server/identity';
import { DataSource, EntityManager } from 'typeorm';
import { PointsSettingsEntity } from '../entities';

/** The admin's point values. The singleton row is created on first read, with the column defaults. */
@Injectable()
export class PointsSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<PointsSettings> {
    return { values: await this.values() };
  }

  /** The values in force now; pass a transaction's manager to read them inside it. */
  async values(manager: EntityManager = this.dataSource.manager): Promise<PointValues> {
    await manager.query(`INSERT INTO points_settings (id) VALUES (1) ON CONFLICT (id) DO NOTHING`);
    const row = await manager.getRepository(PointsSettingsEntity).findOneByOrFail({ id: 1 });
    return {
      share: row.share,
      click: row.click,
      original_text: row.originalText,
      step_completed: row.stepCompleted,
      challenge_won: row.challengeWon,
    };
  }

  async update(actor: Actor, values: PointValues): Promise<PointsSettings> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.values(manager);
      await manager.query(
        `UPDATE points_settings
            SET share = $1, click = $2, original_text = $3, step_completed = $4, challenge_won = $5,
                updated_by = $6, updated_at = now()
          WHERE id = 1`,
        [values.share, values.click, values.original_text, values.step_completed, values.challenge_won, actor.id],
      );
      await this.audit.record(
        actor,
        { action: 'enablement.points_settings_updated', targetType: 'points_settings', targetId: '1', details: { before, after: { ...values } } },
        manager,
      );
    });
    return this.get();
  }
}
