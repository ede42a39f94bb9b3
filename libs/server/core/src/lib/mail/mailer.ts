import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bull';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { MAIL_JOBS, QUEUES, SendMailJob } from '../queue/queues';
import { MailMessage } from './mail-message';

/** How many messages the worker hands to SMTP at once: nodemailer's default pool size (maxConnections). */
export const SMTP_POOL_SIZE = 5;

/**
 * SMTP_URL with connection pooling on unless the URL says otherwise (`?pool=false`): a digest run sends
 * thousands of messages, and a new connection (greeting, EHLO, QUIT) per message halves the throughput.
 */
export function pooledSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', String(SMTP_POOL_SIZE));
  return url.toString();
}

/** Where request handlers put mail. Behind an injectable so specs can read what would have been sent. */
export abstract class MailOutbox {
  abstract send(message: MailMessage): Promise<void>;
}

/** Mail goes out from the worker, so a slow or failing SMTP server never slows a request down. */
@Injectable()
export class QueuedMailOutbox extends MailOutbox {
  constructor(@InjectQueue(QUEUES.mail) private readonly queue: Queue<SendMailJob>) {
    super();
  }

  async send(message: MailMessage): Promise<void> {
    await this.queue.add(MAIL_JOBS.send, message, {
      attempts: 5,
      backoff: { type: 'exponential', delay: 5000 },
    });
  }
}

/**
 * Delivers through SMTP when SMTP_URL is set (in development, the sandbox's mail catcher), and in
 * development also prints the mail so that a reset or invite link can be followed from the terminal.
 */
@Injectable()
export class SmtpMailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.SMTP_URL ? createTransport(pooledSmtpUrl(config.SMTP_URL)) : null;
  }

  async deliver(message: MailMessage): Promise<void> {
    if (this.config.MAIL_LOG_CONTENT) {
      this.logger.log(`Mail to ${message.to}: ${message.subject}\n${message.text}`);
    }
    if (!this.transport) {
      if (!this.config.MAIL_LOG_CONTENT)
        this.logger.warn(`SMTP_URL is not set: mail "${message.subject}" was not sent`);
      return;
    }
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      ...(message.headers ? { headers: message.headers } : {}),
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
