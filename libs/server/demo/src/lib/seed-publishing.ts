import { PostingScheduleRecord, PublishingSettingsRecord } from '@chorus/server/publishing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_USERS } from './demo-organisation';

const DAY = 86_400_000;

/**
 * A publishing setup to try: an upcoming company quiet period (so the composer can explain a refused
 * slot), and a weekly queue for the demo advocate. Leaves settings alone once anyone changed them, and
 * schedules that exist.
 */
export async function seedDemoPublishing(dataSource: DataSource, now = new Date()): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const settings = await manager.findOneByOrFail(PublishingSettingsRecord, { id: 1 });
    const edited: unknown[] = await manager.query(
      `SELECT 1 FROM audit_events WHERE action = 'publishing.settings_updated' LIMIT 1`,
    );
    if (settings.blackouts.length === 0 && edited.length === 0) {
      const start = new Date(Math.ceil((now.getTime() + 20 * DAY) / DAY) * DAY);
      settings.blackouts = [
        {
          id: randomUUID(),
          label: 'Quarterly results quiet period',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3 * DAY).toISOString(),
        },
      ];
      await manager.save(settings);
    }
    const advocate = DEMO_USERS.find((u) => u.roles.includes('advocate'));
    if (!advocate) return;
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM users WHERE email = $1`, [advocate.email]);
    if (rows.length === 0 || (await manager.existsBy(PostingScheduleRecord, { userId: rows[0].id }))) return;
    await manager.insert(PostingScheduleRecord, {
      userId: rows[0].id,
      timeZone: 'Europe/Berlin',
      slots: [
        { day: 2, time: '09:00' },
        { day: 4, time: '09:00' },
        { day: 4, time: '12:30' },
      ],
      blackouts: [],
    });
  });
}
