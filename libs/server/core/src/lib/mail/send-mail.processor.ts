import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { MAIL_JOBS, QUEUES, SendMailJob } from '../queue/queues';
import { SMTP_POOL_SIZE, SmtpMailer } from './mailer';

@Processor(QUEUES.mail)
export class SendMailProcessor {
  constructor(private readonly mailer: SmtpMailer) {}

  // As many at once as the SMTP pool has connections (one at a time left the pool idle during digest runs).
  @Process({ name: MAIL_JOBS.send, concurrency: SMTP_POOL_SIZE })
  async handle(job: Job<SendMailJob>): Promise<void> {
    await this.mailer.deliver(job.data);
  }
}
