import { readSandboxConfig, SandboxConfigError } from './sandbox-config';

describe('readSandboxConfig', () => {
  it('defaults to loopback, HTTP 3100 and SMTP 2525', () => {
    expect(readSandboxConfig({})).toEqual({ host: '127.0.0.1', httpPort: 3100, smtpPort: 2525 });
    expect(readSandboxConfig({ SANDBOX_HOST: ' ', SANDBOX_PORT: '', SANDBOX_SMTP_PORT: '' })).toEqual({
      host: '127.0.0.1',
      httpPort: 3100,
      smtpPort: 2525,
    });
  });

  it('reads host and ports, and accepts 0 for a free port', () => {
    expect(readSandboxConfig({ SANDBOX_HOST: '0.0.0.0', SANDBOX_PORT: '0', SANDBOX_SMTP_PORT: '65535' })).toEqual({
      host: '0.0.0.0',
      httpPort: 0,
      smtpPort: 65535,
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
