import Fastify, { FastifyInstance } from 'fastify';
import { createTransport } from 'nodemailer';
import { mailRoutes } from './mail.routes';
import { MailStore } from './mail-store';
import { createSmtpCatcher, SmtpCatcher } from './smtp-catcher';

describe('SMTP catcher and mail routes: HTML mail', () => {
  let store: MailStore;
  let catcher: SmtpCatcher;
  let port: number;
  let http: FastifyInstance;

  beforeAll(async () => {
    store = new MailStore();
    catcher = createSmtpCatcher(store, { onError: () => undefined });
    port = await catcher.listen(0, '127.0.0.1');
    http = Fastify();
    await http.register(mailRoutes(store), { prefix: '/__sandbox' });
    await http.ready();
  });

  afterAll(async () => {
    await http.close();
    await catcher.close();
  });

  beforeEach(() => store.clear());

  async function send(message: { subject: string; text: string; html?: string; headers?: Record<string, string> }) {
    const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    try {
      await transport.sendMail({ from: 'Chorus <no-reply@chorus.test>', to: 'ann@example.test', ...message });
    } finally {
      transport.close();
    }
  }

  it('keeps the text and the HTML part of a multipart message (a digest with unsubscribe headers)', async () => {
    await send({
      subject: 'Your Chorus digest: 1 new post to share',
      text: 'Share this: https://chorus.test/compose/1',
      html: '<p><a href="https://chorus.test/compose/1">Share this</a></p>',
      headers: {
        'List-Unsubscribe': '<https://chorus.test/api/outreach/unsubscribe/one-click?token=t>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    const [caught] = store.list();
    expect(caught.text.trim()).toBe('Share this: https://chorus.test/compose/1');
    expect(caught.html).toBe('<p><a href="https://chorus.test/compose/1">Share this</a></p>');

    const page = await http.inject({ method: 'GET', url: `/__sandbox/mail/${caught.id}/html` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(String(page.headers['content-security-policy'])).toContain('sandbox');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(page.body).toBe(caught.html as string);

    const json = await http.inject({ method: 'GET', url: `/__sandbox/mail/${caught.id}` });
    expect(json.json().html).toBe(caught.html);
  });

  it('has no HTML for a text-only message, and the HTML page is a 404 problem', async () => {
    await send({ subject: 'Reset your password', text: 'Open https://chorus.test/reset?token=abc' });
    const [caught] = store.list();
    expect(caught.html).toBeUndefined();
    const page = await http.inject({ method: 'GET', url: `/__sandbox/mail/${caught.id}/html` });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('application/problem+json');
    expect((await http.inject({ method: 'GET', url: '/__sandbox/mail/missing/html' })).statusCode).toBe(404);
  });
});
