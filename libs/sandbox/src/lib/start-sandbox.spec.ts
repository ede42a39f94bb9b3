import { createServer, Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createTransport } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { CaughtMail } from './mail/mail-store';
import { MAX_MAIL_BYTES } from './mail/smtp-catcher';
import { RunningSandbox, startSandbox } from './start-sandbox';

describe('startSandbox', () => {
  let sandbox: RunningSandbox;
  let base: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ host: '127.0.0.1', httpPort: 0, smtpPort: 0, logger: false });
    base = `http://127.0.0.1:${sandbox.httpPort}`;
  });

  afterAll(async () => {
    await sandbox.close();
  });

  beforeEach(async () => {
    const response = await fetch(`${base}/__sandbox/reset`, { method: 'POST' });
    expect(response.status).toBe(204);
  });

  async function send(
    message: { to: string | string[]; subject: string; text: string; from?: string },
    auth?: SMTPTransport.Options['auth'],
  ) {
    const transport = createTransport({
      host: '127.0.0.1',
      port: sandbox.smtpPort,
      secure: false,
      ignoreTLS: true,
      auth,
    });
    try {
      return await transport.sendMail({ from: '"Chorus" <no-reply@chorus.test>', ...message });
    } finally {
      transport.close();
    }
  }

  async function listMail(query = ''): Promise<CaughtMail[]> {
    const response = await fetch(`${base}/__sandbox/mail${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    return (await response.json()) as CaughtMail[];
  }

  it('listens on free ports and answers the health check', async () => {
    expect(sandbox.httpPort).toBeGreaterThan(0);
    expect(sandbox.smtpPort).toBeGreaterThan(0);
    expect(sandbox.smtpPort).not.toBe(sandbox.httpPort);
    const response = await fetch(`${base}/__sandbox/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('catches a mail sent over SMTP and returns it over HTTP', async () => {
    const before = Date.now();
    await send({
      to: '"Ann Example" <ann@example.test>',
      subject: 'Reset your password',
      text: 'Open https://chorus.test/reset?token=abc\n',
    });

    const [caught] = await listMail();
    expect(caught).toEqual({
      id: jasmine.any(String),
      receivedAt: jasmine.any(String),
      from: 'no-reply@chorus.test',
      to: ['ann@example.test'],
      subject: 'Reset your password',
      text: 'Open https://chorus.test/reset?token=abc\n',
    });
    expect(Date.parse(caught.receivedAt)).toBeGreaterThanOrEqual(before - 1000);

    const one = await fetch(`${base}/__sandbox/mail/${caught.id}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual(caught);
    expect(sandbox.mail.get(caught.id)).toEqual(caught);
  });

  it('lists newest first and filters by recipient, ignoring case', async () => {
    await send({ to: 'ann@example.test', subject: 'first', text: '1' });
    await send({ to: ['bob@example.test', 'Ann@Example.test'], subject: 'second', text: '2' });
    await send({ to: 'bob@example.test', subject: 'third', text: '3' });

    expect((await listMail()).map((m) => m.subject)).toEqual(['third', 'second', 'first']);
    expect((await listMail('?to=ANN%40example.TEST')).map((m) => m.subject)).toEqual(['second', 'first']);
    expect((await listMail('?to=bob@example.test')).map((m) => m.subject)).toEqual(['third', 'second']);
    expect(await listMail('?to=nobody@example.test')).toEqual([]);
  });

  it('records Bcc recipients, which only the envelope carries', async () => {
    const transport = createTransport({ host: '127.0.0.1', port: sandbox.smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'a@chorus.test',
      to: 'ann@example.test',
      bcc: 'audit@example.test',
      subject: 's',
      text: 't',
    });
    transport.close();
    expect((await listMail('?to=audit@example.test')).length).toBe(1);
  });

  it('accepts any SMTP credentials', async () => {
    await send({ to: 'ann@example.test', subject: 'with auth', text: 'x' }, { user: 'chorus', pass: 'anything' });
    expect((await listMail()).map((m) => m.subject)).toEqual(['with auth']);
  });

  it('refuses a message over 1 MB', async () => {
    const tooBig = 'x'.repeat(MAX_MAIL_BYTES + 1024);
    await expectAsync(send({ to: 'ann@example.test', subject: 'huge', text: tooBig })).toBeRejectedWith(
      jasmine.objectContaining({ responseCode: 552 }),
    );
    expect(await listMail()).toEqual([]);
  });

  it('answers an unknown mail id with a 404 problem', async () => {
    const response = await fetch(`${base}/__sandbox/mail/does-not-exist`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toEqual(
      jasmine.objectContaining({ status: 404, title: 'Not Found', detail: jasmine.stringContaining('does-not-exist') }),
    );
  });

  it('clears the mail on DELETE and all state on reset', async () => {
    await send({ to: 'ann@example.test', subject: 'one', text: '1' });
    const deleted = await fetch(`${base}/__sandbox/mail`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await listMail()).toEqual([]);

    await send({ to: 'ann@example.test', subject: 'two', text: '2' });
    const reset = await fetch(`${base}/__sandbox/reset`, { method: 'POST' });
    expect(reset.status).toBe(204);
    expect(await listMail()).toEqual([]);
  });

  it('shows the mailbox page with escaped content and clickable links', async () => {
    await send({ to: 'ann@example.test', subject: 'older', text: 'nothing here' });
    await send({
      to: 'ann@example.test',
      subject: '<script>alert("x")</script>',
      text: 'Reset: https://chorus.test/reset?token=a&b=1 <img src=x onerror=alert(1)>',
    });

    const response = await fetch(`${base}/__sandbox/mailbox`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<h1>Chorus sandbox — mailbox</h1>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<a href="https://chorus.test/reset?token=a&amp;b=1" rel="noreferrer">');
    expect(html.indexOf('&lt;script&gt;')).toBeLessThan(html.indexOf('older'));

    const filtered = await (await fetch(`${base}/__sandbox/mailbox?to=bob@example.test`)).text();
    expect(filtered).toContain('No mail for bob@example.test yet.');
  });
});

describe('startSandbox lifecycle', () => {
  let blocker: Server;

  beforeEach(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  });

  afterEach(async () => {
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('fails when a port is taken and leaves nothing listening', async () => {
    const taken = (blocker.address() as AddressInfo).port;
    await expectAsync(startSandbox({ httpPort: 0, smtpPort: taken, logger: false })).toBeRejectedWith(
      jasmine.objectContaining({ code: 'EADDRINUSE' }),
    );
    await expectAsync(startSandbox({ httpPort: taken, smtpPort: 0, logger: false })).toBeRejectedWith(
      jasmine.objectContaining({ code: 'EADDRINUSE' }),
    );
  });

  it('frees both ports on close, and close can be called twice', async () => {
    const sandbox = await startSandbox({ logger: false });
    await Promise.all([sandbox.close(), sandbox.close()]);
    await sandbox.close();
    await expectAsync(fetch(`http://127.0.0.1:${sandbox.httpPort}/__sandbox/health`)).toBeRejected();
    const again = await startSandbox({ httpPort: sandbox.httpPort, smtpPort: sandbox.smtpPort, logger: false });
    expect([again.httpPort, again.smtpPort]).toEqual([sandbox.httpPort, sandbox.smtpPort]);
    await again.close();
  });
});
