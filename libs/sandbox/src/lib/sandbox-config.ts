/** OAuth client credentials of the app the sandbox knows from the start. */
export interface SandboxAppCredentials {
  clientId: string;
  clientSecret: string;
}

/** Where the sandbox listens, and the apps it knows before anything is seeded. */
export interface SandboxConfig {
  host: string;
  /** 0 picks a free port; the real one is in the ready line. */
  httpPort: number;
  smtpPort: number;
  apps: { linkedin: SandboxAppCredentials; x: SandboxAppCredentials };
}

export class SandboxConfigError extends Error {}

export const SANDBOX_DEFAULTS: SandboxConfig = {
  host: '127.0.0.1',
  httpPort: 3100,
  smtpPort: 2525,
  apps: {
    linkedin: { clientId: 'chorus-sandbox-linkedin', clientSecret: 'sandbox-linkedin-secret' },
    x: { clientId: 'chorus-sandbox-x', clientSecret: 'sandbox-x-secret' },
  },
};

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads SANDBOX_HOST, SANDBOX_PORT, SANDBOX_SMTP_PORT and the default apps' credentials
 * (SANDBOX_LINKEDIN_CLIENT_ID/SECRET, SANDBOX_X_CLIENT_ID/SECRET); the caller passes the environment in.
 */
export function readSandboxConfig(env: Env): SandboxConfig {
  return {
    host: env['SANDBOX_HOST']?.trim() || SANDBOX_DEFAULTS.host,
    httpPort: readPort(env, 'SANDBOX_PORT', SANDBOX_DEFAULTS.httpPort),
    smtpPort: readPort(env, 'SANDBOX_SMTP_PORT', SANDBOX_DEFAULTS.smtpPort),
    apps: {
      linkedin: {
        clientId: env['SANDBOX_LINKEDIN_CLIENT_ID']?.trim() || SANDBOX_DEFAULTS.apps.linkedin.clientId,
        clientSecret: env['SANDBOX_LINKEDIN_CLIENT_SECRET']?.trim() || SANDBOX_DEFAULTS.apps.linkedin.clientSecret,
      },
      x: {
        clientId: env['SANDBOX_X_CLIENT_ID']?.trim() || SANDBOX_DEFAULTS.apps.x.clientId,
        clientSecret: env['SANDBOX_X_CLIENT_SECRET']?.trim() || SANDBOX_DEFAULTS.apps.x.clientSecret,
      },
    },
  };
}

function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new SandboxConfigError(`${name} must be a port number from 0 to 65535 (0 picks a free port), got "${raw}"`);
  }
  return port;
}
