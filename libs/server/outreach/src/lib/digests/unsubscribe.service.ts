import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutreachPreferences, UnsubscribeKind, UnsubscribeResult } from '@chorus/shared/contracts';
import { invalid } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { readUnsubscribeToken } from '../links/unsubscribe-links';
import { SignedLinks } from '../links/signed-links';
import { OutreachSettingsService } from './outreach-settings.service';

const SWITCH_OFF: Record<UnsubscribeKind, Partial<OutreachPreferences>> = {
  digest: { digest: 'off' },
  nudges: { nudges: false },
  pulse: { pulseMail: false },
};

/** Mail links that switch one kind of mail off without a sign-in; the signed token names person and kind. */
@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: SignedLinks,
    private readonly settings: OutreachSettingsService,
  ) {}

  async unsubscribe(token: string): Promise<UnsubscribeResult> {
    const claim = readUnsubscribeToken(this.links, token);
    const rows: Array<{ email: string }> = claim
      ? await this.dataSource.query(`SELECT email FROM users WHERE id = $1`, [claim.userId])
      : [];
    if (!claim || rows.length === 0) {
      throw invalid('token', 'is not a valid unsubscribe link', 'outreach.invalid_token');
    }
    await this.settings.updatePreferences(claim.userId, SWITCH_OFF[claim.kind]);
    return { kind: claim.kind, email: rows[0].email };
  }
}
