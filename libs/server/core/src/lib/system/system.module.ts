import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { secretBoxProvider } from '../crypto/secret-box.provider';
import { MailOutbox, QueuedMailOutbox, SmtpMailer } from '../mail/mailer';
import { SendMailProcessor } from '../mail/send-mail.processor';
import { Clock } from '../util/clock';
import { ClockControl } from '../util/clock-control';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { HeartbeatProcessor } from './heartbeat.processor';
import { HeartbeatScheduler } from './heartbeat.scheduler';
import { Metrics } from './metrics';
import { WorkerHeartbeat } from './worker-heartbeat.entity';

const shared = [Clock, Metrics, secretBoxProvider, { provide: MailOutbox, useClass: QueuedMailOutbox }];

/** API side: health endpoints, the clock and the mail outbox. */
@Module({
  imports: [TypeOrmModule.forFeature([WorkerHeartbeat])],
  controllers: [HealthController],
  providers: [...shared, ClockControl, HealthService],
  exports: [...shared],
})
export class SystemModule {}

/** Worker side: the heartbeat and mail delivery. */
@Module({
  imports: [TypeOrmModule.forFeature([WorkerHeartbeat])],
  providers: [...shared, ClockControl, HeartbeatProcessor, HeartbeatScheduler, SmtpMailer, SendMailProcessor, HealthService],
  exports: [...shared, HealthService],
})
export class SystemWorkerModule {}
