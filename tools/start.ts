import { DEMO_LOGINS, DEMO_PASSWORD } from '@chorus/server/demo';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, REPO_ROOT } from './stack/paths';
import { startStack } from './stack/stack';

const log = (line: string) => process.stdout.write(`[chorus] ${line}\n`);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web client when there is none yet or its sources changed since the last build. */
function buildWebIfStale(): void {
  const index = join(REPO_ROOT, 'dist/apps/web/browser/index.html');
  const sources = Math.max(newestMtime(join(REPO_ROOT, 'apps/web/src')), newestMtime(join(REPO_ROOT, 'libs/web')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('Building the web client (first start or changed sources) …');
  const result = spawnSync('npx', ['nx', 'build', 'web', '--skip-nx-cache'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) throw new Error('Building the web client failed (see above).');
}

export async function main(): Promise<void> {
  const started = Date.now();
  buildWebIfStale();
  const dir = dataDir();
  log(`Local data in ${dir}`);
  const quietJson = process.env['CHORUS_LOG_JSON'] !== 'true';
  const stack = await startStack({
    dataDir: dir,
    database: process.env['DATABASE_URL'] ? undefined : 'chorus',
    seed: true,
    nodeEnv: 'development',
    apiPort: Number(process.env['API_PORT'] ?? 3000),
    log,
    // JSON logs stay machine-readable; in a terminal we show level and message only.
    output: quietJson ? (name, line) => process.stdout.write(`[${name}] ${humanise(line)}\n`) : undefined,
  });
  const width = Math.max(...DEMO_LOGINS.map((u) => u.email.length));
  process.stdout.write(
    [
      '',
      `Chorus is running (${((Date.now() - started) / 1000).toFixed(1)} s).`,
      `  Web client   ${stack.apiUrl}/`,
      `  API          ${stack.apiUrl}/api  (OpenAPI: ${stack.apiUrl}/api/docs)`,
      `  Health       ${stack.apiUrl}/api/health/ready`,
      `  Sandbox      ${stack.sandboxUrl}/__sandbox/health  (mailbox: ${stack.sandboxUrl}/__sandbox/mailbox)`,
      '',
      `Demo users (password for all: ${DEMO_PASSWORD}):`,
      ...DEMO_LOGINS.map((u) => `  ${u.roles.join(', ').padEnd(9)} ${u.email.padEnd(width)}  ${u.name}`),
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      log('Stopping …');
      stack.stop().then(resolveStop, resolveStop);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

function humanise(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line) as {
      level?: number;
      msg?: string;
      context?: string;
      req?: { method?: string; url?: string };
      res?: { statusCode?: number };
      responseTime?: number;
    };
    const level = LEVELS[entry.level ?? 30] ?? 'info';
    const request =
      entry.req && entry.res
        ? `${entry.req.method} ${entry.req.url} → ${entry.res.statusCode} (${entry.responseTime} ms) `
        : '';
    return `${level.padEnd(5)} ${entry.context ? `${entry.context}: ` : ''}${request}${entry.msg ?? ''}`;
  } catch {
    return line;
  }
}
