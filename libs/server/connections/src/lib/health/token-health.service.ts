import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, MailOutbox } from '@chorus/server/core';
import { User } from '@chorus/server/identity';
import { In, LessThan, Repository } from 'typeorm';
import { daysLeft, EXPIRY_WARNING_DAYS } from '../accounts/connection-views';
import { NetworkAdapters } from '../apps/network-adapters';
import { ConnectedAccount } from '../entities';
import { TokenRefresher } from './token-refresher';

export interface TokenHealthReport {
  refreshed: number;
  warned: number;
  markedNeedsReconnect: number;
}

const NETWORK_LABEL = { linkedin: 'LinkedIn', x: 'X' } as const;

/**
 * One pass over every connected account: refresh what can be refreshed before it expires; for tokens
 * that cannot be refreshed (LinkedIn self-serve apps: 60 days, then reconnect) warn 7 days and 1 day
 * ahead, once each, and mark the account at expiry.
 */
@Injectable()
export class TokenHealthService {
  constructor(
    @InjectRepository(ConnectedAccount) private readonly accounts: Repository<ConnectedAccount>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapters: NetworkAdapters,
    private readonly refresher: TokenRefresher,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<TokenHealthReport> {
    const report: TokenHealthReport = { refreshed: 0, warned: 0, markedNeedsReconnect: 0 };
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000 + 86_400_000);
    const due = await this.accounts.find({
      where: { status: 'connected', accessTokenExpiresAt: LessThan(horizon) },
      select: {
        id: true,
        userId: true,
        network: true,
        accessTokenExpiresAt: true,
        expiryWarningDays: true,
        handle: true,
      },
    });
    for (const account of due) {
      const adapter = await this.adapters.for(account.network).catch(() => null);
      if (!adapter) continue;
      if (adapter.capabilities().refreshTokens) {
        const outcome = await this.refresher.refresh(account.id);
        if (outcome === 'refreshed') report.refreshed++;
        if (outcome === 'needs_reconnect') report.markedNeedsReconnect++;
        continue;
      }
      await this.checkExpiry(account, now, report);
    }
    return report;
  }

  private async checkExpiry(account: ConnectedAccount, now: Date, report: TokenHealthReport): Promise<void> {
    const label = NETWORK_LABEL[account.network];
    if (account.accessTokenExpiresAt <= now) {
      await this.accounts.update(account.id, {
        status: 'needs_reconnect',
        lastError: `The ${label} connection expired.`,
        lastErrorAt: now,
      });
      report.markedNeedsReconnect++;
      await this.notify(account, `Reconnect your ${label} account to keep sharing`, [
        `Your ${label} connection in Chorus (${account.handle}) has expired: ${label} lets apps like Chorus post for you for 60 days at a time.`,
        `Reconnect it with two clicks: ${this.config.PUBLIC_URL}/connections`,
      ]);
      return;
    }
    const left = daysLeft(account, now);
    const level = left <= 1 ? 1 : left <= EXPIRY_WARNING_DAYS ? EXPIRY_WARNING_DAYS : null;
    if (level === null || (account.expiryWarningDays !== null && account.expiryWarningDays <= level)) return;
    await this.accounts.update(account.id, { expiryWarningDays: level });
    report.warned++;
    await this.notify(account, `Your ${label} connection expires ${left <= 1 ? 'tomorrow' : `in ${left} days`}`, [
      `${label} lets apps like Chorus post for you for 60 days at a time. Your connection (${account.handle}) ends on ${account.accessTokenExpiresAt.toUTCString()}.`,
      `Reconnect now to keep your scheduled posts going: ${this.config.PUBLIC_URL}/connections`,
    ]);
  }

  private async notify(account: ConnectedAccount, subject: string, lines: string[]): Promise<void> {
    const user = await this.users.findOne({ where: { id: In([account.userId]) } });
    if (!user || user.status !== 'active') return;
    await this.mail.send({
      to: user.email,
      subject,
      text: [`Hello ${user.name || user.email},`, '', ...lines].join('\n'),
    });
  }
}
