/** Where the sandbox listens. */
export interface SandboxConfig {
  host: string;
  /** 0 picks a free port; the real one is in the ready line. */
  httpPort: number;
  smtpPort: number;
}

export class SandboxConfigError extends Error {}

export const SANDBOX_DEFAULTS: SandboxConfig = { host: '127.0.0.1', httpPort: 3100, smtpPort: 2525 };

/** Reads SANDBOX_HOST, SANDBOX_PORT and SANDBOX_SMTP_PORT; the caller passes the environment in. */
export function readSandboxConfig(env: Readonly<Record<string, string | undefined>>): SandboxConfig {
  return {
    host: env['SANDBOX_HOST']?.trim() || SANDBOX_DEFAULTS.host,
    httpPort: readPort(env, 'SANDBOX_PORT', SANDBOX_DEFAULTS.httpPort),
    smtpPort: readPort(env, 'SANDBOX_SMTP_PORT', SANDBOX_DEFAULTS.smtpPort),
  };
}

function readPort(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new SandboxConfigError(`${name} must be a port number from 0 to 65535 (0 picks a free port), got "${raw}"`);
  }
  return port;
}
