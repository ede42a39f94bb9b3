import { readSandboxConfig, SANDBOX_DEFAULTS, SandboxConfigError } from './sandbox-config';

describe('readSandboxConfig', () => {
  it('defaults to loopback, HTTP 3100, SMTP 2525 and the documented sandbox apps', () => {
    expect(readSandboxConfig({})).toEqual({
      host: '127.0.0.1',
      httpPort: 3100,
      smtpPort: 2525,
      apps: {
        linkedin: { clientId: 'chorus-sandbox-linkedin', clientSecret: 'sandbox-linkedin-secret' },
        x: { clientId: 'chorus-sandbox-x', clientSecret: 'sandbox-x-secret' },
      },
    });
    expect(
      readSandboxConfig({ SANDBOX_HOST: ' ', SANDBOX_PORT: '', SANDBOX_SMTP_PORT: '', SANDBOX_X_CLIENT_ID: ' ' }),
    ).toEqual(SANDBOX_DEFAULTS);
  });

  it('reads host and ports, and accepts 0 for a free port', () => {
    expect(readSandboxConfig({ SANDBOX_HOST: '0.0.0.0', SANDBOX_PORT: '0', SANDBOX_SMTP_PORT: '65535' })).toEqual(
      jasmine.objectContaining({ host: '0.0.0.0', httpPort: 0, smtpPort: 65535 }),
    );
  });

  it('reads the default apps credentials', () => {
    const config = readSandboxConfig({
      SANDBOX_LINKEDIN_CLIENT_ID: 'li-id',
      SANDBOX_LINKEDIN_CLIENT_SECRET: 'li-secret',
      SANDBOX_X_CLIENT_ID: 'x-id',
      SANDBOX_X_CLIENT_SECRET: 'x-secret',
    });
    expect(config.apps).toEqual({
      linkedin: { clientId: 'li-id', clientSecret: 'li-secret' },
      x: { clientId: 'x-id', clientSecret: 'x-secret' },
    });
  });

  it('rejects ports that are not whole numbers in range', () => {
    for (const bad of ['-1', '65536', '3100.5', 'abc', '1e3', '0x10']) {
      expect(() => readSandboxConfig({ SANDBOX_PORT: bad }))
        .withContext(bad)
        .toThrowMatching((error) => error instanceof SandboxConfigError && error.message.includes('SANDBOX_PORT'));
    }
    expect(() => readSandboxConfig({ SANDBOX_SMTP_PORT: 'x' })).toThrowError(SandboxConfigError, /SANDBOX_SMTP_PORT/);
  });
});
