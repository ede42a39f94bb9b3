import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { AppConfig } from '../config/config';
import { pooledSmtpUrl, SmtpMailer } from './mailer';

describe('pooledSmtpUrl', () => {
  it('turns pooling on, keeping credentials, host, port and other options', () => {
    const url = new URL(pooledSmtpUrl('smtp://user:p%40ss@mail.example.com:2525/?tls.rejectUnauthorized=false'));
    expect(url.protocol).toBe('smtp:');
    expect(url.username).toBe('user');
    expect(url.password).toBe('p%40ss');
    expect(url.host).toBe('mail.example.com:2525');
    expect(url.searchParams.get('pool')).toBe('true');
    expect(url.searchParams.get('maxConnections')).toBe('5');
    expect(url.searchParams.get('tls.rejectUnauthorized')).toBe('false');
  });

  it('leaves pooling settings the URL already has', () => {
    const url = new URL(pooledSmtpUrl('smtps://mail.example.com?pool=false&maxConnections=2'));
    expect(url.searchParams.get('pool')).toBe('false');
    expect(url.searchParams.get('maxConnections')).toBe('2');
  });
});

describe('SmtpMailer (local SMTP server)', () => {
  let server: SMTPServer;
  let port: number;
  let connections = 0;
  const received: Buffer[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      closeTimeout: 100,
      onConnect: (_session, callback) => {
        connections += 1;
        callback();
      },
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends text, HTML and extra headers, reusing pooled connections', async () => {
    const mailer = new SmtpMailer({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Chorus <no-reply@chorus.test>',
      MAIL_LOG_CONTENT: false,
    } as AppConfig);
    try {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          mailer.deliver({
            to: `ann${i}@example.test`,
            subject: `Digest ${i}`,
            text: 'Share this: https://chorus.test/compose/1',
            html: '<p><a href="https://chorus.test/compose/1">Share this</a></p>',
            headers: {
              'List-Unsubscribe': '<https://chorus.test/u?token=t>',
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          }),
        ),
      );
    } finally {
      mailer.onModuleDestroy();
    }
    expect(received.length).toBe(12);
    expect(connections).withContext('at most the pool size').toBeLessThanOrEqual(5);
    const raw = received[0].toString('utf8');
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/chorus\.test\/u\?token=t>/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    const parsed = await simpleParser(received[0]);
    expect(parsed.text?.trim()).toBe('Share this: https://chorus.test/compose/1');
    expect(parsed.html).toBe('<p><a href="https://chorus.test/compose/1">Share this</a></p>');
  });
});
