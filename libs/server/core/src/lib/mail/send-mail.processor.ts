import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { MAIL_JOBS, QUEUES, SendMailJob } from '../queue/queues';
import { SmtpMailer } from './mailer';

@Processor(QUEUES.mail)
export class SendMailProcessor {
  constructor(private readonly mailer: SmtpMailer) {}

  @Process(MAIL_JOBS.send)
  async handle(job: Job<SendMailJob>): Promise<void> {
    await this.mailer.deliver(job.data);
  }
}
