import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, isListening } from './ports';

export interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}

function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** On Debian or Ubuntu as root we install it ourselves; elsewhere we say exactly how. */
function installRedis(log: (line: string) => void): void {
  const isDebian = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isDebian && process.getuid?.() === 0) {
    log('redis-server is missing: installing it with apt-get (Debian package redis-server) …');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit' });
    if (update.status === 0 && install.status === 0 && hasRedisServer()) return;
  }
  throw new Error(
    [
      'Chorus needs Redis for its job queues, and redis-server is not on PATH.',
      'Either set REDIS_URL to a running Redis, or install it:',
      '  Debian/Ubuntu: sudo apt-get install -y redis-server',
      '  Fedora/RHEL:   sudo dnf install -y redis',
      '  macOS:         brew install redis',
    ].join('\n'),
  );
}

/** REDIS_URL when given; otherwise a redis-server of our own on a free loopback port. */
export async function ensureRedis(dir: string, log: (line: string) => void): Promise<RedisHandle> {
  const given = process.env['REDIS_URL'];
  if (given) return { url: given, stop: async () => undefined };
  if (!hasRedisServer()) installRedis(log);
  const port = await freePort();
  const redisDir = join(dir, 'redis');
  mkdirSync(redisDir, { recursive: true });
  // Redis holds queues only (Postgres is the source of truth), but keep an append-only file so that
  // delayed jobs survive a restart of `npm start`.
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      redisDir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const deadline = Date.now() + 10_000;
  while (!(await isListening(port))) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('redis-server did not start within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}
