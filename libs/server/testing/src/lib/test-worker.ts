import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig, clockOffsetKey, MailOutbox } from '@chorus/server/core';
import { WorkerModule } from '@chorus/server/platform';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DataSource } from 'typeorm';
import { CapturingMailOutbox } from './test-api';
import { testEnvironment } from './test-environment';

const REPO_ROOT = resolve(__dirname, '../../../../..');

export interface TestWorker {
  app: INestApplicationContext;
  config: AppConfig;
  dataSource: DataSource;
  /** What the worker would have mailed (notifications, …). */
  mail: CapturingMailOutbox;
  close(): Promise<void>;
}

export interface TestWorkerOptions {
  /** Route Nest's log lines to the worker's pino logger (set LOG_LEVEL in the overrides to see them). */
  logs?: boolean;
}

/**
 * The real worker (`WorkerModule.forRoot`, every Bull processor and repeatable job) in this process, on the
 * run's database and Redis, with mail captured. Give it the same QUEUE_PREFIX as the API it works for.
 */
export async function startTestWorker(
  overrides: Record<string, string> = {},
  options: TestWorkerOptions = {},
): Promise<TestWorker> {
  const env = await testEnvironment();
  const config = env.config(overrides);
  const mail = new CapturingMailOutbox();
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
    .overrideProvider(MailOutbox)
    .useValue(mail)
    .compile();
  // Nest's Logger is process-wide: only take it over when asked to (the API specs read their own logs).
  if (options.logs) moduleRef.useLogger(moduleRef.get(Logger));
  else moduleRef.useLogger(false);
  await moduleRef.init();
  let closed: Promise<void> | null = null;
  return {
    app: moduleRef,
    config,
    dataSource: moduleRef.get<DataSource>(getDataSourceToken()),
    mail,
    close: () => (closed ??= moduleRef.close()),
  };
}

export interface WorkerProcessOptions {
  /** A stdout/stderr line that says the worker is up; by default the publish queues' start line. */
  ready?: RegExp;
  readyTimeoutMs?: number;
  /** Also print the worker's output (prefixed) while it runs. */
  echo?: boolean;
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Every line the worker printed so far (pino JSON at LOG_LEVEL info unless overridden). */
  output: string[];
  /** Resolves with the first line (already printed or still to come) that matches. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** Sends the signal (SIGKILL by default: no shutdown hooks, no goodbye) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** SIGTERM, then SIGKILL after 8 s. */
  stop(): Promise<void>;
}

const DEFAULT_READY = /Publishing with concurrency/;

/**
 * `apps/worker` as a child process, started the way tools/stack starts it (`node -r @swc-node/register`),
 * with the run's environment plus `overrides` (the health port is picked freely). A spec can SIGKILL it.
 */
export async function startWorkerProcess(
  overrides: Record<string, string> = {},
  options: WorkerProcessOptions = {},
): Promise<WorkerProcess> {
  const env = await testEnvironment();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.node.json',
      ...env.env({ LOG_LEVEL: 'info', WORKER_HEALTH_PORT: '0', ...overrides }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (options.echo) process.stdout.write(`[worker ${child.pid}] ${line}\n`);
      for (const waiter of [...waiters]) {
        if (waiter.pattern.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    });
  }
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const alive = () => child.exitCode === null && child.signalCode === null;

  const waitForLine = (pattern: RegExp, timeoutMs: number) =>
    new Promise<string>((resolveLine, reject) => {
      const seen = output.find((line) => pattern.test(line));
      if (seen !== undefined) return resolveLine(seen);
      if (!alive()) return reject(new Error(`the worker exited before printing ${pattern}\n${tail(output)}`));
      const onExit = () => {
        clearTimeout(timer);
        reject(new Error(`the worker exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}\n${tail(output)}`));
      };
      const timer = setTimeout(() => {
        child.off('exit', onExit);
        reject(new Error(`the worker printed no line matching ${pattern} within ${timeoutMs} ms\n${tail(output)}`));
      }, timeoutMs);
      child.once('exit', onExit);
      waiters.push({
        pattern,
        resolve: (line) => {
          clearTimeout(timer);
          child.off('exit', onExit);
          resolveLine(line);
        },
      });
    });

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (!alive()) return;
    child.kill(signal);
    await exited;
  };

  try {
    await waitForLine(options.ready ?? DEFAULT_READY, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await kill();
    throw error;
  }
  return {
    child,
    output,
    waitForLine,
    kill,
    stop: async () => {
      if (!alive()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function tail(lines: string[]): string {
  return lines.slice(-20).join('\n');
}

/**
 * Moves the application clock of every process on `queuePrefix` that runs with CLOCK_CONTROL=true (API and
 * workers, in this process or not) to `offsetMs` ahead of the system clock, and waits until they have read
 * it (they poll every 250 ms).
 */
export async function setClockOffset(queuePrefix: string, offsetMs: number): Promise<void> {
  const env = await testEnvironment();
  const redis = new Redis(env.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    await redis.set(clockOffsetKey(queuePrefix), String(Math.round(offsetMs)));
  } finally {
    await redis.quit();
  }
  await new Promise((r) => setTimeout(r, 600));
}
