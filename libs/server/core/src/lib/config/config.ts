import { z } from 'zod';
import { parseEncryptionKeys } from '../crypto/secret-box';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const port = z.coerce.number().int().min(0).max(65535);

const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.some((p) => v.startsWith(`${p}:`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

/**
 * Every setting Chorus reads from the environment. This module is the only reader of process.env in the
 * server code; `.env.example` documents the same names.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: url(['postgres', 'postgresql']),
    REDIS_URL: url(['redis', 'rediss']),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i)
      .default('chorus'),
    API_HOST: z.string().default('127.0.0.1'),
    API_PORT: port.default(3000),
    PUBLIC_URL: url(['http', 'https']).default('http://localhost:3000'),
    WEB_DIST_DIR: z.string().default('dist/apps/web/browser'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters'),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 7),
    COOKIE_SECURE: bool.optional(),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    SMTP_URL: url(['smtp', 'smtps']).optional(),
    MAIL_FROM: z.string().default('Chorus <no-reply@chorus.local>'),
    MAIL_LOG_CONTENT: bool.optional(),
    WORKER_HEALTH_HOST: z.string().default('127.0.0.1'),
    WORKER_HEALTH_PORT: port.default(3001),
    HEARTBEAT_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(10),
    READY_HEARTBEAT_MAX_AGE_SECONDS: z.coerce.number().int().min(5).default(60),
    MIGRATE_ON_START: bool.default('true'),
    ENCRYPTION_KEYS: z.string().superRefine((value, ctx) => {
      try {
        parseEncryptionKeys(value);
      } catch (error) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
      }
    }),
    NETWORK_SANDBOX_PORT: port.optional(),
    NETWORK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    LINKEDIN_DEFAULT_VERSION: z
      .string()
      .regex(/^\d{6}$/, 'must be YYYYMM')
      .default('202610'),
    TOKEN_HEALTH_INTERVAL_MINUTES: z.coerce.number().int().min(1).default(15),
    X_REFRESH_AHEAD_MINUTES: z.coerce.number().int().min(1).default(30),
    FETCH_ALLOWLIST: z
      .string()
      .regex(/^[\w.:[\]\s,-]*$/, 'must be comma-separated host or host:port entries')
      .default(''),
    FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    FETCH_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(5 * 1024 * 1024),
    CONTENT_EXPIRY_INTERVAL_MINUTES: z.coerce.number().int().min(1).default(5),
    PUBLISH_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
    PUBLISH_RATE_LINKEDIN_PER_MINUTE: z.coerce.number().int().min(0).default(0),
    PUBLISH_RATE_X_PER_MINUTE: z.coerce.number().int().min(0).default(0),
    PUBLISH_LEASE_SECONDS: z.coerce.number().int().min(5).default(120),
    PUBLISH_RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(15),
    PUBLISH_MAX_TRANSIENT_FAILURES: z.coerce.number().int().min(1).max(20).default(5),
    PUBLISH_RETRY_BASE_SECONDS: z.coerce.number().min(0.1).default(30),
    PUBLISH_RESOLVE_DELAY_SECONDS: z.coerce.number().min(0).default(30),
    LINK_CACHE_SIZE: z.coerce.number().int().min(1).default(100_000),
    LINK_CLICK_FLUSH_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
    LINK_CLICK_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(1000),
    LINK_CLICK_BUFFER_MAX: z.coerce.number().int().min(1).default(50_000),
    METRICS_POLL_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(300),
    METRICS_POLL_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
    ROLLUP_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(300),
    ROLLUP_DEBOUNCE_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
    POINTS_SYNC_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(60),
    CHALLENGE_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(300),
    OUTREACH_TICK_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(3600),
    FEATURED_ANNOUNCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(60),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    CLOCK_CONTROL: bool.default('false'),
  })
  .transform((env) => ({
    ...env,
    COOKIE_SECURE: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    // Printing mails (with their links) is a development aid only.
    MAIL_LOG_CONTENT: env.MAIL_LOG_CONTENT ?? env.NODE_ENV !== 'production',
  }));

export type AppConfig = z.infer<typeof schema>;

/** The names of every variable the server reads (`.env.example` must list each one; a spec checks). */
export const CONFIG_VARIABLES = Object.keys(schema._def.schema.shape);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment and fails fast with a message naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(environment)';
        const message = issue.code === 'invalid_type' && issue.received === 'undefined' ? 'is required' : issue.message;
        return `${name} ${message}`;
      }),
    );
  }
  return result.data;
}
