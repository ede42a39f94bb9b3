import { mkdirSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { dataDir, REPO_ROOT, RunningStack, startStack } from '@chorus/tools';
import { clockOffsetKey } from '@chorus/server/core';
import Redis from 'ioredis';
import { startFeedServer } from './feed-server';

/** The whole product (sandbox, API, worker, built web client) on a fresh database, plus Chromium. */
export interface E2eWorld {
  stack: RunningStack;
  /** A loopback feed server (allow-listed for the safe fetcher): `${feedUrl}` serves an RSS feed. */
  feedUrl: string;
  browser: Browser;
  newPage(options?: { width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page }>;
  screenshot(page: Page, name: string): Promise<void>;
  /** Moves the API's and worker's clock forward (CLOCK_CONTROL), as if this much time had passed. */
  advanceClock(seconds: number): Promise<void>;
}

export const RESULTS_DIR = join(REPO_ROOT, 'test-results', 'e2e');
let world: Promise<E2eWorld> | null = null;
let stopFeeds: (() => Promise<void>) | undefined;

async function create(): Promise<E2eWorld> {
  mkdirSync(join(RESULTS_DIR, 'screens'), { recursive: true });
  const appLog = createWriteStream(join(RESULTS_DIR, 'apps.log'));
  const feeds = await startFeedServer();
  const runId = (process.env['E2E_RUN_ID'] ?? Date.now().toString(36)).toLowerCase().replace(/[^a-z0-9]/g, '');
  const stack = await startStack({
    dataDir: join(dataDir(), 'test'),
    database: `chorus_e2e_${runId}`,
    dropDatabaseOnStop: true,
    seed: true,
    nodeEnv: 'test',
    queuePrefix: `chorus_e2e_${runId}`,
    log: (line) => appLog.write(`[stack] ${line}\n`),
    output: (name, line) => appLog.write(`[${name}] ${line}\n`),
    extraEnv: {
      FETCH_ALLOWLIST: `127.0.0.1:${feeds.port}`,
      // Lets a spec move time forward instead of waiting for a scheduled post.
      CLOCK_CONTROL: 'true',
      PUBLISH_RECONCILE_INTERVAL_SECONDS: '1',
      // Dashboards follow a click within a second or so instead of the default few seconds.
      ROLLUP_DEBOUNCE_MS: '300',
      // Points, challenge results and chat announcements follow within seconds instead of minutes.
      POINTS_SYNC_INTERVAL_SECONDS: '2',
      CHALLENGE_CHECK_INTERVAL_SECONDS: '5',
      FEATURED_ANNOUNCE_INTERVAL_SECONDS: '2',
    },
  });
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  stopFeeds = feeds.stop;
  const queuePrefix = `chorus_e2e_${runId}`;
  let offsetMs = 0;
  return {
    stack,
    feedUrl: `http://127.0.0.1:${feeds.port}/company-news.xml`,
    browser,
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: stack.apiUrl,
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      });
      return { context, page: await context.newPage() };
    },
    screenshot: async (page, name) => {
      await page.screenshot({ path: join(RESULTS_DIR, 'screens', `${name}.png`), fullPage: true });
    },
    advanceClock: async (seconds) => {
      offsetMs += seconds * 1000;
      const redis = new Redis(stack.redisUrl);
      try {
        await redis.set(clockOffsetKey(queuePrefix), String(offsetMs));
      } finally {
        redis.disconnect();
      }
      // Every process reads the offset four times a second.
      await new Promise((resolveWait) => setTimeout(resolveWait, 600));
    },
  };
}

export function e2eWorld(): Promise<E2eWorld> {
  world ??= create();
  return world;
}

export async function stopE2eWorld(): Promise<void> {
  if (!world) return;
  const current = await world;
  world = null;
  await current.browser.close();
  await current.stack.stop();
  await stopFeeds?.();
}
