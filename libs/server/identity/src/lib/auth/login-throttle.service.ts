import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, DomainError } from '@chorus/server/core';
import { MoreThan, Repository } from 'typeorm';
import { LoginAttempt } from '../entities';

/** One address may try several accounts (an office behind one NAT), so it gets a larger budget. */
const IP_BUDGET_FACTOR = 4;

/** Counts failed sign-ins in a sliding window in Postgres, so every API instance sees the same count. */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginAttempt)
    private readonly attempts: Repository<LoginAttempt>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const windowMs = this.config.LOGIN_WINDOW_MINUTES * 60_000;
    const since = new Date(this.clock.now().getTime() - windowMs);
    const [byEmail, byIp] = await Promise.all([
      this.attempts.count({
        where: { email, succeeded: false, at: MoreThan(since) },
      }),
      this.attempts.count({
        where: { ip, succeeded: false, at: MoreThan(since) },
      }),
    ]);
    const max = this.config.LOGIN_MAX_FAILURES;
    if (byEmail >= max || byIp >= max * IP_BUDGET_FACTOR) {
      const minutes = this.config.LOGIN_WINDOW_MINUTES;
      throw new DomainError(
        429,
        'auth.throttled',
        `Too many failed sign-in attempts. Try again in ${minutes} minutes or reset your password.`,
        undefined,
        { 'retry-after': String(minutes * 60) },
      );
    }
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ email, ip, succeeded, at: this.clock.now() });
  }
}
