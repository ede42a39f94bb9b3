import { Process, Processor } from '@nestjs/bull';
import { OUTREACH_JOBS, QUEUES, SendPulseJob } from '@chorus/server/core';
import type { Job } from 'bull';
import { PulseMailer } from './pulse-mailer.service';

@Processor(QUEUES.outreach)
export class SendPulseProcessor {
  constructor(private readonly mailer: PulseMailer) {}

  @Process(OUTREACH_JOBS.sendPulse)
  async handle(job: Job<SendPulseJob>): Promise<void> {
    await this.mailer.send(job.data.surveyId, job.data.userId);
  }
}
