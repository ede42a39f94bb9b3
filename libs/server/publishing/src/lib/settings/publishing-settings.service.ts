import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BlackoutWindow, PublishingSettings, UpdatePublishingSettingsRequest } from '@chorus/shared/contracts';
import { invalid } from '@chorus/server/core';
import { Actor, AuditService } from '@chorus/server/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PublishingSettingsRecord } from '../entities';

/** The organisation's publishing rules (admin): daily caps, spacing, blackouts, X originality and cost display. */
@Injectable()
export class PublishingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<PublishingSettings> {
    const row = await this.dataSource.getRepository(PublishingSettingsRecord).findOneByOrFail({ id: 1 });
    return toSettings(row);
  }

  async update(actor: Actor, body: UpdatePublishingSettingsRequest): Promise<PublishingSettings> {
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(PublishingSettingsRecord);
      const row = await repository.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      if (body.maxPerDay?.linkedin !== undefined) row.maxPerDayLinkedin = body.maxPerDay.linkedin;
      if (body.maxPerDay?.x !== undefined) row.maxPerDayX = body.maxPerDay.x;
      if (body.minSpacingMinutes !== undefined) row.minSpacingMinutes = body.minSpacingMinutes;
      if (body.blackouts !== undefined) row.blackouts = withIds(body.blackouts);
      if (body.xSimilarityThreshold !== undefined) row.xSimilarityThreshold = body.xSimilarityThreshold;
      if (body.showXCost !== undefined) row.showXCost = body.showXCost;
      await repository.save(row);
      await this.audit.record(
        actor,
        { action: 'publishing.settings_updated', targetType: 'publishing_settings', targetId: '1', details: { ...body } },
        manager,
      );
    });
    return this.get();
  }
}

/** Stored windows get ids (for editing) and UTC times; a window that ends before it starts is refused. */
export function withIds(windows: readonly BlackoutWindow[]): BlackoutWindow[] {
  windows.forEach((w, i) => {
    if (new Date(w.endsAt).getTime() <= new Date(w.startsAt).getTime()) {
      throw invalid(`blackouts[${i}].endsAt`, 'must be after startsAt');
    }
  });
  return windows.map((w) => ({
    id: w.id ?? randomUUID(),
    label: w.label,
    startsAt: new Date(w.startsAt).toISOString(),
    endsAt: new Date(w.endsAt).toISOString(),
  }));
}

function toSettings(row: PublishingSettingsRecord): PublishingSettings {
  return {
    maxPerDay: { linkedin: row.maxPerDayLinkedin, x: row.maxPerDayX },
    minSpacingMinutes: row.minSpacingMinutes,
    blackouts: row.blackouts,
    // `real` is a float4: round away the float noise (0.6 comes back as 0.6000000238).
    xSimilarityThreshold: Math.round(row.xSimilarityThreshold * 1000) / 1000,
    showXCost: row.showXCost,
  };
}
