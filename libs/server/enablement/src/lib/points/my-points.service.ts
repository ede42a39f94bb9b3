import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MyPoints, PointAward, PointReason } from '@chorus/shared/contracts';
import { Clock, invalid } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { PointsLedger } from './points-ledger';

export const HISTORY_PAGE = 50;

interface AwardRow {
  id: string;
  reason: PointReason;
  label: string;
  points: number;
  awarded_at: Date;
}

/** The advocate's own points: totals and the history with reasons, newest first. */
@Injectable()
export class MyPointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: PointsLedger,
    private readonly clock: Clock,
  ) {}

  async mine(userId: string, cursor?: string): Promise<MyPoints> {
    const after = cursor ? decodeCursor(cursor) : null;
    await this.ledger.sync();
    const [[totals], rows] = await Promise.all([
      this.dataSource.query(
        `SELECT coalesce(sum(points), 0)::int AS total,
                coalesce(sum(points) FILTER (WHERE awarded_at >= date_trunc('week', $2::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'), 0)::int AS week
           FROM point_awards WHERE user_id = $1`,
        [userId, this.clock.now()],
      ) as Promise<Array<{ total: number; week: number }>>,
      this.dataSource.query(
        `SELECT id, reason, label, points, awarded_at FROM point_awards
          WHERE user_id = $1 AND ($2::timestamptz IS NULL OR (awarded_at, id) < ($2::timestamptz, $3::uuid))
          ORDER BY awarded_at DESC, id DESC
          LIMIT ${HISTORY_PAGE + 1}`,
        [userId, after?.awardedAt ?? null, after?.id ?? null],
      ) as Promise<AwardRow[]>,
    ]);
    const page = rows.slice(0, HISTORY_PAGE);
    const last = page[page.length - 1];
    return {
      total: totals.total,
      week: totals.week,
      history: page.map(awardOf),
      nextCursor: rows.length > HISTORY_PAGE && last ? encodeCursor(last.awarded_at, last.id) : null,
    };
  }
}

function awardOf(row: AwardRow): PointAward {
  return { id: row.id, reason: row.reason, label: row.label, points: row.points, awardedAt: row.awarded_at.toISOString() };
}

/** Keyset cursor: the last row's time and id, so pages stay stable while new awards arrive. */
function encodeCursor(awardedAt: Date, id: string): string {
  return Buffer.from(`${awardedAt.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { awardedAt: string; id: string } {
  const [awardedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!awardedAt || !id || Number.isNaN(Date.parse(awardedAt)) || !uuid.test(id)) {
    throw invalid('cursor', 'is not a cursor this list returned');
  }
  return { awardedAt, id };
}
