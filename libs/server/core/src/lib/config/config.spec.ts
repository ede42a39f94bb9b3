import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './config';

const minimal = {
  DATABASE_URL: 'postgres://localhost/chorus',
  REDIS_URL: 'redis://localhost:6379',
  SESSION_SECRET: 'x'.repeat(32),
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
};

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig(minimal);
    expect(config.API_PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.COOKIE_SECURE).toBeFalse();
    expect(config.MAIL_LOG_CONTENT).toBeTrue();
  });

  it('secures cookies and stops printing mail in production', () => {
    const config = loadConfig({ ...minimal, NODE_ENV: 'production' });
    expect(config.COOKIE_SECURE).toBeTrue();
    expect(config.MAIL_LOG_CONTENT).toBeFalse();
  });

  it('fails fast, naming every missing or malformed variable', () => {
    let error: unknown;
    try {
      loadConfig({ REDIS_URL: 'http://wrong', API_PORT: 'eighty', SESSION_SECRET: 'short', ENCRYPTION_KEYS: 'k1:abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('DATABASE_URL is required');
    expect(message).toContain('REDIS_URL must start with redis:// or rediss://');
    expect(message).toContain('API_PORT');
    expect(message).toContain('SESSION_SECRET must be at least 32 characters');
    expect(message).toContain('ENCRYPTION_KEYS key k1 must be 32 bytes');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ ...minimal, API_PORT: '' }).API_PORT).toBe(3000);
  });
});

describe('.env.example', () => {
  it('lists every variable the server reads', () => {
    const example = readFileSync(join(__dirname, '../../../../../../.env.example'), 'utf8');
    const listed = new Set(
      example
        .split('\n')
        .map((line) => line.match(/^([A-Z0-9_]+)=/)?.[1])
        .filter(Boolean),
    );
    expect(CONFIG_VARIABLES.filter((name) => !listed.has(name))).toEqual([]);
  });
});
