import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');

function othersCanEnter(path: string): boolean {
  let current = resolve(path);
  while (true) {
    try {
      const { mode } = statSync(current);
      if ((mode & 0o001) === 0) return false;
    } catch {
      // A folder that does not exist yet will be created with default permissions.
    }
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * Where Chorus keeps its local Postgres and Redis data: CHORUS_DATA_DIR, else `.chorus/` in the repo.
 * Postgres refuses to run as root, so as root the embedded server runs as the `postgres` user, which must
 * be able to enter the folder; under a private home (mode 700) we fall back to /var/tmp.
 */
export function dataDir(explicit = process.env['CHORUS_DATA_DIR']): string {
  let dir = explicit ? resolve(explicit) : join(REPO_ROOT, '.chorus');
  if (!explicit && process.getuid?.() === 0 && !othersCanEnter(dir)) {
    const hash = createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 10);
    dir = `/var/tmp/chorus-${hash}`;
  }
  mkdirSync(dir, { recursive: true });
  accessSync(dir, constants.W_OK);
  return dir;
}
