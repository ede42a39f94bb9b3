import type { Role, UserStatus } from '@chorus/shared/contracts';
import { Group, GroupMember, PasswordHasher, User } from '@chorus/server/identity';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

export const TEST_PASSWORD = 'test-password-123';

const hasher = new PasswordHasher();
let hashed: Promise<string> | null = null;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${randomBytes(4).toString('hex')}@chorus.test`;
}

export interface UserFactoryOptions {
  email?: string;
  name?: string;
  roles?: Role[];
  status?: UserStatus;
  password?: string;
  groupIds?: string[];
}

/** A user straight in the database (the password is TEST_PASSWORD unless given). */
export async function createUser(
  dataSource: DataSource,
  options: UserFactoryOptions = {},
): Promise<User & { password: string }> {
  const password = options.password ?? TEST_PASSWORD;
  hashed ??= hasher.hash(TEST_PASSWORD);
  const passwordHash = options.password ? await hasher.hash(options.password) : await hashed;
  const repository = dataSource.getRepository(User);
  const user = await repository.save(
    repository.create({
      email: options.email ?? uniqueEmail(options.roles?.[0] ?? 'user'),
      name: options.name ?? 'Test User',
      roles: options.roles ?? ['advocate'],
      status: options.status ?? 'active',
      passwordHash,
    }),
  );
  if (options.groupIds?.length) {
    await dataSource
      .getRepository(GroupMember)
      .insert(options.groupIds.map((groupId) => ({ groupId, userId: user.id })));
  }
  return Object.assign(user, { password });
}

export async function createGroup(
  dataSource: DataSource,
  name = `Group ${randomBytes(3).toString('hex')}`,
): Promise<Group> {
  const repository = dataSource.getRepository(Group);
  return repository.save(repository.create({ name, description: '' }));
}
