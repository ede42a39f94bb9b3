import { Group, GroupMember, PasswordHasher, User } from '@chorus/server/identity';
import { DataSource } from 'typeorm';
import { DEMO_GROUPS, DEMO_PASSWORD, DEMO_USERS } from './demo-organisation';
import { seedDemoAnalytics } from './seed-analytics';
import { seedDemoContent } from './seed-content';
import { seedDemoEnablement } from './seed-enablement';
import { seedDemoGuidelines } from './seed-guidelines';
import { seedDemoPublishing } from './seed-publishing';

export interface SeedReport {
  groupsCreated: number;
  usersCreated: number;
}

/**
 * Creates the demo organisation. Idempotent: whatever exists already (by group name or e-mail) is left as
 * it is, so running it on every start never overwrites what someone changed in the demo.
 */
export async function seedDemo(dataSource: DataSource, hasher = new PasswordHasher()): Promise<SeedReport> {
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  const report = await dataSource.transaction(async (manager) => {
    let groupsCreated = 0;
    let usersCreated = 0;
    const groupIds = new Map<string, string>();
    for (const group of DEMO_GROUPS) {
      let row = await manager.findOneBy(Group, { name: group.name });
      if (!row) {
        row = await manager.save(manager.create(Group, group));
        groupsCreated++;
      }
      groupIds.set(group.name, row.id);
    }
    for (const demo of DEMO_USERS) {
      if (await manager.existsBy(User, { email: demo.email })) continue;
      const user = await manager.save(
        manager.create(User, { email: demo.email, name: demo.name, roles: demo.roles, status: 'active', passwordHash }),
      );
      const memberships = demo.groups.map((name) => ({ groupId: groupIds.get(name) as string, userId: user.id }));
      if (memberships.length > 0) await manager.insert(GroupMember, memberships);
      usersCreated++;
    }
    return { groupsCreated, usersCreated };
  });
  // After the groups exist, so targeted demo items find them.
  await seedDemoContent(dataSource);
  await seedDemoGuidelines(dataSource);
  await seedDemoPublishing(dataSource);
  await seedDemoAnalytics(dataSource);
  // After the analytics history: the finished challenge's winner is computed from the seeded shares.
  await seedDemoEnablement(dataSource);
  return report;
}
