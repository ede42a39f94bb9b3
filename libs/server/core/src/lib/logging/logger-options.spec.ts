import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACTED_PATHS } from './logger-options';

describe('log redaction', () => {
  it('never writes cookies, authorisation headers, passwords or tokens', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    logger.info({
      req: {
        headers: {
          cookie: 'chorus_session=secret-session',
          authorization: 'Bearer secret-bearer',
          'x-xsrf-token': 'secret-csrf',
        },
      },
      res: { headers: { 'set-cookie': 'chorus_session=secret-set-cookie' } },
      body: {
        password: 'secret-password',
        newPassword: 'secret-new',
        token: 'secret-token',
        refreshToken: 'secret-refresh',
      },
    });
    expect(lines.length).toBe(1);
    expect(lines[0]).not.toContain('secret');
    expect(lines[0]).toContain('[redacted]');
  });
});
